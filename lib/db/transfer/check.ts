import { type ImportProblem, type ImportRefused, refuseImport } from '../../core/import-problem';
import type { z } from '../../core/zod';
import { DEFAULT_CARE_ROLES, isCareRole } from '../../referrals/care';
import { fileHeadSchema, ROW_SCHEMAS, type SchemaFile } from './file-schema';
import { FILE_TABLES, type FileTable } from './format';
import { placeOfIssue, reasonOfIssue } from './issue';

/** A file whose every row is checked, or why it is refused. */
export type CheckedFile = { ok: true; file: SchemaFile } | ImportRefused;

/** A student's key must be "host|id" of its own (lower-case) host and SIS id. */
export const keyMismatched = (s: { host: string; key: string; sisId: string }) =>
  s.host !== s.host.toLowerCase() || s.key !== `${s.host}|${s.sisId}`;

/** The problem of the student in `row` (from 0) whose key does not match. */
export const keyMismatchAt = (row: number): ImportProblem => ({
  code: 'invalidData',
  table: 'students',
  row: row + 1,
  reason: 'keyMismatch',
});

/** The first student in the file whose key does not match. */
function keyMismatch(file: SchemaFile): ImportProblem | null {
  const row = file.students.findIndex(keyMismatched);
  return row < 0 ? null : keyMismatchAt(row);
}

/** The tables whose ids are unique inside the file (students by key), in the order they are checked. */
export const UNIQUE_ID_TABLES = ['students', 'notes', 'afspraken', 'moments', 'referrals', 'handed'] as const;
export type UniqueIdTable = (typeof UNIQUE_ID_TABLES)[number];
export const rowId = (row: { id?: string; key?: string }) => String(row.id ?? row.key);

/** The first id repeated inside its table, in the order of UNIQUE_ID_TABLES. */
function duplicateId(file: SchemaFile): ImportProblem | null {
  for (const table of UNIQUE_ID_TABLES) {
    const rows: readonly { id?: string; key?: string }[] = file[table] ?? [];
    const seen = new Set<string>();
    for (const [i, row] of rows.entries()) {
      const id = rowId(row);
      if (seen.has(id)) return { code: 'duplicateId', table, row: i + 1, id };
      seen.add(id);
    }
  }
  return null;
}

/** The problem of the referral in `row` (from 0) that has a care role. */
export const careReferralAt = (row: number): ImportProblem => ({ code: 'careReferral', table: 'referrals', row: row + 1 });

/** No referral may have one of the school's care roles: nothing about zorg is stored. */
function careReferral(file: SchemaFile, careRoles: readonly string[]): ImportProblem | null {
  const row = file.referrals.findIndex((r) => isCareRole(r.role, careRoles));
  return row < 0 ? null : careReferralAt(row);
}

/** The refusal for the first issue the schema found (its path from the file's top). */
export function refusedFor(issue: z.core.$ZodIssue | undefined): ImportRefused {
  return refuseImport(
    issue ? { code: 'invalidData', ...placeOfIssue(issue), ...reasonOfIssue(issue) } : { code: 'invalidData', reason: 'invalid' },
  );
}

/** The refusal for row `index` (from 0) of `table` if it does not pass its schema, else null. */
export function rowRefusal(table: FileTable, row: unknown, index: number): ImportRefused | null {
  const checked = ROW_SCHEMAS[table].safeParse(row);
  if (checked.success) return null;
  const issue = checked.error.issues[0];
  return refusedFor(issue && { ...issue, path: [table, index, ...issue.path] });
}

/**
 * Checks the rows of a file whose head passed, table by table in the file's order, one row at a time.
 * The schemas only check (no transform, default or coercion: tests/unit/db-import-check.test.ts holds
 * that a checked row equals the row as read), so the rows as read are the checked rows: zod's copy of
 * each row is dropped at once and dies young, and the file is never held twice (at 100 000 notes a
 * second copy was a third of the peak heap of an import).
 */
function checkRows(file: Record<string, unknown>): ImportRefused | null {
  for (const table of FILE_TABLES) {
    const rows = file[table];
    if (!Array.isArray(rows)) continue;
    for (let i = 0; i < rows.length; i++) {
      const refused = rowRefusal(table, rows[i], i);
      if (refused) return refused;
    }
  }
  return null;
}

/**
 * Every row against the schema (the first problem found is the one reported), then the rules across
 * rows: keys, duplicate ids, care roles (`careRoles`: the defaults plus the school's own).
 */
export function checkImportFile(raw: unknown, careRoles: readonly string[] = DEFAULT_CARE_ROLES): CheckedFile {
  const head = fileHeadSchema.safeParse(raw);
  if (!head.success) return refusedFor(head.error.issues[0]);
  const rowProblem = checkRows(raw as Record<string, unknown>);
  if (rowProblem) return rowProblem;
  // The head and every row passed their schemas, which change nothing: the file is a SchemaFile.
  const file = raw as SchemaFile;
  const problem = keyMismatch(file) ?? duplicateId(file) ?? careReferral(file, careRoles);
  if (problem) return refuseImport(problem);
  return { ok: true, file };
}
