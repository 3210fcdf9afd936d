import { t } from '../../lib/i18n/translate';
import type { PanelData } from '../../lib/messages/schema';

type Suggestion = NonNullable<PanelData['suggestions']>[number];

/** "Ja" writes the moment, "Nee" drops it; each button is named with the whole question. */
const ANSWERS = [
  { accept: true, label: 'panel.yes', name: 'panel.suggestionYes' },
  { accept: false, label: 'panel.no', name: 'panel.suggestionNo' },
] as const;

/**
 * In-page presses that did not count because our control may not have been seen (the page hid or
 * covered it: lib/features/shared/seen.ts). Nothing was written; the teacher confirms each here
 * ("Ja" writes it) or drops it ("Nee").
 */
export function Suggestions({
  suggestions,
  fallbackName,
  onAnswer,
}: {
  suggestions: readonly Suggestion[];
  fallbackName: string;
  onAnswer: (id: string, accept: boolean) => void;
}) {
  if (suggestions.length === 0) return null;
  return (
    <section class="suggestions" aria-labelledby="lob-suggestions">
      <h3 id="lob-suggestions">{t('panel.suggestionsTitle')}</h3>
      <ul>
        {suggestions.map((s) => {
          const question = t('panel.suggestion', { moment: s.label, name: s.name ?? fallbackName });
          return (
            <li key={s.id}>
              <p>{question}</p>
              {ANSWERS.map(({ accept, label, name }) => (
                <button
                  key={label}
                  type="button"
                  class={accept ? 'btn small primary' : 'btn small'}
                  aria-label={t(name, { question })}
                  onClick={() => onAnswer(s.id, accept)}
                >
                  {t(label)}
                </button>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
