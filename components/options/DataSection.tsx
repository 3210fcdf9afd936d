import { useCallback, useEffect, useState } from 'preact/hooks';
import { IMPORT_MAX_BYTES, RETENTION } from '../../lib/core/domain';
import { effectiveRetentionDays } from '../../lib/core/retention';
import type { StudentRef } from '../../lib/core/student';
import { t } from '../../lib/i18n';
import { describeDbError } from '../../lib/i18n/error-text';
import { ConfirmButton } from './ConfirmButton';
import type { DataApi, DataStudent, ImportOutcome } from './data-api';
import { downloadText } from './download';
import { StudentPicker, studentLabel } from './StudentPicker';

type Status = { kind: 'ok' | 'error'; text: string } | null;
/** A running import: `percent` of the rows written, undefined while the file is read and checked. */
type Importing = { percent?: number } | null;

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
  return importing.percent === undefined ? t('data.importing') : t('data.importingPercent', { percent: importing.percent });
}

/** "2 jaar" for whole years, otherwise "45 dagen". */
export function retentionPeriod(days: number): string {
  const d = effectiveRetentionDays(days);
  return d % 365 === 0 ? t('data.retentionYears', { count: d / 365 }) : t('data.retentionDays', { count: d });
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
  download = downloadText,
}: {
  api: DataApi;
  retentionDays?: number;
  download?: (fileName: string, text: string) => void;
}) {
  const [students, setStudents] = useState<DataStudent[]>([]);
  const [picked, setPicked] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState<Importing>(null);

  const reload = useCallback(async () => {
    try {
      const list = await api.students();
      setStudents(list);
      setPicked((key) => (list.some((s) => s.key === key) ? key : (list[0]?.key ?? '')));
    } catch {
      setStatus({ kind: 'error', text: t('data.loadFailed') });
    }
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const student = students.find((s) => s.key === picked);

  /** Runs one action at a time; a thrown error becomes a clear Dutch message. */
  const run = async (action: () => Promise<Status>, onError: (error: unknown) => string) => {
    if (busy) return;
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ kind: 'error', text: onError(error) });
    } finally {
      setBusy(false);
      await reload();
    }
  };

  const exportFile = (ref?: StudentRef) =>
    run(
      async () => {
        const file = ref ? await api.exportStudent(ref) : await api.exportAll();
        download(file.fileName, file.text);
        return { kind: 'ok', text: t('data.exported', { file: file.fileName, ...file.counts }) };
      },
      () => t('data.exportFailed'),
    );

  /** Reads the file and imports it, reporting the percentage written; an unreadable file is an outcome too. */
  const readAndImport = async (file: File): Promise<ImportOutcome> => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      return { ok: false, error: { code: 'unreadable', message: t('data.importUnreadable') } };
    }
    return api.importText(text, ({ written, total }) => {
      const percent = total ? Math.floor((written / total) * 100) : 100;
      setImporting((now) => (now?.percent === percent ? now : { percent }));
    });
  };

  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    void run(
      async () => {
        if (file.size > IMPORT_MAX_BYTES) {
          const mb = String(Math.round(IMPORT_MAX_BYTES / (1024 * 1024)));
          return {
            kind: 'error',
            text: `${t('data.importFailed', { reason: t('data.importTooLarge', { mb }) })} ${t('data.unchanged')}`,
          };
        }
        setImporting({});
        let result: ImportOutcome;
        try {
          result = await readAndImport(file);
        } finally {
          setImporting(null);
        }
        if (result.ok) return { kind: 'ok', text: t('data.imported', { ...result.counts }) };
        const reason = result.error.message;
        const unchanged = /niets veranderd/i.test(reason) ? '' : ` ${t('data.unchanged')}`;
        return { kind: 'error', text: `${t('data.importFailed', { reason })}${unchanged}` };
      },
      (error) => describeDbError(error).message,
    ).finally(() => {
      // The same file may be chosen again after fixing it.
      input.value = '';
    });
  };

  return (
    <section class="group data" aria-labelledby="lob-data-title">
      <h2 id="lob-data-title">{t('data.title')}</h2>
      <p>{t('data.intro')}</p>
      <p>{t('data.retention', { period: retentionPeriod(retentionDays) })}</p>

      <p role="status" class="status" aria-live="polite">
        {importing ? importingText(importing) : status?.kind === 'ok' ? status.text : ''}
      </p>
      {importing && <ImportProgressBar importing={importing} />}
      <p role="alert" class="status error">
        {status?.kind === 'error' ? status.text : ''}
      </p>

      <h3>{t('data.exportHeading')}</h3>
      <p class="muted">{t('data.exportHint')}</p>
      <button type="button" onClick={() => exportFile()}>
        {t('data.export')}
      </button>

      <h3>{t('data.importHeading')}</h3>
      <p class="muted" id="lob-import-hint">
        {t('data.importHint')}
      </p>
      <label for="lob-import">{t('data.import')}</label>
      <input
        id="lob-import"
        type="file"
        accept=".json,application/json"
        aria-describedby="lob-import-hint"
        onChange={(e) => importFile(e.currentTarget)}
      />

      <h3>{t('data.studentHeading')}</h3>
      <p class="muted">{t('data.studentHint')}</p>
      <StudentPicker students={students} value={picked} onChange={setPicked} />
      <div class="row">
        <button type="button" disabled={!student} onClick={() => student && exportFile(refOf(student))}>
          {t('data.exportStudent')}
        </button>
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
        />
      </div>

      <h3>{t('data.eraseHeading')}</h3>
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
  );
}
