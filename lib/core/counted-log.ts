/**
 * A small log of things seen, each counted with when first and last: adding one already in it (by
 * its key) counts it again; the newest `max` stay. Pure: every call returns a new list.
 */
export interface Counted {
  count: number;
  /** Epoch milliseconds. */
  firstSeen: number;
  lastSeen: number;
}

export function addCounted<T extends object>(
  entries: readonly (T & Counted)[],
  item: T,
  keyOf: (entry: T) => string,
  now: number,
  max: number,
): (T & Counted)[] {
  const key = keyOf(item);
  const existing = entries.find((e) => keyOf(e) === key);
  const updated: T & Counted = existing
    ? { ...existing, count: existing.count + 1, lastSeen: now }
    : { ...item, count: 1, firstSeen: now, lastSeen: now };
  const next = [...entries.filter((e) => e !== existing), updated].sort((a, b) => a.lastSeen - b.lastSeen);
  return next.slice(Math.max(0, next.length - Math.max(1, Math.floor(max))));
}

const finite = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/** The count and times of a stored entry (which may be anything), made sane. */
export function cleanCounts(raw: Partial<Record<keyof Counted, unknown>>): Counted {
  const firstSeen = finite(raw.firstSeen, 0);
  return { count: Math.max(1, Math.floor(finite(raw.count, 1))), firstSeen, lastSeen: finite(raw.lastSeen, firstSeen) };
}
