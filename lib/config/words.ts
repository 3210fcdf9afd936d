import type { Competence, Language, Vocabulary } from '../core/domain';
import { setCompetenceLabels } from '../i18n/competences';
import { type Strings, setStrings, setVocabulary } from '../i18n/translate';

/** Everything a UI needs to speak the teacher's language in the school's words. */
export interface UiWords {
  language: Language;
  /** The string table of that language only. */
  strings: Strings;
  vocabulary: Vocabulary;
  competenceLabels: Record<Competence, string>;
}

export function applyWords(words: UiWords): void {
  setStrings(words.language, words.strings);
  setVocabulary(words.vocabulary);
  setCompetenceLabels(words.competenceLabels);
}
