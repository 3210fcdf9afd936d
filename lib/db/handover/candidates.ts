import type { AfspraakRecord, LobDatabase, NoteRecord } from '../database';
import type { HandoverCandidate } from './build';

/**
 * Every student the mentor could hand over: those with a conversation or an open afspraak of their
 * own, with the rows of every id paired with them, and the consent day (the latest one set under any
 * of their ids). One read transaction; nothing received from a previous mentor is handed on.
 */
export async function handoverCandidates(db: LobDatabase): Promise<HandoverCandidate[]> {
  const [students, aliases, notes, afspraken, facts] = await db.transaction(
    'r',
    [db.students, db.aliases, db.notes, db.afspraken, db.facts],
    () =>
      Promise.all([
        db.students.orderBy('key').toArray(),
        db.aliases.toArray(),
        db.notes.toArray(),
        db.afspraken.toArray(),
        db.facts.toArray(),
      ]),
  );
  const canonical = new Map(aliases.map((a) => [a.key, a.studentKey]));
  const own = (key: string) => canonical.get(key) ?? key;
  const byKey = new Map(students.map((s) => [s.key, s]));
  type Gathered = HandoverCandidate & { notes: NoteRecord[]; afspraken: AfspraakRecord[] };
  const gathered = new Map<string, Gathered>();
  const candidateOf = (key: string): Gathered | undefined => {
    const root = own(key);
    const student = byKey.get(root) ?? byKey.get(key);
    if (!student) return undefined;
    let candidate = gathered.get(root);
    if (!candidate) {
      candidate = { student, notes: [], afspraken: [] };
      gathered.set(root, candidate);
    }
    return candidate;
  };
  for (const note of notes) candidateOf(note.studentKey)?.notes.push(note);
  for (const a of afspraken) if (!a.done) candidateOf(a.studentKey)?.afspraken.push(a);
  for (const fact of facts) {
    const candidate = gathered.get(own(fact.studentKey));
    if (candidate && fact.handoverConsent && (!candidate.consentOn || fact.handoverConsent > candidate.consentOn)) {
      candidate.consentOn = fact.handoverConsent;
    }
  }
  return [...gathered.values()];
}
