import { foldName, type StudentRef, studentKey } from '../core/student';
import type { AliasRecord, LobDatabase, StudentRecord } from './database';

/**
 * All keys that are one student: the student's own key and the ids paired with it. A pairing never
 * rewrites a key; it only makes reads (timeline, lens, last contact, afspraken) gather both.
 */
export async function linkedKeys(db: LobDatabase, ref: StudentRef): Promise<string[]> {
  const key = studentKey(ref);
  const canonical = (await db.aliases.get(key))?.studentKey ?? key;
  const others = (await db.aliases.where('studentKey').equals(canonical).primaryKeys()).map(String);
  return [canonical, ...others.filter((k) => k !== canonical)];
}

/** Rows of one student (every paired id) from a table with a [studentKey+date] index, newest first. */
export async function datedRowsOf<T extends { date: string }>(
  table: { where(index: string): { between(lower: unknown, upper: unknown): { toArray(): PromiseLike<T[]> } } },
  keys: readonly string[],
): Promise<T[]> {
  // Read oldest first and turn round here: IndexedDB's getAll reads a range in one go, while a
  // reversed range goes through a cursor, one round trip per row (10 ms for 120 notes in Chromium).
  const perKey = await Promise.all(
    keys.map(async (key) => (await table.where('[studentKey+date]').between([key, ''], [key, '\uffff']).toArray()).reverse()),
  );
  if (perKey.length === 1) return perKey[0] ?? [];
  return perKey.flat().sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

export type LinkError = 'sameStudent' | 'otherHost' | 'alreadyLinked' | 'unknownStudent';

/**
 * Pairs `other` with `ref` (same host, the teacher confirmed it is the same child). Refused when
 * either side is already part of another pair, so two pairs never chain into a wrong merge.
 */
export async function linkStudents(
  db: LobDatabase,
  ref: StudentRef,
  other: StudentRef,
  now: Date,
): Promise<{ ok: true; alias: AliasRecord } | { ok: false; error: LinkError }> {
  const key = studentKey(ref);
  const otherKey = studentKey(other);
  if (key === otherKey) return { ok: false, error: 'sameStudent' };
  if (ref.host.toLowerCase() !== other.host.toLowerCase()) return { ok: false, error: 'otherHost' };
  return db.transaction('rw', db.students, db.aliases, async () => {
    if (!(await db.students.get(otherKey))) return { ok: false as const, error: 'unknownStudent' as const };
    const taken = await Promise.all([
      db.aliases.get(key),
      db.aliases.get(otherKey),
      db.aliases.where('studentKey').equals(otherKey).count(),
    ]);
    if (taken[0] || taken[1] || taken[2] > 0) return { ok: false as const, error: 'alreadyLinked' as const };
    const alias: AliasRecord = { key: otherKey, studentKey: key, createdAt: now.toISOString() };
    await db.aliases.add(alias);
    return { ok: true as const, alias };
  });
}

/**
 * Undoes a pairing of `ref` and `other` (either direction). A pairing never rewrote a key, so both
 * records are again exactly what they were on their own. False when the two were not paired.
 */
export async function unlinkStudents(db: LobDatabase, ref: StudentRef, other: StudentRef): Promise<boolean> {
  const a = studentKey(ref);
  const b = studentKey(other);
  return db.transaction('rw', db.aliases, async () => {
    for (const [alias, joined] of [
      [b, a],
      [a, b],
    ] as const) {
      if ((await db.aliases.get(alias))?.studentKey === joined) {
        await db.aliases.delete(alias);
        return true;
      }
    }
    return false;
  });
}

/**
 * Students on the same host, under another id, whose stored name is this name: suggestions the
 * teacher may confirm as the same child. Nothing is joined by name without that confirmation.
 */
export async function linkCandidates(db: LobDatabase, ref: StudentRef, name: string | undefined): Promise<StudentRecord[]> {
  if (!name?.trim()) return [];
  const wanted = foldName(name);
  const key = studentKey(ref);
  const linked = new Set(await linkedKeys(db, ref));
  const sameHost = await db.students.where('host').equals(ref.host.toLowerCase()).toArray();
  const paired = new Set((await db.aliases.toCollection().primaryKeys()).map(String));
  return sameHost.filter(
    (s) => s.key !== key && !linked.has(s.key) && !paired.has(s.key) && s.name !== undefined && foldName(s.name) === wanted,
  );
}
