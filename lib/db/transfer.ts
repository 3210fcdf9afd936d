import { COMPETENCES, IMPORT_MAX_BYTES, NOTE_MAX } from '../core/domain';
import { isStorageFull } from '../core/errors';
import { megabytes } from '../core/import-size';
import { parseJsonWithoutUnsafeKeys } from '../core/safe-keys';
import { isValidHost, isValidStudentKey, type StudentRef } from '../core/student';
import { z } from '../core/zod';
import { DEFAULT_CARE_ROLES, isCareRole } from '../referrals/care';
import { linkedKeys } from './aliases';
import {
  type AfspraakRecord,
  type AliasRecord,
  DATA_TABLES,
  type DataTable,
  type LobDatabase,
  type MomentRecord,
  type NoteRecord,
  type ReferralRecord,
  SCHEMA_VERSION,
  type StudentRecord,
} from './database';
import { emptySummary, type MergeSummary, type MergeTable, mergeDecision } from './merge';

export const EXPORT_FORMAT = 'lob-naast-de-leerling';
export const DEFAULT_MAX_IMPORT_BYTES = IMPORT_MAX_BYTES;
/** At most this many rows per table in one file. */
export const MAX_ROWS = 500_000;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  students: StudentRecord[];
  notes: NoteRecord[];
  afspraken: AfspraakRecord[];
  moments: MomentRecord[];
  referrals: ReferralRecord[];
  /** Pairs of ids of one student (schema 3; absent in older files). */
  aliases?: AliasRecord[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The teacher's data as one schema-versioned object: everything, or only one student's rows (inzagerecht). */
export async function exportData(db: LobDatabase, options: { student?: StudentRef; now: Date }): Promise<ExportFile> {
  const tables = [db.students, db.notes, db.afspraken, db.moments, db.referrals, db.aliases];
  const [students, notes, afspraken, moments, referrals, aliases] = await db.transaction('r', tables, async () => {
    if (!options.student) {
      return Promise.all([
        db.students.orderBy('key').toArray(),
        db.notes.toArray(),
        db.afspraken.toArray(),
        db.moments.toArray(),
        db.referrals.toArray(),
        db.aliases.orderBy('key').toArray(),
      ]);
    }
    // One student: every id paired with them (inzage covers all of it).
    const keys = await linkedKeys(db, options.student);
    const found = await db.students.bulkGet(keys);
    return Promise.all([
      found.filter((s): s is StudentRecord => s !== undefined),
      db.notes.where('studentKey').anyOf(keys).toArray(),
      db.afspraken.where('studentKey').anyOf(keys).toArray(),
      db.moments.where('studentKey').anyOf(keys).toArray(),
      db.referrals.where('studentKey').anyOf(keys).toArray(),
      db.aliases.where('key').anyOf(keys).toArray(),
    ]);
  });
  return {
    format: EXPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: options.now.toISOString(),
    students,
    notes: notes.sort(byId),
    afspraken: afspraken.sort(byId),
    moments: moments.sort(byId),
    referrals: referrals.sort(byId),
    ...(aliases.length ? { aliases } : {}),
  };
}

/** The export as the text of one .json file: compact (no indentation), so large exports stay small. */
export function serializeExport(file: ExportFile): string {
  return JSON.stringify(file);
}

/** A file name for the export, e.g. lob-export-2026-11-23.json. */
export function exportFileName(now: Date): string {
  return `lob-export-${now.toISOString().slice(0, 10)}.json`;
}

// ---------- import ----------

export type ImportErrorCode =
  | 'tooLarge'
  | 'invalidJson'
  | 'wrongFormat'
  | 'newerVersion'
  | 'hostile'
  | 'invalidData'
  | 'duplicateId'
  | 'unknownStudent'
  | 'careReferral'
  | 'storageFull'
  | 'failed';

export interface ImportError {
  code: ImportErrorCode;
  message: string;
}

export type ImportCounts = Record<DataTable, number>;
/**
 * A checked file: `counts` are its rows per table, `summary` what the merge did (or, in a dry run,
 * would do) with them; `dryRun` says whether anything was written.
 */
export type ImportResult =
  | { ok: true; counts: ImportCounts; summary: MergeSummary; dryRun: boolean }
  | { ok: false; error: ImportError };
export type { MergeSummary };

const id = z.string().min(1).max(100);
const dateTime = z.iso.datetime({ offset: true });
const day = z.iso.date();
const shortText = z.string().max(200);
const longText = z.string().max(NOTE_MAX);

/** "host|id" with a valid host name: a "|" in a host would let two students share one key. */
const keyOfStudent = z.string().min(3).max(400).refine(isValidStudentKey, 'geen geldige leerlingsleutel');

const studentSchema = z.strictObject({
  key: keyOfStudent,
  host: z.string().min(1).max(255).refine(isValidHost, 'geen geldige hostnaam'),
  sisId: id,
  name: shortText.optional(),
  klas: shortText.optional(),
  updatedAt: dateTime,
});
const noteSchema = z.strictObject({
  id,
  studentKey: keyOfStudent,
  date: dateTime,
  context: shortText.optional(),
  competences: z.array(z.enum(COMPETENCES)).max(COMPETENCES.length),
  promptIds: z.array(id).max(100),
  text: longText,
  studentWords: longText.optional(),
  nextStep: longText.optional(),
  updatedAt: dateTime,
});
const afspraakSchema = z.strictObject({
  id,
  studentKey: keyOfStudent,
  what: z.string().min(1).max(2000),
  who: shortText.optional(),
  due: day.optional(),
  done: z.boolean(),
  createdAt: dateTime,
  doneAt: dateTime.optional(),
  noteId: id.optional(),
  updatedAt: dateTime.optional(),
});
const momentSchema = z.strictObject({
  id,
  studentKey: keyOfStudent,
  type: id,
  date: dateTime,
  subject: shortText.optional(),
});
const referralSchema = z.strictObject({
  id,
  studentKey: keyOfStudent,
  role: id,
  date: dateTime,
  noteId: id.optional(),
});

const fileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.number().int().min(1).max(SCHEMA_VERSION),
  exportedAt: dateTime,
  students: z.array(studentSchema).max(MAX_ROWS),
  notes: z.array(noteSchema).max(MAX_ROWS),
  afspraken: z.array(afspraakSchema).max(MAX_ROWS),
  moments: z.array(momentSchema).max(MAX_ROWS),
  referrals: z.array(referralSchema).max(MAX_ROWS),
  aliases: z
    .array(z.strictObject({ key: keyOfStudent, studentKey: keyOfStudent, createdAt: dateTime }))
    .max(MAX_ROWS)
    .optional(),
});

const ROW_NAMES: Record<DataTable, string> = {
  students: 'Leerling',
  notes: 'Notitie',
  afspraken: 'Afspraak',
  moments: 'Moment',
  referrals: 'Verwijzing',
};

function fail(code: ImportErrorCode, message: string): { ok: false; error: ImportError } {
  return { ok: false, error: { code, message } };
}

/** Is the text more than `limit` bytes in UTF-8? (UTF-8 never has fewer bytes than UTF-16 code units.) */
function tooLarge(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).length > limit;
}

function reason(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'array'
        ? `er staan te veel regels in (maximaal ${issue.maximum})`
        : `de tekst is te lang (maximaal ${issue.maximum} tekens)`;
    case 'too_small':
      return issue.origin === 'array' ? 'er ontbreken regels' : 'de tekst is leeg of te kort';
    case 'invalid_type':
      return issue.input === undefined ? 'een verplicht veld ontbreekt' : 'een veld heeft het verkeerde soort waarde';
    case 'invalid_format':
      return issue.format === 'date' || issue.format === 'datetime'
        ? 'de datum is ongeldig'
        : 'de waarde heeft een ongeldige vorm';
    case 'unrecognized_keys':
      return `onbekende velden: ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return 'de waarde is niet toegestaan';
    case 'custom':
      return issue.message === 'geen geldige hostnaam' || issue.message === 'geen geldige leerlingsleutel'
        ? `${issue.message} (een schoolnaam mag alleen letters, cijfers, punten en streepjes bevatten)`
        : 'de waarde is niet toegestaan';
    default:
      return 'de gegevens kloppen niet';
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const [table, index, field] = issue.path;
  if (typeof table === 'string' && table in ROW_NAMES && typeof index === 'number') {
    const where = typeof field === 'string' ? ` (veld "${field}")` : '';
    return `${ROW_NAMES[table as DataTable]} ${index + 1} klopt niet${where}: ${reason(issue)}.`;
  }
  const where = typeof table === 'string' ? ` (onderdeel "${table}")` : '';
  return `Het bestand klopt niet${where}: ${reason(issue)}.`;
}

class ImportAbort extends Error {
  constructor(readonly error: ImportError) {
    super(error.message);
  }
}

/**
 * Ids must be unique per table inside the file; student keys must match host and SIS id; no referral
 * may have one of the school's care roles (`careRoles`: the defaults plus the school's own).
 */
function checkConsistency(file: z.infer<typeof fileSchema>, careRoles: readonly string[]): ImportError | null {
  for (const [i, s] of file.students.entries()) {
    if (s.host !== s.host.toLowerCase() || s.key !== `${s.host}|${s.sisId}`) {
      return { code: 'invalidData', message: `Leerling ${i + 1} klopt niet: de sleutel past niet bij school en leerlingnummer.` };
    }
  }
  const tables: [DataTable, { id?: string; key?: string }[]][] = [
    ['students', file.students],
    ['notes', file.notes],
    ['afspraken', file.afspraken],
    ['moments', file.moments],
    ['referrals', file.referrals],
  ];
  for (const [table, rows] of tables) {
    const seen = new Set<string>();
    for (const [i, row] of rows.entries()) {
      const rowId = String(row.id ?? row.key);
      if (seen.has(rowId)) {
        return {
          code: 'duplicateId',
          message: `${ROW_NAMES[table]} ${i + 1} klopt niet: id "${rowId}" komt twee keer voor in het bestand.`,
        };
      }
      seen.add(rowId);
    }
  }
  for (const [i, r] of file.referrals.entries()) {
    if (isCareRole(r.role, careRoles)) {
      return {
        code: 'careReferral',
        message: `Verwijzing ${i + 1} gaat over zorg. Daarover slaat deze extensie niets op, dus het bestand is niet ingelezen.`,
      };
    }
  }
  return null;
}

/** How far the writing of an import is: rows written of all rows in the file. */
export interface ImportProgress {
  written: number;
  total: number;
}

/** Rows per write of an import; after each, `onProgress` hears how far it is. */
export const IMPORT_CHUNK = 5_000;

/** A table of ours as the import uses it: every table has one string key. */
interface KeyedTable<T> {
  schema: { primKey: { keyPath: unknown } };
  count(): Promise<number>;
  bulkGet(keys: string[]): Promise<(T | undefined)[]>;
  bulkPut(rows: readonly T[]): Promise<unknown>;
}

export interface ImportOptions {
  maxBytes?: number;
  maxRows?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** The school's care roles (defaults plus its own directory's); a referral with one refuses the file. */
  careRoles?: readonly string[];
  /** Check and count only: what the import would do, with nothing written. */
  dryRun?: boolean;
}

/** A checked export file, or why it is refused. */
type CheckedFile = { ok: true; file: z.infer<typeof fileSchema> } | { ok: false; error: ImportError };

/** Everything an import checks before it reads the database: size, JSON, format, version, rows, care roles. */
function checkFile(text: string, options: ImportOptions): CheckedFile {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const maxRows = Math.min(options.maxRows ?? MAX_ROWS, MAX_ROWS);
  if (typeof text !== 'string') return fail('invalidJson', 'Het bestand is beschadigd: ongeldige JSON.');
  if (tooLarge(text, maxBytes)) {
    return fail('tooLarge', `Het bestand is te groot: de extensie leest bestanden tot ${megabytes(maxBytes)} MB in.`);
  }
  let hostile: boolean;
  let raw: unknown;
  try {
    ({ value: raw, unsafe: hostile } = parseJsonWithoutUnsafeKeys(text));
  } catch {
    return fail('invalidJson', 'Het bestand is beschadigd: ongeldige JSON.');
  }
  if (hostile) {
    return fail('hostile', 'Dit bestand bevat verboden velden (zoals "__proto__") en is daarom niet ingelezen.');
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    return fail('wrongFormat', 'Dit bestand is geen export van LOB naast de leerling.');
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    return fail(
      'newerVersion',
      `Dit bestand komt uit een nieuwere versie van LOB naast de leerling (gegevensversie ${version}). Werk de extensie bij en probeer het opnieuw.`,
    );
  }
  // Count rows before checking each one, so a file with millions of rows is refused at once.
  for (const table of DATA_TABLES) {
    const rows = (raw as Record<string, unknown>)[table];
    if (Array.isArray(rows) && rows.length > maxRows) {
      return fail(
        'invalidData',
        `Het bestand klopt niet (onderdeel "${table}"): er staan te veel regels in (maximaal ${maxRows}).`,
      );
    }
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail('invalidData', issue ? describeIssue(issue) : 'Het bestand klopt niet.');
  }
  const inconsistent = checkConsistency(parsed.data, options.careRoles ?? DEFAULT_CARE_ROLES);
  return inconsistent ? { ok: false, error: inconsistent } : { ok: true, file: parsed.data };
}

/**
 * Reads an export file and merges it by id into the database, all or nothing in one transaction.
 * The merge rule (lib/db/merge.ts): a row is written only when it is new or newer than the stored
 * one (`updatedAt`), never when it would move a row to another student, and never when it is stored
 * exactly so already. A malformed, hostile or oversized file changes nothing and gives a clear Dutch
 * message. With `dryRun` nothing is written: the summary says what an import would do.
 * `onProgress` hears { written: 0 } once the file is checked, then after every IMPORT_CHUNK rows
 * merged (still inside the one transaction: a later failure undoes them all).
 */
export async function importData(db: LobDatabase, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const checked = checkFile(text, options);
  if (!checked.ok) return checked;
  const file = checked.file;
  const dryRun = options.dryRun === true;
  const onProgress = dryRun ? undefined : options.onProgress;
  const summary = emptySummary();

  const tables = [db.students, db.notes, db.afspraken, db.moments, db.referrals, db.aliases];
  try {
    await db.transaction(dryRun ? 'r' : 'rw', tables, async () => {
      const inFile = new Set(file.students.map((s) => s.key));
      const referenced = new Set<string>();
      for (const rows of [file.notes, file.afspraken, file.moments, file.referrals]) {
        for (const row of rows) if (!inFile.has(row.studentKey)) referenced.add(row.studentKey);
      }
      const known = await db.students.bulkGet([...referenced]);
      const missing = [...referenced].find((_, i) => !known[i]);
      if (missing !== undefined) {
        throw new ImportAbort({
          code: 'unknownStudent',
          message: `Het bestand verwijst naar een leerling die niet in het bestand en niet in je gegevens staat (${missing.slice(0, 120)}).`,
        });
      }
      const total = DATA_TABLES.reduce((sum, table) => sum + file[table].length, 0) + (file.aliases?.length ?? 0);
      let written = 0;
      // Rows already stored exactly so are not written again: re-reading is much cheaper than
      // rewriting, so importing your own backup again (or an overlapping one) stays quick.
      const merge = async <T extends object>(name: MergeTable, table: KeyedTable<T>, rows: readonly T[]) => {
        const keyPath = String(table.schema.primKey.keyPath);
        // Into an empty table every row is new: no need to look each one up.
        const empty = rows.length > 0 && (await table.count()) === 0;
        for (let from = 0; from < rows.length; from += IMPORT_CHUNK) {
          const chunk = rows.slice(from, from + IMPORT_CHUNK);
          const stored = empty ? [] : await table.bulkGet(chunk.map((row) => String((row as Record<string, unknown>)[keyPath])));
          const changed = chunk.filter((row, i) => {
            const decision = mergeDecision(name, stored[i], row);
            summary[decision] += 1;
            return decision === 'add' || decision === 'update';
          });
          if (changed.length > 0 && !dryRun) await table.bulkPut(changed);
          written += chunk.length;
          onProgress?.({ written, total });
        }
      };
      onProgress?.({ written, total });
      await merge('students', db.students, file.students);
      await merge('notes', db.notes, file.notes);
      await merge('afspraken', db.afspraken, file.afspraken);
      await merge('moments', db.moments, file.moments);
      await merge('referrals', db.referrals, file.referrals);
      await merge('aliases', db.aliases, file.aliases ?? []);
    });
  } catch (error) {
    if (error instanceof ImportAbort) return { ok: false, error: error.error };
    const code = isStorageFull(error) ? 'storageFull' : 'failed';
    return fail(
      code,
      code === 'storageFull'
        ? 'De opslag van je browser is vol, dus het bestand is niet ingelezen. Er is niets veranderd.'
        : 'Inlezen is niet gelukt door een fout in de browseropslag. Er is niets veranderd; probeer het opnieuw.',
    );
  }
  const counts = Object.fromEntries(DATA_TABLES.map((t) => [t, file[t].length])) as ImportCounts;
  return { ok: true, counts, summary, dryRun };
}
