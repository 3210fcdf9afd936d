import { type ImportProblem, type ImportRefused, refuseImport } from '../../core/import-problem';
import { StreamedJsonParser } from '../../core/json-stream';
import { renamePromptIdsOf } from '../../prompts/renames';
import { DEFAULT_CARE_ROLES, isCareRole } from '../../referrals/care';
import { DATA_TABLES, type LobDatabase } from '../database';
import { emptySummary } from '../merge';
import {
  careReferralAt,
  keyMismatchAt,
  keyMismatched,
  refusedFor,
  rowId,
  rowRefusal,
  UNIQUE_ID_TABLES,
  type UniqueIdTable,
} from './check';
import { textPieces, UnreadableFile } from './file-pieces';
import { fileHeadSchema } from './file-schema';
import { FILE_TABLES, type FileTable, MAX_ROWS } from './format';
import type { ImportOptions } from './import';
import { checkHead, fileTooLarge, rowLimit } from './parse';
import {
  decideChunk,
  firstUnknownStudent,
  IMPORT_CHUNK,
  type ImportResult,
  type KeyedTable,
  mergeTables,
  STUDENT_ROW_TABLES,
} from './write';

type Row = Record<string, unknown>;

const isFileTable = (key: string): key is FileTable => (FILE_TABLES as readonly string[]).includes(key);
const UNIQUE = new Set<string>(UNIQUE_ID_TABLES);
const STUDENT_ROW = new Set<string>(STUDENT_ROW_TABLES);

/**
 * The checks and the merge summary of one file, fed a batch of rows at a time and keeping none of
 * them: the rules across rows keep only ids and student keys. The problems are found as the rows
 * come and reported in the order `checkImportFile` and `writeImport` report them, except that within
 * one kind (a row against its schema, an unknown student) the first in the file's order is named:
 * the same row for a file with the tables in the export's order.
 */
class RowsAsTheyCome {
  readonly counts = Object.fromEntries(FILE_TABLES.map((t) => [t, 0])) as Record<FileTable, number>;
  readonly summary = emptySummary();
  /** The first row that does not pass its schema. */
  refused: ImportRefused | null = null;
  private mismatch: ImportProblem | null = null;
  private readonly duplicate = new Map<UniqueIdTable, ImportProblem>();
  private care: ImportProblem | null = null;
  private readonly ids = new Map<string, Set<string>>();
  private readonly students = new Set<string>();
  private readonly referenced = new Set<string>();
  private readonly tables: Record<FileTable, KeyedTable<object>>;
  private readonly empty = new Map<FileTable, boolean>();
  private buffered: { table: FileTable; rows: Row[] } | null = null;

  constructor(
    private readonly db: LobDatabase,
    private readonly options: ImportOptions,
    private readonly maxRows: number,
  ) {
    this.tables = mergeTables(db);
  }

  async rows(table: FileTable, rows: readonly unknown[]): Promise<void> {
    const from = this.counts[table];
    this.counts[table] += rows.length;
    // Past the first problem the rows are only counted; too many rows is refused at the end (the
    // import's limit holds for the five data tables, the format's MAX_ROWS for every table).
    const limit = (DATA_TABLES as readonly string[]).includes(table) ? this.maxRows : MAX_ROWS;
    if (this.refused || this.counts[table] > limit) return;
    for (let i = 0; i < rows.length; i++) {
      this.refused = rowRefusal(table, rows[i], from + i);
      if (this.refused) return;
    }
    for (let i = 0; i < rows.length; i++) this.across(table, rows[i] as Row, from + i);
    await this.compare(table, rows as Row[]);
  }

  /** The rules across rows, remembered for the end: a key that does not match, a repeated id, a care referral, the students named. */
  private across(table: FileTable, row: Row, index: number): void {
    if (table === 'students') {
      if (!this.mismatch && keyMismatched(row as { host: string; key: string; sisId: string }))
        this.mismatch = keyMismatchAt(index);
      this.students.add(String(row.key));
    }
    if (UNIQUE.has(table) && !this.duplicate.has(table as UniqueIdTable)) {
      const seen = this.ids.get(table) ?? new Set<string>();
      this.ids.set(table, seen);
      const id = rowId(row);
      if (seen.has(id)) this.duplicate.set(table as UniqueIdTable, { code: 'duplicateId', table, row: index + 1, id });
      seen.add(id);
    }
    if (table === 'referrals' && !this.care && isCareRole(String(row.role), this.options.careRoles ?? DEFAULT_CARE_ROLES)) {
      this.care = careReferralAt(index);
    }
    if (STUDENT_ROW.has(table)) this.referenced.add(String(row.studentKey));
  }

  /** Rows are compared with the stored ones IMPORT_CHUNK at a time, one table at a time. */
  private async compare(table: FileTable, rows: Row[]): Promise<void> {
    if (this.buffered && this.buffered.table !== table) await this.flush();
    const renamed =
      table === 'notes'
        ? rows.map((note) => renamePromptIdsOf(note as { promptIds: string[] }, this.options.promptRenames))
        : rows;
    if (!this.buffered) this.buffered = { table, rows: [] };
    for (const row of renamed) this.buffered.rows.push(row);
    if (this.buffered.rows.length >= IMPORT_CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    const buffered = this.buffered;
    this.buffered = null;
    if (!buffered || buffered.rows.length === 0) return;
    const { table, rows } = buffered;
    const store = this.tables[table];
    const empty = this.empty.get(table) ?? (await store.count()) === 0;
    this.empty.set(table, empty);
    await decideChunk(table, store, rows, empty, this.summary);
  }

  /** The first problem across rows, in the order `checkImportFile` looks: keys, repeated ids, care referrals. */
  acrossProblem(): ImportProblem | null {
    const duplicate = UNIQUE_ID_TABLES.map((t) => this.duplicate.get(t)).find((p) => p !== undefined);
    return this.mismatch ?? duplicate ?? this.care;
  }

  unknownStudent(): Promise<string | undefined> {
    for (const key of this.students) this.referenced.delete(key);
    return firstUnknownStudent(this.db, this.referenced);
  }
}

/**
 * The dry run of an import from a chosen file, read piece by piece: each batch of rows is checked,
 * compared with the stored rows and let go, so neither the file's text nor its rows are ever held
 * (a 100 000-note export is about 50 MB of rows once parsed). It gives what `importFile` with
 * `dryRun` gives on the whole file (tests/unit/db-dry-run-file.test.ts); the reads are not one
 * transaction, so a note saved in another tab meanwhile may or may not be counted. The import itself
 * (after the teacher confirms) reads the file whole and writes in one transaction.
 *
 * Returns `undefined` for a file that gives a table a list twice (JSON keeps the last; only a whole
 * read can tell): the caller then reads it whole.
 */
export async function dryRunFile(db: LobDatabase, file: Blob, options: ImportOptions = {}): Promise<ImportResult | undefined> {
  const tooLarge = fileTooLarge(file, options);
  if (tooLarge) return tooLarge;
  const maxRows = rowLimit(options);
  const check = new RowsAsTheyCome(db, options, maxRows);
  const queue: { table: FileTable; rows: unknown[] }[] = [];
  const opened = new Set<string>();
  let repeated = false;
  const parser = new StreamedJsonParser((key) => {
    if (!isFileTable(key)) return undefined;
    if (opened.has(key)) repeated = true;
    opened.add(key);
    return (rows) => queue.push({ table: key, rows });
  });
  let parsed: { value: unknown; unsafe: boolean };
  // What the parser throws makes the file not JSON (as any error of the whole read does); what the
  // browser's file or database throws is theirs.
  let parsing = false;
  try {
    for await (const piece of textPieces(file)) {
      parsing = true;
      parser.feed(piece);
      parsing = false;
      if (repeated) return undefined;
      for (const { table, rows } of queue.splice(0)) await check.rows(table, rows);
    }
    parsing = true;
    parsed = parser.end();
  } catch (error) {
    if (error instanceof UnreadableFile) return refuseImport({ code: 'unreadable' });
    return refuseImport({ code: parsing ? 'invalidJson' : 'failed' });
  }
  const head = checkHead(parsed, { maxRows }, (table) => check.counts[table]);
  if (!head.ok) return head;
  // The head schema also limits every table to MAX_ROWS: a list that long stands in for the rows read.
  for (const table of FILE_TABLES) {
    if (check.counts[table] > MAX_ROWS) head.raw[table] = Array.from({ length: check.counts[table] });
  }
  const headChecked = fileHeadSchema.safeParse(head.raw);
  if (!headChecked.success) return refusedFor(headChecked.error.issues[0]);
  if (check.refused) return check.refused;
  const across = check.acrossProblem();
  if (across) return refuseImport(across);
  try {
    await check.flush();
    const missing = await check.unknownStudent();
    if (missing !== undefined) return refuseImport({ code: 'unknownStudent', key: missing });
  } catch {
    return refuseImport({ code: 'failed' });
  }
  const counts = Object.fromEntries(DATA_TABLES.map((t) => [t, check.counts[t]])) as Record<(typeof DATA_TABLES)[number], number>;
  return { ok: true, counts, summary: check.summary, dryRun: true };
}
