import { useState } from 'preact/hooks';
import type { ReceivedStudent, ReceiveResult } from '../../lib/core/handover-file';
import { sealedProblemText } from '../../lib/i18n/sealed-problem-text';
import { t } from '../../lib/i18n/translate';
import { formatDate } from '../../lib/ui/labels';
import { ConfirmQuestion } from './ConfirmButton';
import type { BackupPreview, DataApi, DataStudent, OpenedHandover } from './data-api';
import { formatDay, HandoverEntries, handoverName } from './HandoverEntries';
import { FilePicker, PassphraseField, type PickedFile } from './SealedFields';
import type { ActionStatus } from './use-one-action';

/** A handover file chosen: its preview, then (opened with the passphrase) its students and where they can go. */
type Chosen = { fileName: string; text: string; preview: BackupPreview; opened?: OpenedHandover };

const previewText = (p: BackupPreview) =>
  t('handover.preview', {
    created: formatDate(p.created),
    expires: formatDate(p.expires),
    students: p.counts.students ?? 0,
    notes: p.counts.notes ?? 0,
    afspraken: p.counts.afspraken ?? 0,
  });

/** The key of the student under the same number on the file's own school (what a same-host student joins). */
const ownKey = (s: ReceivedStudent) => `${s.host}|${s.sisId}`;

/** Where each student of the file goes: its own number on a known school, else the mentor's choice (if any). */
function targetsOf(students: readonly ReceivedStudent[], picks: ReadonlyMap<number, string>): Map<number, string> {
  const targets = new Map<number, string>();
  for (const s of students) {
    const target = s.sameHost ? ownKey(s) : picks.get(s.index);
    if (target) targets.set(s.index, target);
  }
  return targets;
}

function resultText(r: ReceiveResult): string {
  return [
    t('handover.received', { students: r.students, added: r.added }),
    r.already > 0 ? t('handover.already', { already: r.already }) : '',
    r.skipped > 0 ? t('handover.skipped', { skipped: r.skipped }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const targetLabel = (s: DataStudent) =>
  [handoverName(s), s.klas, t('handover.number', { sisId: s.sisId }), s.host].filter(Boolean).join(' · ');

/** Where a student of another school goes: a student of this browser, the same number on that school, or nowhere. */
function TargetChoice(props: {
  student: ReceivedStudent;
  targets: readonly DataStudent[];
  value: string;
  onChange: (key: string) => void;
}) {
  const { student } = props;
  const id = `lob-handover-target-${student.index}`;
  return (
    <>
      <label for={id}>{t('handover.target', { name: handoverName(student) })}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">{t('handover.pickTarget')}</option>
        {props.targets.map((s) => (
          <option key={s.key} value={s.key}>
            {targetLabel(s)}
          </option>
        ))}
        <option value={ownKey(student)}>{t('handover.sameSchool', { sisId: student.sisId, host: student.host })}</option>
      </select>
      {!props.value && <p class="muted">{t('handover.notImported')}</p>}
    </>
  );
}

function ReceivedRow(props: {
  student: ReceivedStudent;
  targets: readonly DataStudent[];
  pick: string;
  onPick: (key: string) => void;
}) {
  const { student } = props;
  return (
    <li>
      <strong>{handoverName(student)}</strong>
      {[student.klas, student.host].filter(Boolean).map((part) => `, ${part}`)}
      <span class="handover-line muted">{t('handover.consentFrom', { date: formatDay(student.consentOn) })}</span>
      <HandoverEntries entries={student.entries} />
      {student.sameHost ? (
        <p>{t('handover.sameHost', { sisId: student.sisId, host: student.host })}</p>
      ) : (
        <TargetChoice student={student} targets={props.targets} value={props.pick} onChange={props.onPick} />
      )}
    </li>
  );
}

/**
 * "Overdracht ontvangen": the file's header first (when, how many), then the passphrase opens it; each
 * student is shown with what comes and where it goes (a student of another school only where the
 * mentor chooses), and only "Ja, overnemen" writes.
 */
export function HandoverReceive(props: {
  api: DataApi;
  busy: boolean;
  run: (action: () => Promise<ActionStatus>) => Promise<void>;
}) {
  const { api, busy, run } = props;
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [pass, setPass] = useState('');
  const [picks, setPicks] = useState<ReadonlyMap<number, string>>(new Map());

  const choose = (file: PickedFile) => {
    setChosen(null);
    void run(async () => {
      const text = await file.text();
      const preview = await api.handoverPreview(text);
      if (!preview.ok) return { kind: 'error', text: sealedProblemText(preview.problem) };
      setChosen({ fileName: file.name, text, preview: preview.value });
      return null;
    });
  };

  const openChosen = (c: Chosen) =>
    run(async () => {
      const opened = await api.openHandover(c.text, pass);
      if (!opened.ok) return { kind: 'error', text: sealedProblemText(opened.problem) };
      setPass('');
      setPicks(new Map());
      setChosen({ ...c, opened: opened.value });
      return null;
    });

  const receive = (opened: OpenedHandover) =>
    run(async () => {
      const targets = targetsOf(opened.students, picks);
      setChosen(null);
      return { kind: 'ok', text: resultText(await api.receiveHandover(opened.file, targets)) };
    });

  const pick = (index: number, key: string) =>
    setPicks((now) => {
      const next = new Map(now);
      if (key) next.set(index, key);
      else next.delete(index);
      return next;
    });

  const opened = chosen?.opened;
  return (
    <>
      <h3 id="lob-handover-receive-title">{t('handover.receiveHeading')}</h3>
      <p class="muted">{t('handover.receiveHint')}</p>
      <FilePicker id="lob-handover-file" label={t('handover.file')} onChoose={choose} />
      {chosen && !opened && (
        <>
          <p>
            {chosen.fileName}: {previewText(chosen.preview)}
          </p>
          <PassphraseField id="lob-handover-open-pass" label={t('handover.openPassphrase')} value={pass} onInput={setPass} />
          <button type="button" class="btn" disabled={busy} onClick={() => void openChosen(chosen)}>
            {t('handover.open')}
          </button>
        </>
      )}
      {opened && (
        <>
          <ul class="handover-students" aria-labelledby="lob-handover-receive-title">
            {opened.students.map((s) => (
              <ReceivedRow
                key={s.index}
                student={s}
                targets={opened.targets}
                pick={picks.get(s.index) ?? ''}
                onPick={(key) => pick(s.index, key)}
              />
            ))}
          </ul>
          <ConfirmQuestion
            question={t('handover.confirm', {
              count: targetsOf(opened.students, picks).size,
              total: opened.students.length,
            })}
            confirmLabel={t('handover.confirmYes')}
            onConfirm={() => receive(opened)}
            onCancel={() => setChosen(null)}
          />
        </>
      )}
    </>
  );
}
