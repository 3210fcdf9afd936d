import { COMPETENCES, type Competence } from '../core/domain';
import { t } from '../i18n/translate';
import { competenceLabel } from './labels';

/**
 * Which competences recent conversations touched: counts as chips, never a score. Without any
 * history it is one quiet line instead of five chips that all say 0.
 */
export function CompetenceLens({ counts }: { counts: Record<Competence, number> }) {
  if (!COMPETENCES.some((c) => counts[c] > 0)) return <p class="lens-title lens-none">{t('card.lensNone')}</p>;
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
