import { pickLanguage, setLanguage, setVocabulary } from '../i18n';
import { setCompetenceLabels } from '../i18n/competences';
import { COMPETENCES } from '../prompts/schema';
import type { AppConfig } from './app-config';

/** Makes every UI speak the school's words and the teacher's language. */
export function applyConfigToUi(config: AppConfig): void {
  setLanguage(pickLanguage(config.settings.language));
  setVocabulary({ ...config.effective.vocabulary });
  setCompetenceLabels(Object.fromEntries(COMPETENCES.map((c) => [c, config.effective.competences[c].label])));
}
