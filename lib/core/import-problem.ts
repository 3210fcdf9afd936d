/**
 * Why an import file is refused, as data, never as words: a code, where in the file it is (part,
 * 1-based row, field) and the values the words need. lib/db finds the problems; the options page
 * shows them through lib/i18n/import-problem-text.ts, in the teacher's language.
 */

/** Reasons that need no value beyond the place in the file. */
export const PLAIN_INVALID_REASONS = [
  'tooFewRows',
  'textTooShort',
  'missingField',
  'wrongType',
  'invalidDate',
  'invalidFormat',
  'notAllowed',
  'invalidHost',
  'invalidStudentKey',
  'keyMismatch',
  'invalid',
] as const;
export type PlainInvalidReason = (typeof PLAIN_INVALID_REASONS)[number];

/**
 * Why a part or a row of the file does not fit the format: too many rows or too long a text (with
 * the maximum), fields the format does not know (with their names), or a plain reason, such as
 * `keyMismatch` (a student's key is not "host|id" of its own host and id) or `invalid` (anything else).
 */
export type InvalidReason =
  | { reason: 'tooManyRows' | 'textTooLong'; maximum: number }
  | { reason: 'unknownFields'; keys: string[] }
  | { reason: PlainInvalidReason };

/** Where in the file: the part (a table such as "notes", or a field such as "exportedAt"), its row from 1, the field. */
export interface ImportPlace {
  table?: string;
  row?: number;
  field?: string;
}

/**
 * The problems that are their code alone. `unreadable` is the options page's own: the browser could
 * not read the chosen file.
 */
export interface PlainImportProblem {
  code: 'invalidJson' | 'wrongFormat' | 'hostile' | 'storageFull' | 'failed' | 'unreadable';
}

/** Every way an import can be refused. `tooLarge` carries the file's size when it was known before reading it. */
export type ImportProblem =
  | { code: 'tooLarge'; limitBytes: number; sizeBytes?: number }
  | PlainImportProblem
  | { code: 'newerVersion'; version: number }
  | ({ code: 'invalidData' } & ImportPlace & InvalidReason)
  | { code: 'duplicateId'; table: string; row: number; id: string }
  | { code: 'unknownStudent'; key: string }
  | { code: 'careReferral'; table: 'referrals'; row: number };

export type ImportProblemCode = ImportProblem['code'];

/** A refused import: the problem, and nothing written. */
export interface ImportRefused {
  ok: false;
  error: ImportProblem;
}

export function refuseImport(problem: ImportProblem): ImportRefused {
  return { ok: false, error: problem };
}
