import type { StudentRef } from '../core/student';
import { linkedKeys } from './aliases';
import type { LobDatabase } from './database';

export interface EraseCounts {
  students: number;
  notes: number;
  afspraken: number;
  moments: number;
  referrals: number;
}

/** Erases everything about one student, under every id paired with them (one transaction). Returns what was removed. */
export async function eraseStudent(db: LobDatabase, ref: StudentRef): Promise<EraseCounts> {
  const tables = [db.students, db.notes, db.afspraken, db.moments, db.referrals, db.aliases, db.facts, db.drafts, db.handed];
  return db.transaction('rw', tables, async () => {
    const keys = await linkedKeys(db, ref);
    const students = (await db.students.bulkGet(keys)).filter(Boolean).length;
    await db.students.bulkDelete(keys);
    await db.aliases.bulkDelete(keys);
    await db.facts.bulkDelete(keys);
    await db.drafts.bulkDelete(keys);
    await db.handed.where('studentKey').anyOf(keys).delete();
    return {
      students,
      notes: await db.notes.where('studentKey').anyOf(keys).delete(),
      afspraken: await db.afspraken.where('studentKey').anyOf(keys).delete(),
      moments: await db.moments.where('studentKey').anyOf(keys).delete(),
      referrals: await db.referrals.where('studentKey').anyOf(keys).delete(),
    };
  });
}

/** Erases all of the teacher's data (the database itself stays, empty and usable). */
export async function eraseAll(db: LobDatabase): Promise<EraseCounts> {
  const tables = [db.students, db.notes, db.afspraken, db.moments, db.referrals, db.aliases, db.facts, db.drafts, db.handed];
  return db.transaction('rw', tables, async () => {
    const counts: EraseCounts = {
      students: await db.students.count(),
      notes: await db.notes.count(),
      afspraken: await db.afspraken.count(),
      moments: await db.moments.count(),
      referrals: await db.referrals.count(),
    };
    await Promise.all([
      db.students.clear(),
      db.notes.clear(),
      db.afspraken.clear(),
      db.moments.clear(),
      db.referrals.clear(),
      db.aliases.clear(),
      db.facts.clear(),
      db.drafts.clear(),
      db.handed.clear(),
    ]);
    return counts;
  });
}
