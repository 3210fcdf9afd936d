import { useState } from 'preact/hooks';
import { DEFAULT_MIN_PASSPHRASE } from '../../lib/core/sealed-problem';
import { describeDbError } from '../../lib/i18n/error-text';
import { importRefusedText } from '../../lib/i18n/import-problem-text';
import { sealedProblemText } from '../../lib/i18n/sealed-problem-text';
import { t } from '../../lib/i18n/translate';
import { formatDate } from '../../lib/ui/labels';
import { ConfirmQuestion } from './ConfirmButton';
import type { BackupPreview, DataApi, ImportSummary } from './data-api';
import { downloadText } from './download';
import { SealedStatus } from './SealedFields';
import { type ActionStatus, useOneAction } from './use-one-action';

/** The shortest passphrase for a backup (a school may ask more for a handover). */
const MIN_PASSPHRASE = DEFAULT_MIN_PASSPHRASE;

/** A backup file chosen: its preview, then (opened and checked) the export inside and what importing it would do. */
type Chosen = { fileName: string; text: string; preview: BackupPreview; opened?: { plain: string; summary: ImportSummary } };

const previewText = (p: BackupPreview) =>
  t('backup.preview', {
    created: formatDate(p.created),
    expires: formatDate(p.expires),
    students: p.counts.students ?? 0,
    notes: p.counts.notes ?? 0,
    afspraken: p.counts.afspraken ?? 0,
    drafts: p.counts.drafts ?? 0,
  });

const summaryText = (s: ImportSummary) => t('data.importSummary', { added: s.add, updated: s.update, older: s.older });

/**
 * "Alles meenemen naar een andere computer": an encrypted backup of everything (drafts included),
 * and restoring one here: the file's header is shown first (when, how many), then the passphrase
 * opens it, the import is checked (what is new, what is newer) and only "Ja, terugzetten" writes —
 * merged newest-wins as any import. A wrong passphrase, a changed, cut-off or expired file each get
 * their own message, and nothing is written.
 */
export function BackupSection({
  api,
  download = downloadText,
}: {
  api: DataApi;
  download?: (fileName: string, text: string) => void;
}) {
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [restorePass, setRestorePass] = useState('');
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const { status, busy, run: runWith } = useOneAction();
  const run = (action: () => Promise<ActionStatus>) => runWith(action, (error) => describeDbError(error).message);

  const make = () =>
    run(async () => {
      if (pass.length < MIN_PASSPHRASE) return { kind: 'error', text: t('backup.tooShort', { min: MIN_PASSPHRASE }) };
      if (pass !== again) return { kind: 'error', text: t('backup.notSame') };
      const file = await api.exportBackup(pass);
      download(file.fileName, file.text);
      setPass('');
      setAgain('');
      return { kind: 'ok', text: t('backup.made', { file: file.fileName, ...file.counts, date: formatDate(file.expires) }) };
    });

  const choose = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setChosen(null);
    void run(async () => {
      const text = await file.text();
      const preview = await api.backupPreview(text);
      if (!preview.ok) return { kind: 'error', text: sealedProblemText(preview.problem) };
      setChosen({ fileName: file.name, text, preview: preview.value });
      return null;
    });
  };

  const openChosen = (c: Chosen) =>
    run(async () => {
      const opened = await api.openBackup(c.text, restorePass);
      if (!opened.ok) return { kind: 'error', text: sealedProblemText(opened.problem) };
      const checked = await api.checkImport(opened.value);
      if (!checked.ok) return { kind: 'error', text: importRefusedText(checked.error) };
      setRestorePass('');
      setChosen({ ...c, opened: { plain: opened.value, summary: checked.summary } });
      return null;
    });

  const restore = (plain: string) =>
    run(async () => {
      setChosen(null);
      const result = await api.importText(plain);
      if (!result.ok) return { kind: 'error', text: importRefusedText(result.error) };
      return { kind: 'ok', text: t('data.imported', { summary: summaryText(result.summary) }) };
    });

  const field = (id: string, label: string, value: string, set: (v: string) => void) => (
    <p class="field">
      <label for={id}>{label}</label>
      <input id={id} type="password" autocomplete="new-password" value={value} onInput={(e) => set(e.currentTarget.value)} />
    </p>
  );

  return (
    <section class="group backup" aria-labelledby="lob-backup-title">
      <h2 id="lob-backup-title">{t('backup.heading')}</h2>
      <p class="muted">{t('backup.hint')}</p>
      {field('lob-backup-pass', t('backup.passphrase'), pass, setPass)}
      {field('lob-backup-again', t('backup.passphraseAgain'), again, setAgain)}
      <button type="button" class="btn" disabled={busy} onClick={() => void make()}>
        {t('backup.make')}
      </button>

      <h3>{t('backup.restoreHeading')}</h3>
      <div class="file-picker">
        <input id="lob-backup-file" type="file" accept=".txt,text/plain" onChange={(e) => choose(e.currentTarget)} />
        <label for="lob-backup-file" class="btn">
          {t('backup.restoreFile')}
        </label>
      </div>
      {chosen && !chosen.opened && (
        <>
          <p>
            {chosen.fileName}: {previewText(chosen.preview)}
          </p>
          {field('lob-backup-restore-pass', t('backup.restorePassphrase'), restorePass, setRestorePass)}
          <button type="button" class="btn" disabled={busy} onClick={() => void openChosen(chosen)}>
            {t('backup.open')}
          </button>
        </>
      )}
      {chosen?.opened && (
        <ConfirmQuestion
          question={t('data.importConfirm', { file: chosen.fileName, summary: summaryText(chosen.opened.summary) })}
          confirmLabel={t('data.importYes')}
          onConfirm={() => restore(chosen.opened?.plain ?? '')}
          onCancel={() => setChosen(null)}
        />
      )}
      <SealedStatus busy={busy} status={status} />
    </section>
  );
}
