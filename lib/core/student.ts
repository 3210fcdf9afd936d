/**
 * A student as the extension knows them: the school host plus the SIS's own id. The same child on
 * two hosts is two students; names are display data, never keys.
 */
export interface StudentRef {
  host: string;
  id: string;
}

/** "host|id", host in lower case: the database key of a student. */
export function studentKey(ref: StudentRef): string {
  return `${ref.host.toLowerCase()}|${ref.id}`;
}

/** The inverse of `studentKey` (ids may contain "|"; hosts never do). */
export function refOfKey(key: string): StudentRef {
  const at = key.indexOf('|');
  return { host: key.slice(0, at), id: key.slice(at + 1) };
}
