import { type StudentRef, studentKey } from '../core/student';
import { datedRowsOf, linkedKeys } from './aliases';
import type { LobDatabase, MomentRecord } from './database';
import { addWithStudent } from './students';

/** Logs a "Je doet het al" moment (type = a moment type id; subject = the vak it happened in). */
export async function addMoment(
  db: LobDatabase,
  ref: StudentRef,
  type: string,
  date: Date,
  newId: () => string,
  subject?: string,
  name?: string,
): Promise<MomentRecord> {
  const stamp = date.toISOString();
  const moment: MomentRecord = {
    id: newId(),
    studentKey: studentKey(ref),
    type,
    date: stamp,
    ...(subject ? { subject } : {}),
  };
  await addWithStudent(db, ref, db.moments, moment, stamp, name);
  return moment;
}

/** One student's moments, newest first. */
export async function listMoments(db: LobDatabase, ref: StudentRef): Promise<MomentRecord[]> {
  return datedRowsOf(db.moments, await linkedKeys(db, ref));
}
