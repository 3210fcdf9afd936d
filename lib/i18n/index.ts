import type { Language, Vocabulary } from '../core/domain';
import { en } from './en';
import { type MessageKey, nl } from './nl';
import { DEFAULT_VOCABULARY } from './vocabulary';

export type { Language, MessageKey };

const dictionaries: Record<Language, Record<MessageKey, string>> = { nl, en };

/** Dutch first: English only when the teacher chose English (a setting), never by guessing. */
export function pickLanguage(setting: unknown): Language {
  return setting === 'en' ? 'en' : 'nl';
}

let current: Language = 'nl';

const DEFAULT_WORDS: Record<Language, Vocabulary> = DEFAULT_VOCABULARY;

export function setLanguage(language: Language): void {
  current = language;
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
  return format(dictionaries[current][key], { ...DEFAULT_WORDS[current], ...vocabulary, ...params });
}
