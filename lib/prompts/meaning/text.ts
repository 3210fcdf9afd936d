import type { Sentence } from './types';

/**
 * Text helpers for the meaning rules: folding (case, diacritics, quotes), sentences, and small
 * pattern builders so that every rule reads as the structure it looks for.
 */

/** Lower case without diacritics ("é" → "e", "ö" → "o"); curly quotes made straight; one space between words. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentences of a text: split after . ? ! followed by a space (never inside a number like 5,5 or 1.5). */
export function sentences(text: string): Sentence[] {
  return text
    .split(/(?<=[.?!])\s+/u)
    .map((raw) => raw.trim())
    .filter((raw) => raw !== '')
    .map((raw) => ({ raw, folded: fold(raw), question: /\?\s*["')]*$/u.test(raw) }));
}

/**
 * A whole-word pattern from a template: `YOU` = the student addressed (je, jij, jou, jouw, jezelf, u,
 * uw), `^` = the start of a sentence or of a part after : ; or a comma, `W` = any one word, `W{0,3}` = up to three words, `NUM` = a number (digits or a number word).
 */
export function words(template: string): RegExp {
  const body = template
    .replace(/(^|\|)\^/g, '$1(?:^|[:;,] )')
    .replace(/\bYOU\b/g, '(?:je|jij|jou|jouw|jezelf|u|uw)')
    .replace(/\bW\{(\d+),(\d+)\}/g, "(?:[\\w'-]+ ){$1,$2}")
    .replace(/\bW\b/g, "[\\w'-]+")
    .replace(/\bNUM\b/g, '(?:\\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)');
  return new RegExp(`(?<![\\w'-])(?:${body})(?![\\w-])`, 'u');
}

/** The first match of any pattern in the text, as a string. */
export function first(text: string, patterns: readonly RegExp[]): string | undefined {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/**
 * The clauses a question states before it asks: the parts before a semicolon or a colon, each as a
 * statement ("Het vwo is niks voor jou; welke havo-richting kies je?" states "het vwo is niks voor jou").
 */
export function statedClauses(sentence: Sentence): Sentence[] {
  if (!sentence.question) return [];
  const parts = sentence.folded.split(/\s*[;:]\s+/u);
  return parts.slice(0, -1).map((folded) => ({ raw: folded, folded, question: false }));
}
