import { type StudentRef, studentKey } from '../core/student';
import { isCareEntry } from '../referrals/care-entry';
import { linkedKeys } from './aliases';
import type { AfspraakRecord, LobDatabase } from './database';
import { DataRuleError } from './rule-error';
import { addWithStudent, labelOf, type StudentLabel } from './students';

export interface NewAfspraak {
  what: string;
  who?: string;
  /** ISO date, YYYY-MM-DD */
  due?: string;
}

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Throws on a due date that is not a real YYYY-MM-DD day, an empty "what", or an afspraak with the
 * zorg (a care entry: nothing about care is kept).
 */
export function checkAfspraak(input: NewAfspraak, careRoles?: readonly string[]): void {
  if (!input.what.trim()) throw new DataRuleError('afspraakWithoutWhat');
  if (isCareEntry(input, careRoles)) throw new DataRuleError('careNotKept');
  if (input.due === undefined) return;
  const day = new Date(`${input.due}T00:00:00Z`);
  if (!ISO_DAY.test(input.due) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== input.due) {
    throw new DataRuleError('invalidDueDate', input.due);
  }
}

/** Builds an afspraak row (no writes). */
export function afspraakRecord(key: string, input: NewAfspraak, stamp: string, id: string, noteId?: string): AfspraakRecord {
  checkAfspraak(input);
  return {
    id,
    studentKey: key,
    what: input.what.trim(),
    done: false,
    createdAt: stamp,
    ...(input.who?.trim() ? { who: input.who.trim() } : {}),
    ...(input.due ? { due: input.due } : {}),
    ...(noteId ? { noteId } : {}),
  };
}

/** The teacher's local calendar day (YYYY-MM-DD): "due today" means today where the teacher is. */
function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function addAfspraak(
  db: LobDatabase,
  ref: StudentRef,
  input: NewAfspraak,
  now: Date,
  newId: () => string,
  careRoles?: readonly string[],
): Promise<AfspraakRecord> {
  const stamp = now.toISOString();
  checkAfspraak(input, careRoles);
  const record = afspraakRecord(studentKey(ref), input, stamp, newId());
  await addWithStudent(db, ref, db.afspraken, record, stamp);
  return record;
}

/** Marks an afspraak done (or open again). Undefined when it does not exist. */
export async function setAfspraakDone(
  db: LobDatabase,
  id: string,
  done: boolean,
  now: Date,
): Promise<AfspraakRecord | undefined> {
  return db.transaction('rw', db.afspraken, async () => {
    const existing = await db.afspraken.get(id);
    if (!existing) return undefined;
    const { doneAt: _old, ...rest } = existing;
    // `updatedAt` too: reopening removes `doneAt`, and an import must still see the change as newest.
    const stamp = now.toISOString();
    const next: AfspraakRecord = done
      ? { ...rest, done: true, doneAt: stamp, updatedAt: stamp }
      : { ...rest, done: false, updatedAt: stamp };
    await db.afspraken.put(next);
    return next;
  });
}

function byDue(a: AfspraakRecord, b: AfspraakRecord): number {
  if (a.due !== b.due) {
    if (!a.due) return 1;
    if (!b.due) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** One student's afspraken: open ones first (earliest due first, undated last), then done ones. */
export async function listAfspraken(db: LobDatabase, ref: StudentRef): Promise<AfspraakRecord[]> {
  const rows = await db.afspraken
    .where('studentKey')
    .anyOf(await linkedKeys(db, ref))
    .toArray();
  return rows.sort((a, b) => Number(a.done) - Number(b.done) || byDue(a, b));
}

export interface DueAfspraak {
  afspraak: AfspraakRecord;
  student: StudentLabel;
}

/** Open afspraken due today or earlier, across all students, earliest first, with the student's display data. */
export async function dueAfspraken(db: LobDatabase, now: Date): Promise<DueAfspraak[]> {
  return db.transaction('r', db.afspraken, db.students, async () => {
    const due = await db.afspraken
      .where('due')
      .belowOrEqual(localDay(now))
      .filter((a) => !a.done)
      .toArray();
    const students = await db.students.bulkGet([...new Set(due.map((a) => a.studentKey))]);
    const byKey = new Map(students.filter((s) => s !== undefined).map((s) => [s.key, s]));
    return due
      .sort(byDue)
      .map((afspraak) => ({ afspraak, student: labelOf(afspraak.studentKey, byKey.get(afspraak.studentKey)) }));
  });
}
