import { COMPETENCES } from '../core/domain';
import { pickLanguage, setLanguage, setVocabulary } from '../i18n';
import { setCompetenceLabels } from '../i18n/competences';
import type { AppConfig } from './app-config';

/** Makes every UI speak the school's words and the teacher's language. */
export function applyConfigToUi(config: AppConfig): void {
  setLanguage(pickLanguage(config.settings.language));
  setVocabulary({ ...config.effective.vocabulary });
  setCompetenceLabels(Object.fromEntries(COMPETENCES.map((c) => [c, config.effective.competences[c].label])));
}
