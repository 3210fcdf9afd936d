/**
 * A student as the extension knows them: the school host plus the SIS's own id. The same child on
 * two hosts is two students; names are display data, never keys.
 */
export interface StudentRef {
  host: string;
  id: string;
}

/**
 * A host name as a URL gives it (`url.hostname`): dot-separated labels of letters, digits,
 * hyphens and underscores (which URLs allow in intranet names), or a bracketed IPv6 address. Anything else (a "|", a space, a port, a path) is refused,
 * so "host|id" always splits back into the one host and id it was made of.
 */
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/i;
const IPV6 = /^\[[0-9a-f:.]{2,45}\]$/i;

export function isValidHost(host: string): boolean {
  return HOST_NAME.test(host) || IPV6.test(host);
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

/** Whether a key is "host|id" with a valid host and a non-empty id. */
export function isValidStudentKey(key: string): boolean {
  const at = key.indexOf('|');
  return at > 0 && at < key.length - 1 && isValidHost(key.slice(0, at));
}

/** A name as compared: no diacritics, one space, lower case ("Sanne  de Vriës" is "sanne de vries"). */
export const foldName = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
