import { useState } from 'preact/hooks';
import { t } from '../../../i18n/translate';
import type { CardPrompt } from '../../../messages/schema';
import { CompetenceLens } from '../../../ui/CompetenceLens';
import { formatDate } from '../../../ui/labels';
import { onlyTrusted } from '../../shared/trusted';
import type { CardData } from '../contract';

export type CardState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; data: CardData };

function PromptItem({ prompt }: { prompt: CardPrompt }) {
  const [open, setOpen] = useState(false);
  const whyId = `lob-why-${prompt.id}`;
  return (
    <li class="prompt">
      <p class="prompt-text">{prompt.text}</p>
      <button type="button" class="link" aria-expanded={open} aria-controls={whyId} onClick={onlyTrusted(() => setOpen(!open))}>
        {t('card.why')}
      </button>
      <p id={whyId} class="why" hidden={!open}>
        {prompt.why}
      </p>
    </li>
  );
}

/**
 * The inline card beside a student record: 1–3 prompts, the competence lens, the last contact. With
 * the privacy blur on, none of it is rendered (not the name, nor anything derived from the notes).
 */
export function StudentCard({ name, state, blurred = false }: { name: string; state: CardState; blurred?: boolean }) {
  if (blurred)
    return (
      <section class="card" aria-label={t('card.region')}>
        <h2 class="title">{t('card.titleHidden')}</h2>
        <p class="muted">{t('card.hidden')}</p>
      </section>
    );
  return (
    <section class="card" aria-label={t('card.region')}>
      <h2 class="title">{t('card.title', { name })}</h2>
      {state.status === 'loading' && (
        <p class="muted" aria-busy="true">
          …
        </p>
      )}
      {state.status === 'error' && <p class="muted">{t('card.unavailable')}</p>}
      {state.status === 'ready' && (
        <>
          <ul class="prompts">
            {state.data.prompts.map((p) => (
              <PromptItem key={p.id} prompt={p} />
            ))}
          </ul>
          <CompetenceLens counts={state.data.lens} />
          <p class="muted last-contact">
            {state.data.lastContact ? t('card.lastContact', { date: formatDate(state.data.lastContact) }) : t('card.noContact')}
          </p>
        </>
      )}
    </section>
  );
}
