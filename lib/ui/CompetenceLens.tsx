import { COMPETENCES, type Competence } from '../core/domain';
import { t } from '../i18n/translate';
import { competenceLabel } from './labels';

/** Which competences recent conversations touched: counts as chips, never a score. */
export function CompetenceLens({ counts }: { counts: Record<Competence, number> }) {
  return (
    <div class="lens">
      <p class="lens-title" id="lob-lens-title">
        {t('card.lens')}
      </p>
      <ul class="chips" aria-labelledby="lob-lens-title">
        {COMPETENCES.map((c) => (
          <li key={c} class={counts[c] > 0 ? 'chip touched' : 'chip'}>
            {competenceLabel(c)} <span class="count">{counts[c]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
