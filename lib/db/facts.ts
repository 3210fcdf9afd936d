import { type StudentRef, studentKey } from '../core/student';
import type { Study } from '../core/study';
import type { FactsRecord, LobDatabase } from './database';
import { type StudentDisplay, upsertStudent } from './students';

/**
 * The facts the mentor sets about one student (lib/db/database.ts FactsRecord), read and written
 * in the background only. Setting a fact keeps the student's record (as a note does); setting it to
 * nothing removes it, and a row with no facts left goes.
 */
export async function readFacts(db: LobDatabase, ref: StudentRef): Promise<FactsRecord | undefined> {
  return db.facts.get(studentKey(ref));
}

export async function setStudyFact(
  db: LobDatabase,
  ref: StudentRef,
  display: StudentDisplay,
  study: Study | null,
  now: Date,
): Promise<void> {
  const stamp = now.toISOString();
  await db.transaction('rw', db.students, db.facts, async () => {
    const key = await upsertStudent(db, ref, display, stamp);
    const { study: _old, ...rest } = (await db.facts.get(key)) ?? { studentKey: key, updatedAt: stamp };
    const next: FactsRecord = { ...rest, ...(study ? { study } : {}), updatedAt: stamp };
    if (Object.keys(next).some((k) => k !== 'studentKey' && k !== 'updatedAt')) await db.facts.put(next);
    else await db.facts.delete(key);
  });
}
