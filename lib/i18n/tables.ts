import type { Language } from '../core/domain';
import { en } from './en';
import { nl } from './nl';
import { type Strings, setStrings } from './translate';

/** Both UI languages: for extension pages and the background (the content script gets one, ready). */
export const STRING_TABLES: Record<Language, Strings> = { nl, en };

export function setLanguage(language: Language): void {
  setStrings(language, STRING_TABLES[language]);
}

setLanguage('nl');
