import { sameRecord } from './same-record';

/**
 * What an import does with one row of the file, given the row stored under the same id:
 * - `add`: nothing stored under that id yet;
 * - `same`: stored exactly so (nothing is written);
 * - `update`: the file's row is newer (a later `updatedAt`) and is written;
 * - `older`: the stored row is as new or newer, so it stays (an older backup never reverts a note);
 * - `refused`: the stored row belongs to another student: a row never moves between students.
 */
export type MergeDecision = 'add' | 'same' | 'update' | 'older' | 'refused';

/** The tables an import merges, and how each tells which of two versions of a row is newer. */
export type MergeTable = 'students' | 'notes' | 'afspraken' | 'moments' | 'referrals' | 'aliases' | 'facts' | 'drafts' | 'handed';

type Row = Record<string, unknown>;

function time(value: unknown): number {
  const t = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
}

/**
 * When a row last changed. Students, notes and the mentor's facts carry `updatedAt`; an afspraak changes when it is made,
 * done or opened again (`updatedAt`, absent on older rows); moments, referrals and pairings never change after they are made (so a
 * different row under the same id is never newer than the stored one).
 */
function rowVersion(table: MergeTable, row: Row): number {
  switch (table) {
    case 'students':
    case 'notes':
    case 'facts':
    case 'drafts':
      return time(row.updatedAt);
    case 'afspraken':
      return Math.max(time(row.createdAt), time(row.doneAt), time(row.updatedAt));
    default:
      return Number.NEGATIVE_INFINITY;
  }
}

/** The one merge rule of an import (see MergeDecision). Pure: the caller reads and writes. */
export function mergeDecision(table: MergeTable, stored: object | undefined, incoming: object): MergeDecision {
  if (stored === undefined) return 'add';
  if (sameRecord(stored, incoming)) return 'same';
  const before = stored as Row;
  const after = incoming as Row;
  if ('studentKey' in after && before.studentKey !== after.studentKey) return 'refused';
  return rowVersion(table, after) > rowVersion(table, before) ? 'update' : 'older';
}

/** How many rows of a file each decision took. */
export type MergeSummary = Record<MergeDecision, number>;

export const emptySummary = (): MergeSummary => ({ add: 0, same: 0, update: 0, older: 0, refused: 0 });
