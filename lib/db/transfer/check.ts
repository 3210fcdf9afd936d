import { type ImportProblem, type ImportRefused, refuseImport } from '../../core/import-problem';
import type { z } from '../../core/zod';
import { DEFAULT_CARE_ROLES, isCareRole } from '../../referrals/care';
import type { DataTable } from '../database';
import { fileHeadSchema, ROW_SCHEMAS, type SchemaFile } from './file-schema';
import { FILE_TABLES } from './format';
import { placeOfIssue, reasonOfIssue } from './issue';

/** A file whose every row is checked, or why it is refused. */
export type CheckedFile = { ok: true; file: SchemaFile } | ImportRefused;

/** A student's key must be "host|id" of its own (lower-case) host and SIS id. */
function keyMismatch(file: SchemaFile): ImportProblem | null {
  const row = file.students.findIndex((s) => s.host !== s.host.toLowerCase() || s.key !== `${s.host}|${s.sisId}`);
  return row < 0 ? null : { code: 'invalidData', table: 'students', row: row + 1, reason: 'keyMismatch' };
}

/** Ids are unique per table inside the file (students by key). */
function duplicateId(file: SchemaFile): ImportProblem | null {
  const tables: [DataTable | 'handed', { id?: string; key?: string }[]][] = [
    ['students', file.students],
    ['notes', file.notes],
    ['afspraken', file.afspraken],
    ['moments', file.moments],
    ['referrals', file.referrals],
  ];
  if (file.handed) tables.push(['handed', file.handed]);
  for (const [table, rows] of tables) {
    const seen = new Set<string>();
    for (const [i, row] of rows.entries()) {
      const id = String(row.id ?? row.key);
      if (seen.has(id)) return { code: 'duplicateId', table, row: i + 1, id };
      seen.add(id);
    }
  }
  return null;
}

/** No referral may have one of the school's care roles: nothing about zorg is stored. */
function careReferral(file: SchemaFile, careRoles: readonly string[]): ImportProblem | null {
  const row = file.referrals.findIndex((r) => isCareRole(r.role, careRoles));
  return row < 0 ? null : { code: 'careReferral', table: 'referrals', row: row + 1 };
}

/** The refusal for the first issue the schema found (its path from the file's top). */
function refusedFor(issue: z.core.$ZodIssue | undefined): ImportRefused {
  return refuseImport(
    issue ? { code: 'invalidData', ...placeOfIssue(issue), ...reasonOfIssue(issue) } : { code: 'invalidData', reason: 'invalid' },
  );
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
    const schema = ROW_SCHEMAS[table];
    for (let i = 0; i < rows.length; i++) {
      const checked = schema.safeParse(rows[i]);
      if (checked.success) continue;
      const issue = checked.error.issues[0];
      return refusedFor(issue && { ...issue, path: [table, i, ...issue.path] });
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
