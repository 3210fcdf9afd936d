/**
 * Pure helpers for building demo markup as strings. No DOM use: works in Node and browsers.
 */

/** @type {Record<string, string>} */
const ESCAPES = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escape text for use in element content and in double-quoted attribute values.
 * @param {unknown} value
 * @returns {string}
 */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * Tagged template that escapes every interpolated value unless it is wrapped with `raw()`.
 * Arrays are joined (each element escaped unless raw).
 * @param {TemplateStringsArray} strings
 * @param {...unknown} values
 * @returns {string}
 */
export function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) {
    out += toHtml(values[i]) + strings[i + 1];
  }
  return out;
}

class RawHtml {
  /** @param {string} value */
  constructor(value) {
    this.value = value;
  }
}

/**
 * Mark an already-built markup string as safe (it will not be escaped again by `html`).
 * @param {string} markup
 * @returns {RawHtml}
 */
export function raw(markup) {
  return new RawHtml(markup);
}

/**
 * @param {unknown} value
 * @returns {string}
 */
function toHtml(value) {
  if (value instanceof RawHtml) return value.value;
  if (Array.isArray(value)) return value.map(toHtml).join('');
  return escapeHtml(value);
}

/**
 * Grade with a decimal comma and one decimal: 7.8 → "7,8", 6 → "6,0".
 * @param {number} cijfer
 * @returns {string}
 */
export function formatGrade(cijfer) {
  return cijfer.toFixed(1).replace('.', ',');
}

/**
 * @param {number} cijfer
 * @returns {boolean}
 */
export function isInsufficient(cijfer) {
  return cijfer < 5.5;
}

/**
 * Weighted average of results, or undefined when there are none.
 * @param {{ cijfer: number, weging: number }[]} results
 * @returns {number | undefined}
 */
export function weightedAverage(results) {
  let sum = 0;
  let weight = 0;
  for (const { cijfer, weging } of results) {
    sum += cijfer * weging;
    weight += weging;
  }
  return weight > 0 ? Math.round((sum / weight) * 10) / 10 : undefined;
}

/**
 * Avatar initials as Somtoday shows them: the first two letters of the first name,
 * upper case ("Mohammed El Amrani" → "MO"). Falls back to "?".
 * @param {string} name
 * @returns {string}
 */
export function initials(name) {
  const letters = (name.trim().split(/\s+/)[0] ?? '').replace(/[^\p{L}]/gu, '');
  return letters.slice(0, 2).toUpperCase() || '?';
}

const MONTHS = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/**
 * "04-11-2026" → "4 nov".
 * @param {string} datum dd-mm-yyyy
 * @returns {string}
 */
export function shortDate(datum) {
  const [d, m] = datum.split('-').map(Number);
  return `${d} ${MONTHS[m - 1] ?? ''}`.trim();
}

/**
 * Results sorted newest first (by dd-mm-yyyy date).
 * @template {{ datum: string }} T
 * @param {T[]} results
 * @returns {T[]}
 */
export function newestFirst(results) {
  const key = (/** @type {string} */ datum) => datum.split('-').reverse().join('');
  return [...results].sort((a, b) => key(b.datum).localeCompare(key(a.datum)));
}

/** A neutral silhouette as an inline SVG data URL (no remote images). */
export const PHOTO_PLACEHOLDER = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#c9d3de"/><circle cx="32" cy="25" r="12" fill="#8a9bb0"/><path d="M10 60c3-13 12-19 22-19s19 6 22 19z" fill="#8a9bb0"/></svg>',
)}`;
