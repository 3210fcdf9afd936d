import { mentionsStudent } from './student-words';

/**
 * What may go into a taught selector: names of things (classes, roles, attribute names, labels),
 * never what the page shows about a student. A token is refused when it carries any of the
 * `forbidden` texts (the picked values) in any form (lib/hosts/teach/student-words.ts), a run of
 * three or more digits (ids, generated names) or a long hex run (uuids, hashes), or when it is a
 * framework's state class (`ng-scope`, `active`).
 */

const STATE_CLASSES =
  /^(?:ng-|_ng|css-|sc-|jsx-|svelte-)|^(?:active|selected|focus|focused|hover|open|disabled|is-active|is-selected)$/i;

/** A value that names a kind of element (and so stays the same for every student). */
export function isStableToken(value: string | null | undefined, forbidden: readonly string[]): value is string {
  if (!value || value.length > 60 || /\s{2}|[\n\r\t]/.test(value)) return false;
  if (/\d{3,}/.test(value) || /[0-9a-f]{8,}/i.test(value)) return false;
  return !mentionsStudent(value, forbidden);
}

/** A class worth naming in a selector (stable, and not a framework's state or generated class). */
export function isStableClass(name: string, forbidden: readonly string[]): boolean {
  return isStableToken(name, forbidden) && !STATE_CLASSES.test(name) && /^-?[a-zA-Z_][\w-]*$/.test(name);
}

/** CSS identifier escape (CSS.escape is not everywhere the tests run). */
export function cssIdent(name: string): string {
  return name.replace(/^(\d)/, '\\3$1 ').replace(/[^\w-]/g, (c) => `\\${c}`);
}

/** A double-quoted CSS string. */
export function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, (c) => `\\${c}`).replace(/\n/g, '\\a ')}"`;
}
