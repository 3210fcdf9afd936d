import { safeDecode } from '../safe-decode';

/**
 * Does a text carry a student's name or id in any form a page might write it? Taught profiles
 * (selectors, attribute values, routes, labels) are exported as school policy, so a page that
 * writes "Sanne de Vries" as `naam-sanne-de-vries`, `sanneDeVries`, `data-naam="sanne"`,
 * "de Vries, Sanne", "S. de Vries" or `/leerling/sanne-de-vries/kaart` must not slip through.
 *
 * A text mentions a value when
 * - (a) the value, folded (case, diacritics) and with every separator removed, is a substring of the
 *   text folded the same way ("48213" in `rij-48213`, "Sanne de Vries" in `naam-sanne-de-vries`,
 *   "4HB" in `klas-4hb`); values under 2 characters are ignored;
 * - (b) for a value that looks like a name: one of its name forms is a run of whole words of the text.
 *   The forms are its name words (words of 3 or more letters that are not tussenvoegsels: "sanne",
 *   "vries") and the surname glued to its tussenvoegsels, the first name or the initials ("devries",
 *   "sdevries", "vriessanne"), so "de Vries, Sanne", `s-devries` and `S.deVries` hit, while `header`
 *   and `vriesland` do not hit "Vries" (whole words only) and "de" alone forbids nothing.
 * Ids, klas codes and study texts ("havo 4") are matched by (a) only, so they never forbid an ordinary word.
 * A percent-encoded text (an address) is checked decoded as well.
 */

/** Letters that do not decompose into a base letter and a combining mark. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/** Dutch (and a few other) name particles: never a name word on their own. */
const TUSSENVOEGSELS: ReadonlySet<string> = new Set([
  'd',
  'l',
  's',
  't',
  'al',
  'am',
  'aan',
  'bij',
  'da',
  'das',
  'de',
  'del',
  'della',
  'den',
  'der',
  'des',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'het',
  'in',
  'la',
  'le',
  'onder',
  'op',
  'over',
  'te',
  'ten',
  'ter',
  'tot',
  'uit',
  'van',
  'vanden',
  'vander',
  'von',
  'voor',
  'zu',
]);

/** Anything that is not a letter or a digit. */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
const NAME_LIKE = /^[\p{L}\s'’.,-]+$/u;
const MIN_VALUE = 2;
const MIN_NAME_WORD = 3;

/** Lowercase, without diacritics ("Çakır" → "cakir", "Zoë" → "zoe", "Øster" → "oster"). */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(SPECIAL, (c) => SPECIAL_LETTERS[c] ?? c);
}

/** The folded text with every separator removed ("Sanne de Vries" → "sannedevries"). */
function squeeze(text: string): string {
  return fold(text).replace(SEPARATORS, '');
}

/**
 * The folded words of a text: split on anything that is not a letter or digit, on camelCase
 * boundaries and between letters and digits (`sanneDeVries` → sanne, de, vries; `HTMLElement` →
 * html, element; `rij2` → rij, 2). The Dutch "IJ" stays one letter (`IJzerman` → ijzerman).
 */
export function words(text: string): string[] {
  const spaced = text
    .replace(/(\p{Ll})(?=\p{Lu})/gu, '$1 ')
    .replace(/(?!I(?=J))(\p{Lu})(?=\p{Lu}\p{Ll})/gu, '$1 ')
    .replace(/(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2 ');
  return fold(spaced)
    .split(SEPARATORS)
    .filter((word) => word !== '');
}

/** A value that is a person's name: letters and name punctuation only, at most one comma, a word of 3 or more letters. */
function looksLikeName(value: string): boolean {
  return NAME_LIKE.test(value) && value.split(',').length <= 2 && words(value).some((w) => w.length >= MIN_NAME_WORD);
}

/** Words that are not tussenvoegsels. */
function withoutParticles(list: readonly string[]): string[] {
  return list.filter((w) => !TUSSENVOEGSELS.has(w));
}

/**
 * First name(s) and surname of a name: "de Vries, Sanne" is split at the comma; otherwise the
 * surname starts at the first space-separated part after the first that begins with a tussenvoegsel
 * or holds a hyphen ("Sanne de Vries", "Fleur Bakker-de Wit"), or else is the last part.
 */
function splitName(value: string): { given: string[]; surname: string[] } {
  const comma = value.indexOf(',');
  if (comma >= 0) return { given: words(value.slice(comma + 1)), surname: words(value.slice(0, comma)) };
  const parts = value.trim().split(/\s+/);
  const starts = parts.findIndex((part, i) => i > 0 && (part.includes('-') || TUSSENVOEGSELS.has(words(part)[0] ?? '')));
  const at = starts > 0 ? starts : parts.length - 1;
  return { given: parts.slice(0, at).flatMap(words), surname: parts.slice(at).flatMap(words) };
}

/**
 * The whole-word forms of a name: its name words, and the surname (with and without its
 * tussenvoegsels) glued before or after the first name, all first names or the initials.
 */
function nameForms(value: string): string[] {
  const forms = withoutParticles(words(value)).filter((w) => w.length >= MIN_NAME_WORD);
  const { given, surname } = splitName(value);
  const full = surname.join('');
  const core = withoutParticles(surname).join('');
  if (core.length < MIN_NAME_WORD) return forms;
  const surnames = [full, core];
  forms.push(...surnames);
  if (given.length === 0) return forms;
  const initials = given.map((w) => w.charAt(0)).join('');
  const firsts = [given.join(''), given[0] ?? '', initials, initials.charAt(0)];
  for (const s of surnames) for (const g of firsts) forms.push(`${g}${s}`, `${s}${g}`);
  return forms;
}

/** True when some run of consecutive `list` words, glued together, is one of `forms`. */
function hasWordRun(list: readonly string[], forms: ReadonlySet<string>, longest: number): boolean {
  for (let start = 0; start < list.length; start++) {
    let run = '';
    for (let end = start; end < list.length; end++) {
      run += list[end];
      if (run.length > longest) break;
      if (forms.has(run)) return true;
    }
  }
  return false;
}

/** Tells whether a text mentions one of the values it was compiled for. */
export type StudentMatcher = (text: string) => boolean;

/**
 * A matcher for a list of student values (names, ids, klas codes), compiled once: the squeezed
 * values for substring matching and the name forms for whole-word matching.
 */
export function compileStudentMatcher(values: readonly string[]): StudentMatcher {
  const squeezed = [...new Set(values.map(squeeze).filter((v) => v.length >= MIN_VALUE))];
  const forms = new Set(values.filter(looksLikeName).flatMap(nameForms));
  const longest = Array.from(forms).reduce((most, form) => Math.max(most, form.length), 0);
  const mentions = (text: string): boolean => {
    const flat = squeeze(text);
    if (squeezed.some((v) => flat.includes(v))) return true;
    return forms.size > 0 && hasWordRun(words(text), forms, longest);
  };
  return (text) => mentions(text) || (text.includes('%') && mentions(safeDecode(text)));
}

const CACHE_SIZE = 32;
const compiled = new Map<string, StudentMatcher>();

/** The matcher for `values`, from a small cache keyed by their content (the same list is checked against many tokens). */
function matcherFor(values: readonly string[]): StudentMatcher {
  const key = values.join('\u0000');
  const hit = compiled.get(key);
  if (hit) return hit;
  const matcher = compileStudentMatcher(values);
  if (compiled.size >= CACHE_SIZE) compiled.delete(compiled.keys().next().value ?? '');
  compiled.set(key, matcher);
  return matcher;
}

/** True when `text` carries any of `values` (names, ids, klas codes) in any form (see the module comment). */
export function mentionsStudent(text: string, values: readonly string[]): boolean {
  return values.length > 0 && matcherFor(values)(text);
}
