import { isStorageFull } from '../../core/errors';
import { type ImportProblem, type ImportRefused, refuseImport } from '../../core/import-problem';
import { DATA_TABLES, type DataTable, type LobDatabase } from '../database';
import { emptySummary, type MergeSummary, type MergeTable, mergeDecision } from '../merge';
import type { SchemaFile } from './file-schema';
import { FILE_TABLES, type FileTable } from './format';

/** How far the writing of an import is: rows written of all rows in the file. */
export interface ImportProgress {
  written: number;
  total: number;
}

/** Rows per write of an import; after each, `onProgress` hears how far it is. */
export const IMPORT_CHUNK = 5_000;

type ImportCounts = Record<DataTable, number>;
/**
 * A checked file: `counts` are its rows per table, `summary` what the merge did (or, in a dry run,
 * would do) with them; `dryRun` says whether anything was written.
 */
export type ImportResult = { ok: true; counts: ImportCounts; summary: MergeSummary; dryRun: boolean } | ImportRefused;

export interface WriteOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Check and count only: what the import would do, with nothing written. */
  dryRun?: boolean;
}

/** A table of ours as the import uses it: every table has one string key. */
export interface KeyedTable<T> {
  schema: { primKey: { keyPath: unknown } };
  count(): Promise<number>;
  bulkGet(keys: string[]): Promise<(T | undefined)[]>;
  bulkPut(rows: readonly T[]): Promise<unknown>;
}

/** Thrown inside the transaction to undo it, carrying why. */
class ImportAbort extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.code);
  }
}

/** The tables of the file as the import reads and writes them, by name. */
export function mergeTables(db: LobDatabase): Record<FileTable, KeyedTable<object>> {
  return {
    students: db.students,
    notes: db.notes,
    afspraken: db.afspraken,
    moments: db.moments,
    referrals: db.referrals,
    aliases: db.aliases,
    facts: db.facts,
    drafts: db.drafts,
    handed: db.handed,
  };
}

/** The tables whose rows name a student (`studentKey`), in the order their keys are looked up. */
export const STUDENT_ROW_TABLES = ['notes', 'afspraken', 'moments', 'referrals', 'facts', 'drafts', 'handed'] as const;

/** The first of `keys` (student keys the file refers to but does not hold) that the database does not hold either. */
export async function firstUnknownStudent(db: LobDatabase, keys: ReadonlySet<string>): Promise<string | undefined> {
  const list = [...keys];
  const known = await db.students.bulkGet(list);
  return list.find((_, i) => !known[i]);
}

/** A student key the file's rows refer to that is neither in the file nor in the database. */
function unknownStudentKey(db: LobDatabase, file: SchemaFile): Promise<string | undefined> {
  const inFile = new Set(file.students.map((s) => s.key));
  const referenced = new Set<string>();
  for (const table of STUDENT_ROW_TABLES) {
    for (const row of file[table] ?? []) if (!inFile.has(row.studentKey)) referenced.add(row.studentKey);
  }
  return firstUnknownStudent(db, referenced);
}

/**
 * One chunk of a table's rows against the rows stored under the same keys (none are read when the
 * table is `empty`): each row's decision is counted in `summary`; the rows to write are returned.
 */
export async function decideChunk<T extends object>(
  name: MergeTable,
  table: KeyedTable<T>,
  chunk: readonly T[],
  empty: boolean,
  summary: MergeSummary,
): Promise<T[]> {
  const keyPath = String(table.schema.primKey.keyPath);
  const stored = empty ? [] : await table.bulkGet(chunk.map((row) => String((row as Record<string, unknown>)[keyPath])));
  return chunk.filter((row, i) => {
    const decision = mergeDecision(name, stored[i], row);
    summary[decision] += 1;
    return decision === 'add' || decision === 'update';
  });
}

/**
 * Merges a checked file by id into the database, all or nothing in one transaction. The merge rule
 * (lib/db/merge.ts): a row is written only when it is new or newer than the stored one (`updatedAt`),
 * never when it would move a row to another student, and never when it is stored exactly so already.
 * With `dryRun` nothing is written: the summary says what an import would do. `onProgress` hears
 * { written: 0 } once the file is checked, then after every IMPORT_CHUNK rows merged (still inside
 * the one transaction: a later failure undoes them all).
 */
export async function writeImport(db: LobDatabase, file: SchemaFile, options: WriteOptions = {}): Promise<ImportResult> {
  const dryRun = options.dryRun === true;
  const onProgress = dryRun ? undefined : options.onProgress;
  const summary = emptySummary();

  const tables = [db.students, db.notes, db.afspraken, db.moments, db.referrals, db.aliases, db.facts, db.drafts, db.handed];
  try {
    await db.transaction(dryRun ? 'r' : 'rw', tables, async () => {
      const missing = await unknownStudentKey(db, file);
      if (missing !== undefined) throw new ImportAbort({ code: 'unknownStudent', key: missing });
      const total =
        DATA_TABLES.reduce((sum, table) => sum + file[table].length, 0) +
        (file.aliases?.length ?? 0) +
        (file.facts?.length ?? 0) +
        (file.drafts?.length ?? 0) +
        (file.handed?.length ?? 0);
      let written = 0;
      // Rows already stored exactly so are not written again: re-reading is much cheaper than
      // rewriting, so importing your own backup again (or an overlapping one) stays quick.
      const merge = async <T extends object>(name: MergeTable, table: KeyedTable<T>, rows: readonly T[]) => {
        // Into an empty table every row is new: no need to look each one up.
        const empty = rows.length > 0 && (await table.count()) === 0;
        for (let from = 0; from < rows.length; from += IMPORT_CHUNK) {
          const chunk = rows.slice(from, from + IMPORT_CHUNK);
          const changed = await decideChunk(name, table, chunk, empty, summary);
          if (changed.length > 0 && !dryRun) await table.bulkPut(changed);
          written += chunk.length;
          onProgress?.({ written, total });
        }
      };
      onProgress?.({ written, total });
      const byName = mergeTables(db);
      for (const name of FILE_TABLES) await merge(name, byName[name], file[name] ?? []);
    });
  } catch (error) {
    if (error instanceof ImportAbort) return refuseImport(error.problem);
    return refuseImport({ code: isStorageFull(error) ? 'storageFull' : 'failed' });
  }
  const counts = Object.fromEntries(DATA_TABLES.map((t) => [t, file[t].length])) as ImportCounts;
  return { ok: true, counts, summary, dryRun };
}
