import { t } from '../../lib/i18n/translate';
import type { DataStudent } from './data-api';

/** How a student is shown in the picker: name and klas when known, else the SIS id; the host when it helps. */
export function studentLabel(s: DataStudent, showHost: boolean): string {
  const who = s.name ?? s.sisId;
  const parts = [who, s.klas].filter(Boolean).join(' · ');
  return showHost ? `${parts} (${s.host})` : parts;
}

/** The student the per-student actions apply to (students with notes, by name). */
export function StudentPicker(props: { students: DataStudent[]; value: string; onChange: (key: string) => void }) {
  const showHost = new Set(props.students.map((s) => s.host)).size > 1;
  if (props.students.length === 0) return <p class="muted">{t('data.noStudents')}</p>;
  return (
    <>
      <label for="lob-data-student">{t('data.student')}</label>
      <select id="lob-data-student" value={props.value} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}>
        {props.students.map((s) => (
          <option key={s.key} value={s.key}>
            {studentLabel(s, showHost)}
          </option>
        ))}
      </select>
    </>
  );
}
