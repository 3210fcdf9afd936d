import type { PlacementPhase } from '../core/placement';
import { dayKey } from '../core/season';
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

/** The facts a mentor can set, each on its own. */
type Fact = keyof Omit<FactsRecord, 'studentKey' | 'updatedAt'>;

/** Facts to set (a value) or remove (null) in one write. */
type FactsPatch = { [F in Fact]?: FactsRecord[F] | null };

/** Sets one fact (null: removes it), keeping the others; a row with no facts left goes. */
const setFact = <F extends Fact>(
  db: LobDatabase,
  ref: StudentRef,
  display: StudentDisplay,
  fact: F,
  value: FactsRecord[F] | null,
  now: Date,
) => setFacts(db, ref, display, { [fact]: value } as FactsPatch, now);

/** Sets and removes facts in one write, keeping the others; a row with no facts left goes. */
async function setFacts(db: LobDatabase, ref: StudentRef, display: StudentDisplay, patch: FactsPatch, now: Date): Promise<void> {
  const stamp = now.toISOString();
  await db.transaction('rw', db.students, db.facts, async () => {
    const key = await upsertStudent(db, ref, display, stamp);
    const next: FactsRecord = { ...((await db.facts.get(key)) ?? { studentKey: key }), updatedAt: stamp };
    const fields = next as unknown as Record<string, unknown>;
    for (const [fact, value] of Object.entries(patch)) {
      if (value) fields[fact] = value;
      else delete fields[fact];
    }
    if (Object.keys(next).some((k) => k !== 'studentKey' && k !== 'updatedAt')) await db.facts.put(next);
    else await db.facts.delete(key);
  });
}

export const setStudyFact = (db: LobDatabase, ref: StudentRef, display: StudentDisplay, study: Study | null, now: Date) =>
  setFact(db, ref, display, 'study', study, now);

/** Where the student stands in the work placement, as the mentor says today (null: not known). */
export const setPlacementFact = (
  db: LobDatabase,
  ref: StudentRef,
  display: StudentDisplay,
  phase: PlacementPhase | null,
  now: Date,
) => setFact(db, ref, display, 'placement', phase ? { phase, setOn: dayKey(now) } : null, now);

/**
 * "De leerling weet het en is akkoord": the student agreed today that their entries go to the next
 * mentor. Kept as the day, so the handover file and the panel can say when. Withdrawing keeps the day
 * it was withdrawn instead (the row stays, newer than any backup's yes: restoring an older backup
 * never brings a withdrawn consent back).
 */
export const setHandoverConsent = (db: LobDatabase, ref: StudentRef, display: StudentDisplay, agreed: boolean, now: Date) =>
  setFacts(
    db,
    ref,
    display,
    agreed
      ? { handoverConsent: dayKey(now), handoverWithdrawn: null }
      : { handoverConsent: null, handoverWithdrawn: dayKey(now) },
    now,
  );
