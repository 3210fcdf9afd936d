import { refOfKey, type StudentRef } from '../../core/student';
import { datedRowsOf, linkedKeys } from '../aliases';
import type { HandedRecord, LobDatabase } from '../database';
import { setHandoverConsent } from '../facts';
import type { StudentDisplay } from '../students';

/** One student's handover facts across every id paired with them: the consent day and what the previous mentor handed over. */
export async function handoverOfStudent(
  db: LobDatabase,
  ref: StudentRef,
): Promise<{ consentOn?: string; fromPrevious: HandedRecord[] }> {
  return db.transaction('r', [db.aliases, db.facts, db.handed], async () => {
    const keys = await linkedKeys(db, ref);
    const [facts, fromPrevious] = await Promise.all([db.facts.bulkGet(keys), datedRowsOf<HandedRecord>(db.handed, keys)]);
    const consentOn = facts
      .map((f) => f?.handoverConsent)
      .filter((d): d is string => Boolean(d))
      .sort()
      .at(-1);
    return { ...(consentOn ? { consentOn } : {}), fromPrevious };
  });
}

/**
 * The mentor ticks (or unticks) "De leerling weet het en is akkoord" for this student. Agreeing is
 * kept under this id; withdrawing clears it under every id paired with them, so no paired id still
 * carries an old yes.
 */
export async function setStudentHandoverConsent(
  db: LobDatabase,
  ref: StudentRef,
  display: StudentDisplay,
  agreed: boolean,
  now: Date,
): Promise<void> {
  if (agreed) return setHandoverConsent(db, ref, display, true, now);
  const keys = await linkedKeys(db, ref);
  const facts = await db.facts.bulkGet(keys);
  for (const fact of facts) {
    if (fact?.handoverConsent) {
      await setHandoverConsent(db, refOfKey(fact.studentKey), {}, false, now);
    }
  }
}

/**
 * Takes away what a previous mentor handed over for this student (every id paired with them): the
 * undo of a wrong choice on receipt. The mentor's own notes stay. Returns how many entries went.
 */
export async function removeHanded(db: LobDatabase, ref: StudentRef): Promise<number> {
  return db.transaction('rw', [db.aliases, db.handed], async () => {
    const keys = await linkedKeys(db, ref);
    return db.handed.where('studentKey').anyOf(keys).delete();
  });
}
