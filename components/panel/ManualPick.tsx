import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/translate';
import type { StudentListItem } from '../../lib/messages/schema';
import { Private } from './Private';

/** On an unrecognised page: pick one of the students the teacher has notes for, by name. */
export function ManualPick({
  load,
  onPick,
  onTeach,
}: {
  load: () => Promise<StudentListItem[]>;
  onPick: (s: StudentListItem) => void;
  /** Starts "Leer deze pagina herkennen" on the school tab; false when it could not. */
  onTeach: () => Promise<boolean>;
}) {
  const [teachFailed, setTeachFailed] = useState(false);
  const [students, setStudents] = useState<StudentListItem[]>([]);
  const [filter, setFilter] = useState('');
  useEffect(() => {
    load().then(setStudents, () => setStudents([]));
  }, [load]);
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const shown = students.filter((s) => fold(`${s.name ?? ''} ${s.klas ?? ''}`).includes(fold(filter)));
  return (
    <section class="unrecognised" aria-labelledby="lob-pick">
      <div class="empty">
        <p>{t('panel.noStudent')}</p>
        <p>{t('panel.noStudentHint')}</p>
      </div>
      <h2 id="lob-pick">{t('panel.pick')}</h2>
      <label for="lob-pick-filter">{t('panel.pickFilter')}</label>
      <input id="lob-pick-filter" type="search" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
      {students.length === 0 ? (
        <p class="muted">{t('panel.pickNone')}</p>
      ) : (
        <ul class="pick-list">
          {shown.map((s) => (
            <li key={`${s.student.host}|${s.student.id}`}>
              <button type="button" class="link" onClick={() => onPick(s)}>
                <Private>
                  {s.name ?? s.student.id}
                  {s.klas ? ` · ${s.klas}` : ''}
                </Private>
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Secondary: teaching the extension this page, after the students to talk with. */}
      <div class="teach-offer">
        <button type="button" class="btn small" onClick={() => void onTeach().then((ok) => setTeachFailed(!ok))}>
          {t('teach.start')}
        </button>
        {teachFailed && (
          <p class="status error" role="alert">
            {t('teach.startFailed')}
          </p>
        )}
      </div>
    </section>
  );
}
