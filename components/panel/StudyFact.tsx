import { STUDY_CHOICE_IDS, STUDY_YEARS, type StudyChoice } from '../../lib/core/study-choice';
import { type MessageKey, t } from '../../lib/i18n/translate';
import type { PanelData } from '../../lib/messages/schema';
import { FactStatus, useFactSetter } from './fact-status';

export interface StudySetting {
  choice: StudyChoice;
  year?: number;
}

/**
 * "Schooltype": where the school page does not tell a student's school type (a class code such as
 * "VG4" means vwo-gymnasium at one school and vmbo-gl at another, so it is not guessed), the mentor
 * sets it once for this student; the card, the cue and the panel then ask questions that fit the
 * route. Kept on this computer only, with the student's other facts.
 */
export function StudyFact({
  study,
  onSet,
}: {
  study: PanelData['study'];
  onSet: (setting: StudySetting | null) => Promise<void>;
}) {
  const { status, set: setFact } = useFactSetter(onSet, (setting: StudySetting | null) =>
    setting ? t('study.saved', { study: studyLabel(setting.choice, setting.year) }) : t('study.cleared'),
  );
  if (study.fromPage) return null;
  const set = (choice: StudyChoice | undefined, year: number | undefined) =>
    setFact(choice ? { choice, ...(year ? { year } : {}) } : null);
  return (
    <section class="study-fact" aria-labelledby="lob-study-fact" data-part="study">
      <h3 id="lob-study-fact">{t('study.title')}</h3>
      {!study.choice && <p class="muted">{t('study.why')}</p>}
      <div class="row">
        <label for="lob-study-type">{t('study.type')}</label>
        <select
          id="lob-study-type"
          value={study.choice ?? ''}
          onChange={(e) => void set((e.currentTarget.value || undefined) as StudyChoice | undefined, study.year)}
        >
          <option value="">{t('study.none')}</option>
          {STUDY_CHOICE_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`study.choice.${id}` as MessageKey)}
            </option>
          ))}
        </select>
        <label for="lob-study-year">{t('study.year')}</label>
        <select
          id="lob-study-year"
          value={study.year ? String(study.year) : ''}
          disabled={!study.choice}
          onChange={(e) => void set(study.choice, Number(e.currentTarget.value) || undefined)}
        >
          <option value="">{t('study.yearNone')}</option>
          {STUDY_YEARS.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <FactStatus status={status} />
    </section>
  );
}

function studyLabel(choice: StudyChoice, year: number | undefined): string {
  const type = t(`study.choice.${choice}` as MessageKey);
  return year ? t('study.withYear', { type, year }) : type;
}
