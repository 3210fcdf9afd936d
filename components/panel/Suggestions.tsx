import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/translate';
import type { SuggestionView } from '../../lib/messages/schema';
import type { PanelApi } from './api';
import { Private } from './Private';

/** "Ja" writes the moment, "Nee" drops it; each button is named with the whole question. */
const ANSWERS = [
  { accept: true, label: 'panel.yes', name: 'panel.suggestionYes' },
  { accept: false, label: 'panel.no', name: 'panel.suggestionNo' },
] as const;

/**
 * In-page presses in the followed tab that did not count because our control may not have been seen
 * (the page hid or covered it: lib/features/shared/seen.ts). Nothing was written; the teacher
 * confirms each here ("Ja" writes it) or drops it ("Nee"). Shown whatever student the panel shows.
 */
export function Suggestions({ api }: { api: PanelApi }) {
  const [suggestions, setSuggestions] = useState<SuggestionView[]>([]);
  const [error, setError] = useState<string | undefined>(undefined);
  const reload = useCallback(() => {
    api.suggestions().then(setSuggestions, () => setSuggestions([]));
  }, [api]);
  useEffect(() => {
    reload();
    return api.subscribe(reload);
  }, [api, reload]);
  if (suggestions.length === 0) return null;
  const answer = (id: string, accept: boolean) =>
    void api
      .answerSuggestion(id, accept)
      .then(
        () => setError(undefined),
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      )
      .finally(reload);
  return (
    <section class="suggestions" aria-labelledby="lob-suggestions">
      <h2 id="lob-suggestions">{t('panel.suggestionsTitle')}</h2>
      <p class="muted">{t('panel.suggestionsWhy')}</p>
      <ul>
        {suggestions.map((s) => (
          <Suggestion key={s.id} suggestion={s} onAnswer={(accept) => answer(s.id, accept)} />
        ))}
      </ul>
      {error && (
        <p class="status error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function Suggestion({ suggestion, onAnswer }: { suggestion: SuggestionView; onAnswer: (accept: boolean) => void }) {
  const question = t('panel.suggestion', { moment: suggestion.label, name: suggestion.name });
  return (
    <li>
      <p>
        <Private>{question}</Private>
      </p>
      {ANSWERS.map(({ accept, label, name }) => (
        <button
          key={label}
          type="button"
          class={accept ? 'btn small primary' : 'btn small'}
          aria-label={t(name, { question })}
          onClick={() => onAnswer(accept)}
        >
          {t(label)}
        </button>
      ))}
    </li>
  );
}
