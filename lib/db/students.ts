import type { Table } from 'dexie';
import { type StudentRef, studentKey } from '../core/student';
import type { LobDatabase, StudentRecord } from './database';

/** Display data of a student (from the SIS page; shown only in extension pages). */
export interface StudentDisplay {
  name?: string;
  klas?: string;
}

/** What lists and searches show next to a row: the student's key and display data. */
export interface StudentLabel {
  key: string;
  name?: string;
  klas?: string;
}

export function labelOf(key: string, student: StudentRecord | undefined): StudentLabel {
  return {
    key,
    ...(student?.name ? { name: student.name } : {}),
    ...(student?.klas ? { klas: student.klas } : {}),
  };
}

/**
 * Creates or refreshes a student's record: the first name stays, a new class replaces the old one,
 * missing display data keeps what we had.
 * Call inside a transaction that includes `students`.
 */
export async function upsertStudent(db: LobDatabase, ref: StudentRef, display: StudentDisplay, stamp: string): Promise<string> {
  const key = studentKey(ref);
  const existing = await db.students.get(key);
  // A stored name is never overwritten from a page: a forged id with another child's name must not
  // rename the record (the panel shows the mismatch instead). The class may change over the years.
  const name = existing?.name || display.name;
  const klas = display.klas || existing?.klas;
  await db.students.put({
    key,
    host: ref.host.toLowerCase(),
    sisId: ref.id,
    updatedAt: stamp,
    ...(name ? { name } : {}),
    ...(klas ? { klas } : {}),
  });
  return key;
}

/**
 * Adds one row that belongs to a student, in one transaction with the student's record (created
 * without display data if it does not exist yet, e.g. for a moment logged from a grid).
 */
export async function addWithStudent<T>(
  db: LobDatabase,
  ref: StudentRef,
  table: Table<T>,
  row: T,
  stamp: string,
  name?: string,
): Promise<void> {
  await db.transaction('rw', db.students, table, async () => {
    const key = studentKey(ref);
    const existing = await db.students.get(key);
    if (!existing) {
      await db.students.add({ key, host: ref.host.toLowerCase(), sisId: ref.id, updatedAt: stamp, ...(name ? { name } : {}) });
    } else if (name && !existing.name) {
      // A name only where none is known: a page never overwrites a stored name.
      await db.students.put({ ...existing, name, updatedAt: stamp });
    }
    await table.add(row);
  });
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Students the teacher has notes for, by name (unnamed ones last, by key): the side panel's manual pick. */
export async function listStudents(db: LobDatabase): Promise<StudentRecord[]> {
  return db.transaction('r', db.students, db.notes, async () => {
    const withNotes = new Set((await db.notes.orderBy('studentKey').uniqueKeys()) as string[]);
    const students = await db.students.bulkGet([...withNotes]);
    return students.filter((s): s is StudentRecord => Boolean(s)).sort(byName);
  });
}

/** Named students first, by name; then by key. */
function byName(a: StudentRecord, b: StudentRecord): number {
  if (a.name && b.name) return collator.compare(a.name, b.name) || a.key.localeCompare(b.key);
  if (a.name || b.name) return a.name ? -1 : 1;
  return a.key.localeCompare(b.key);
}

/** Every student this browser keeps a record of (with or without notes), by name. */
export async function listAllStudents(db: LobDatabase): Promise<StudentRecord[]> {
  return (await db.students.toArray()).sort(byName);
}

/**
 * Which of these student keys had no note and no "Je doet het al" moment on or after `since`
 * (for the mentor's private overview; kept in the given order).
 */
export async function studentsWithoutMoment(db: LobDatabase, keys: readonly string[], since: Date | string): Promise<string[]> {
  const from = typeof since === 'string' ? since : since.toISOString();
  return db.transaction('r', db.notes, db.moments, async () => {
    const result: string[] = [];
    for (const key of new Set(keys)) {
      const range = [key, from];
      const end = [key, '\uffff'];
      const note = await db.notes.where('[studentKey+date]').between(range, end, true, true).count();
      if (note > 0) continue;
      const moment = await db.moments.where('[studentKey+date]').between(range, end, true, true).count();
      if (moment === 0) result.push(key);
    }
    return result;
  });
}

/**
 * The names and ids of every student the teacher has a record of: what a taught page exported for
 * the school's policy may never contain (lib/hosts/teach/patch-check.ts).
 */
export async function knownStudentValues(db: LobDatabase): Promise<string[]> {
  const students = await db.students.toArray();
  return students.flatMap((s) => [s.name ?? '', s.key.slice(s.key.indexOf('|') + 1)]).filter((value) => value.length > 1);
}
