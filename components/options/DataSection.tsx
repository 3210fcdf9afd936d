import { useCallback, useEffect, useState } from 'preact/hooks';
import { IMPORT_MAX_BYTES, RETENTION } from '../../lib/core/domain';
import { importSizeLevel } from '../../lib/core/import-size';
import type { StudentRef } from '../../lib/core/student';
import { describeDbError } from '../../lib/i18n/error-text';
import { importRefusedText, megabytesText } from '../../lib/i18n/import-problem-text';
import { t } from '../../lib/i18n/translate';
import { formatDate } from '../../lib/ui/labels';
import { ConfirmButton, ConfirmQuestion } from './ConfirmButton';
import type { DataApi, DataStudent, ExportedFile, ImportOutcome, ImportSummary, RetentionWait } from './data-api';
import { downloadFile } from './download';
import { retentionPeriod } from './retention-period';
import { StudentPicker, studentLabel } from './StudentPicker';
import { useOneAction } from './use-one-action';

/** A running import: `checking` the file (dry run), or `percent` of the rows written (undefined: not yet known). */
type Importing = { percent?: number; checking?: boolean } | null;
/** A checked file waiting for the teacher's "Ja, inlezen". */
/** A checked file waiting for "Ja, inlezen": the file itself (read again then), never its text. */
type PendingImport = { fileName: string; file: Blob; summary: ImportSummary } | null;

/** The running import as words and a bar: "Importeren… 42 %" (role=status) and a <progress> with a name. */
function ImportProgressBar({ importing }: { importing: NonNullable<Importing> }) {
  const known = importing.percent !== undefined;
  return (
    <progress
      class="import-progress"
      max={100}
      aria-label={t('data.importProgress')}
      {...(known ? { value: importing.percent } : {})}
    />
  );
}

function importingText(importing: NonNullable<Importing>): string {
  if (importing.checking) return t('data.importChecking');
  return importing.percent === undefined ? t('data.importing') : t('data.importingPercent', { percent: importing.percent });
}

/** "3 nieuw, 1 bijgewerkt, 2 ouder dan wat je hebt en overgeslagen" (and the refused rows, if any). */
function importSummaryText(summary: ImportSummary): string {
  const text = t('data.importSummary', { added: summary.add, updated: summary.update, older: summary.older });
  return summary.refused > 0 ? `${text}${t('data.importRefused', { refused: summary.refused })}` : text;
}

/** A warning when an export is near or over the size the import reads. */
function exportSizeWarning(file: ExportedFile<string | Blob>): string {
  const level = importSizeLevel(file.bytes);
  if (level === 'ok') return '';
  const values = { size: megabytesText(file.bytes), mb: megabytesText(IMPORT_MAX_BYTES) };
  return ` ${t(level === 'over' ? 'data.exportOverLimit' : 'data.exportNearLimit', values)}`;
}

/** Whether the browser keeps the data when disk space runs low (nothing while unknown). */
function StorageNote({ persisted }: { persisted: boolean | undefined }) {
  if (persisted === undefined) return null;
  return <p class="muted">{t(persisted ? 'data.storagePersisted' : 'data.storageBestEffort')}</p>;
}

function refOf(s: DataStudent): StudentRef {
  return { host: s.host, id: s.sisId };
}

/**
 * The options page's "Gegevens" section: what is kept and where, export (all or one student: inzage),
 * import (all or nothing), erase one student, erase everything, and the retention period.
 */
export function DataSection({
  api,
  retentionDays = RETENTION.defaultDays,
  retentionPaused = false,
  persisted,
  download = downloadFile,
}: {
  api: DataApi;
  retentionDays?: number;
  /** The school's retention period is unusable: the retention job deletes nothing. */
  retentionPaused?: boolean;
  persisted?: boolean | undefined;
  download?: (fileName: string, body: string | Blob) => void;
}) {
  const [students, setStudents] = useState<DataStudent[]>([]);
  const [picked, setPicked] = useState('');
  // One action at a time; a thrown error becomes a clear Dutch message; the list is read again after.
  const { status, setStatus, run } = useOneAction(() => reload());
  const [importing, setImporting] = useState<Importing>(null);
  const [pending, setPending] = useState<PendingImport>(null);
  /** The file the teacher chose last (the input itself is cleared so the same file can be chosen again). */
  const [chosen, setChosen] = useState<string | null>(null);
  const [openFailed, setOpenFailed] = useState(false);
  const [wait, setWait] = useState<RetentionWait | null>(null);

  const reload = useCallback(async () => {
    try {
      const list = await api.students();
      setStudents(list);
      setOpenFailed(false);
      setPicked((key) => (list.some((s) => s.key === key) ? key : (list[0]?.key ?? '')));
    } catch {
      // The database did not open (for example a failed migration): nothing is deleted, the raw
      // stores can still be exported. A message the last action left (such as the raw export's) stays.
      setOpenFailed(true);
      setStatus((now) => now ?? { kind: 'error', text: t('data.loadFailed') });
    }
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => {
    api
      .retentionWait(retentionDays)
      .then(setWait)
      .catch(() => setWait(null));
  }, [api, retentionDays]);

  const student = students.find((s) => s.key === picked);

  const exportFile = (ref?: StudentRef) =>
    run(
      async () => {
        const file = ref ? await api.exportStudent(ref) : await api.exportAll();
        download(file.fileName, file.text);
        const paired = file.paired?.length ? ` ${t('data.exportedPaired', { list: file.paired.join(', ') })}` : '';
        return {
          kind: 'ok',
          text: `${t('data.exported', { file: file.fileName, ...file.counts })}${paired}${exportSizeWarning(file)}`,
        };
      },
      () => t('data.exportFailed'),
    );

  const exportRaw = () =>
    run(
      async () => {
        const file = await api.exportRaw();
        if (!file) return { kind: 'error', text: t('data.exportRawFailed') };
        download(file.fileName, file.text);
        return { kind: 'ok', text: t('data.exportedRaw', { file: file.fileName }) };
      },
      () => t('data.exportRawFailed'),
    );

  /** First the dry run: the file is read and checked, and the summary waits for "Ja, inlezen". */
  const checkFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setChosen(file.name);
    setPending(null);
    void run(
      async () => {
        if (file.size > IMPORT_MAX_BYTES) {
          return {
            kind: 'error',
            text: importRefusedText({ code: 'tooLarge', limitBytes: IMPORT_MAX_BYTES, sizeBytes: file.size }),
          };
        }
        setImporting({ checking: true });
        let result: ImportOutcome;
        try {
          result = await api.checkImport(file);
        } finally {
          setImporting(null);
        }
        if (!result.ok) return { kind: 'error', text: importRefusedText(result.error) };
        if (result.summary.add + result.summary.update === 0) {
          return { kind: 'ok', text: t('data.importNothing', { summary: importSummaryText(result.summary) }) };
        }
        setPending({ fileName: file.name, file, summary: result.summary });
        return null;
      },
      (error) => describeDbError(error).message,
    ).finally(() => {
      // The same file may be chosen again after fixing it.
      input.value = '';
    });
  };

  /** The teacher confirmed: the import writes, reporting the percentage written. */
  const importPending = (checked: NonNullable<PendingImport>) =>
    run(
      async () => {
        setPending(null);
        setImporting({});
        let result: ImportOutcome;
        try {
          result = await api.importText(checked.file, ({ written, total }) => {
            const percent = total ? Math.floor((written / total) * 100) : 100;
            setImporting((now) => (now?.percent === percent ? now : { percent }));
          });
        } finally {
          setImporting(null);
        }
        if (!result.ok) return { kind: 'error', text: importRefusedText(result.error) };
        return { kind: 'ok', text: t('data.imported', { summary: importSummaryText(result.summary) }) };
      },
      (error) => describeDbError(error).message,
    );

  return (
    <section class="group data" aria-labelledby="lob-data-title">
      <h2 id="lob-data-title">{t('data.title')}</h2>
      <p>{t('data.intro')}</p>
      <p>
        {retentionPaused
          ? t('data.retentionPaused')
          : t('data.retention', { period: retentionPeriod(wait ? wait.before : retentionDays) })}
      </p>
      {wait && !retentionPaused && (
        <p>
          {t('data.retentionPending', {
            date: formatDate(`${wait.startsOn}T12:00:00Z`),
            period: retentionPeriod(wait.days),
            before: retentionPeriod(wait.before),
          })}
        </p>
      )}
      <StorageNote persisted={persisted} />

      <p role="status" class="status" aria-live="polite">
        {importing ? importingText(importing) : status?.kind === 'ok' ? status.text : ''}
      </p>
      {importing && <ImportProgressBar importing={importing} />}
      <p role="alert" class="status error">
        {status?.kind === 'error' ? status.text : ''}
      </p>
      {openFailed && (
        <>
          <p>{t('data.openFailed')}</p>
          <button type="button" class="btn" onClick={() => exportRaw()}>
            {t('data.exportRaw')}
          </button>
        </>
      )}

      <h3>{t('data.exportHeading')}</h3>
      <p class="muted">{t('data.exportHint')}</p>
      <button type="button" class="btn" onClick={() => exportFile()}>
        {t('data.export')}
      </button>

      <h3>{t('data.importHeading')}</h3>
      <p class="muted" id="lob-import-hint">
        {t('data.importHint')}
      </p>
      <div class="file-picker">
        <input
          id="lob-import"
          type="file"
          accept=".json,application/json"
          aria-describedby="lob-import-hint lob-import-file"
          onChange={(e) => checkFile(e.currentTarget)}
        />
        <label for="lob-import" class="btn">
          {t('data.import')}
        </label>
        <span class="file-name" id="lob-import-file">
          {chosen ? t('data.fileChosen', { file: chosen }) : t('data.noFile')}
        </span>
      </div>
      {pending && (
        <ConfirmQuestion
          question={t('data.importConfirm', { file: pending.fileName, summary: importSummaryText(pending.summary) })}
          confirmLabel={t('data.importYes')}
          onConfirm={() => importPending(pending)}
          onCancel={() => {
            setPending(null);
            setStatus({ kind: 'ok', text: t('data.importCancelled') });
          }}
        />
      )}

      <h3>{t('data.studentHeading')}</h3>
      <p class="muted">{t('data.studentHint')}</p>
      <StudentPicker students={students} value={picked} onChange={setPicked} />
      <div class="row">
        <button type="button" class="btn" disabled={!student} onClick={() => student && exportFile(refOf(student))}>
          {t('data.exportStudent')}
        </button>
      </div>

      <section class="danger-zone" aria-labelledby="lob-erase-title">
        <h3 id="lob-erase-title">{t('data.dangerHeading')}</h3>
        <p class="muted">{t('data.dangerHint')}</p>
        <ConfirmButton
          label={t('data.eraseStudent')}
          confirmLabel={t('data.eraseStudentYes')}
          disabled={!student}
          question={t('data.eraseStudentConfirm', { name: student ? studentLabel(student, false) : '' })}
          onCancel={() => setStatus({ kind: 'ok', text: t('data.cancelled') })}
          onConfirm={() => {
            if (!student) return;
            const name = studentLabel(student, false);
            return run(
              async () => {
                const counts = await api.eraseStudent(refOf(student));
                return { kind: 'ok', text: t('data.erasedStudent', { name, notes: counts.notes }) };
              },
              (error) => describeDbError(error).message,
            );
          }}
        />{' '}
        <ConfirmButton
          label={t('data.eraseAll')}
          confirmLabel={t('data.eraseAllYes')}
          question={t('data.eraseAllConfirm')}
          onCancel={() => setStatus({ kind: 'ok', text: t('data.cancelled') })}
          onConfirm={() =>
            run(
              async () => {
                const counts = await api.eraseAll();
                return { kind: 'ok', text: t('data.erasedAll', { students: counts.students, notes: counts.notes }) };
              },
              (error) => describeDbError(error).message,
            )
          }
        />
      </section>
    </section>
  );
}
