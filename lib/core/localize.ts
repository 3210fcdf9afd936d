import type { Language, Localized } from './domain';

/** The text in the UI language, Dutch when there is no translation. */
export function localize(text: Localized, language: Language): string {
  return language === 'en' ? (text.en ?? text.nl) : text.nl;
}
