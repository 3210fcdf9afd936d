import { COMPETENCES } from '../core/domain';
import { STRING_TABLES } from '../i18n/tables';
import { pickLanguage } from '../i18n/translate';
import type { AppConfig } from './app-config';
import { applyWords, type UiWords } from './words';

/** The words of a configuration: the teacher's language, the school's vocabulary and competence labels. */
export function wordsFor(config: AppConfig): UiWords {
  const language = pickLanguage(config.settings.language);
  return {
    language,
    strings: STRING_TABLES[language],
    vocabulary: config.effective.vocabulary,
    competenceLabels: Object.fromEntries(
      COMPETENCES.map((c) => [c, config.effective.competences[c].label]),
    ) as UiWords['competenceLabels'],
  };
}

/** Makes every UI speak the school's words and the teacher's language. */
export function applyConfigToUi(config: AppConfig): void {
  applyWords(wordsFor(config));
}
