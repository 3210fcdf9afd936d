import { PLACEMENT_FACT_DAYS, PLACEMENT_PHASES, type PlacementPhase } from '../../lib/core/placement';
import { type MessageKey, t } from '../../lib/i18n/translate';
import type { PanelData } from '../../lib/messages/schema';
import { formatDate } from '../../lib/ui/labels';
import { FactStatus, useFactSetter } from './fact-status';

/**
 * "Stage": for an mbo (bol) student, where the student stands in the work placement. Questions for
 * before or after the stage are asked only when this is known: from the school's bpv periods, or as
 * the mentor sets it here for this student (it holds for some weeks, then the mentor is asked again).
 * Kept on this computer only, with the student's other facts.
 */
export function PlacementFact({
  placement,
  onSet,
}: {
  placement: NonNullable<PanelData['placement']>;
  onSet: (phase: PlacementPhase | null) => Promise<void>;
}) {
  const { status, set } = useFactSetter(onSet, (phase: PlacementPhase | null) =>
    phase ? t('placement.saved', { phase: phaseLabel(phase) }) : t('placement.cleared'),
  );
  const { fromCalendar, set: given } = placement;
  return (
    <section class="study-fact" aria-labelledby="lob-placement-fact" data-part="placement">
      <h3 id="lob-placement-fact">{t('placement.title')}</h3>
      {fromCalendar && !given && <p class="muted">{t('placement.fromCalendar', { phase: phaseLabel(fromCalendar) })}</p>}
      {!fromCalendar && !given && <p class="muted">{t('placement.why', { days: PLACEMENT_FACT_DAYS })}</p>}
      {given && <p class="muted">{t('placement.setOn', { date: formatDate(given.setOn) })}</p>}
      <div class="row">
        <label for="lob-placement">{t('placement.label')}</label>
        <select
          id="lob-placement"
          value={given?.phase ?? ''}
          onChange={(e) => void set((e.currentTarget.value || null) as PlacementPhase | null)}
        >
          <option value="">{t('placement.none')}</option>
          {PLACEMENT_PHASES.map((phase) => (
            <option key={phase} value={phase}>
              {phaseLabel(phase)}
            </option>
          ))}
        </select>
      </div>
      <FactStatus status={status} />
    </section>
  );
}

const phaseLabel = (phase: PlacementPhase) => t(`placement.phase.${phase}` as MessageKey);
