import { type StudentRef, studentKey } from '../core/student';
import type { LobDatabase } from './database';

export interface EraseCounts {
  students: number;
  notes: number;
  afspraken: number;
  moments: number;
  referrals: number;
}

/** Erases everything about one student (all tables, one transaction). Returns what was removed. */
export async function eraseStudent(db: LobDatabase, ref: StudentRef): Promise<EraseCounts> {
  const key = studentKey(ref);
  return db.transaction('rw', [db.students, db.notes, db.afspraken, db.moments, db.referrals], async () => {
    const students = (await db.students.get(key)) ? 1 : 0;
    await db.students.delete(key);
    return {
      students,
      notes: await db.notes.where('studentKey').equals(key).delete(),
      afspraken: await db.afspraken.where('studentKey').equals(key).delete(),
      moments: await db.moments.where('studentKey').equals(key).delete(),
      referrals: await db.referrals.where('studentKey').equals(key).delete(),
    };
  });
}

/** Erases all of the teacher's data (the database itself stays, empty and usable). */
export async function eraseAll(db: LobDatabase): Promise<EraseCounts> {
  return db.transaction('rw', [db.students, db.notes, db.afspraken, db.moments, db.referrals], async () => {
    const counts: EraseCounts = {
      students: await db.students.count(),
      notes: await db.notes.count(),
      afspraken: await db.afspraken.count(),
      moments: await db.moments.count(),
      referrals: await db.referrals.count(),
    };
    await Promise.all([db.students.clear(), db.notes.clear(), db.afspraken.clear(), db.moments.clear(), db.referrals.clear()]);
    return counts;
  });
}
