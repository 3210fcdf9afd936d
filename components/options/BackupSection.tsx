import { useState } from 'preact/hooks';
import { DEFAULT_MIN_PASSPHRASE } from '../../lib/core/sealed-problem';
import { describeDbError } from '../../lib/i18n/error-text';
import { importRefusedText } from '../../lib/i18n/import-problem-text';
import { sealedProblemText } from '../../lib/i18n/sealed-problem-text';
import { t } from '../../lib/i18n/translate';
import { formatDate } from '../../lib/ui/labels';
import { ConfirmQuestion } from './ConfirmButton';
import type { BackupPreview, DataApi, ImportSummary } from './data-api';
import { downloadFile } from './download';
import { FilePicker, PassphraseField, type PickedFile, passphraseProblem, SealedStatus } from './SealedFields';
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
  download = downloadFile,
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
      const problem = passphraseProblem(pass, again, MIN_PASSPHRASE);
      if (problem) return { kind: 'error', text: problem };
      const file = await api.exportBackup(pass);
      download(file.fileName, file.text);
      setPass('');
      setAgain('');
      return { kind: 'ok', text: t('backup.made', { file: file.fileName, ...file.counts, date: formatDate(file.expires) }) };
    });

  const choose = (file: PickedFile) => {
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

  return (
    <section class="group backup" aria-labelledby="lob-backup-title">
      <h2 id="lob-backup-title">{t('backup.heading')}</h2>
      <p class="muted">{t('backup.hint')}</p>
      <PassphraseField id="lob-backup-pass" label={t('backup.passphrase')} value={pass} onInput={setPass} />
      <PassphraseField id="lob-backup-again" label={t('backup.passphraseAgain')} value={again} onInput={setAgain} />
      <button type="button" class="btn" disabled={busy} onClick={() => void make()}>
        {t('backup.make')}
      </button>

      <h3>{t('backup.restoreHeading')}</h3>
      <FilePicker id="lob-backup-file" label={t('backup.restoreFile')} onChoose={choose} />
      {chosen && !chosen.opened && (
        <>
          <p>
            {chosen.fileName}: {previewText(chosen.preview)}
          </p>
          <PassphraseField
            id="lob-backup-restore-pass"
            label={t('backup.restorePassphrase')}
            value={restorePass}
            onInput={setRestorePass}
          />
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
