import type { Language } from '../core/domain';
import type { MessageKey } from './nl';
import { DEFAULT_VOCABULARY } from './vocabulary';

/**
 * `t()` without any string table of its own: extension pages install both tables (lib/i18n/tables),
 * the content script only the table of the teacher's language, which the background sends ready in
 * the content configuration (lib/config/content-config). The school page thus carries one language.
 */
export type { Language, MessageKey };
export type Strings = Readonly<Record<MessageKey, string>>;

/** Dutch first: English only when the teacher chose English (a setting), never by guessing. */
export function pickLanguage(setting: unknown): Language {
  return setting === 'en' ? 'en' : 'nl';
}

let current: Language = 'nl';
let strings: Partial<Strings> = {};

/** The active language and its strings (a missing key shows the key itself, so it is noticed). */
export function setStrings(language: Language, table: Partial<Strings>): void {
  current = language;
  strings = table;
}

export function getLanguage(): Language {
  return current;
}

/** Fills {placeholders}; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The school's own words (policy `vocabulary`), filled into {process}, {conversation}, {mentorRole}, … */
let vocabulary: Record<string, string> = {};

export function setVocabulary(words: Record<string, string>): void {
  vocabulary = { ...words };
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return format(strings[key] ?? key, { ...DEFAULT_VOCABULARY[current], ...vocabulary, ...params });
}
