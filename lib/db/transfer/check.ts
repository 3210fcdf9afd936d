import { type ImportProblem, type ImportRefused, refuseImport } from '../../core/import-problem';
import { DEFAULT_CARE_ROLES, isCareRole } from '../../referrals/care';
import type { DataTable } from '../database';
import { fileSchema, type SchemaFile } from './file-schema';
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

/**
 * Every row against the schema (the first problem found is the one reported), then the rules across
 * rows: keys, duplicate ids, care roles (`careRoles`: the defaults plus the school's own).
 */
export function checkImportFile(raw: unknown, careRoles: readonly string[] = DEFAULT_CARE_ROLES): CheckedFile {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuseImport(
      issue
        ? { code: 'invalidData', ...placeOfIssue(issue), ...reasonOfIssue(issue) }
        : { code: 'invalidData', reason: 'invalid' },
    );
  }
  const file = parsed.data;
  const problem = keyMismatch(file) ?? duplicateId(file) ?? careReferral(file, careRoles);
  if (problem) return refuseImport(problem);
  return { ok: true, file };
}
