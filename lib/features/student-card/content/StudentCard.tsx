import { useState } from 'preact/hooks';
import { formatShortcut, isMacPlatform } from '../../../core/shortcuts';
import { t } from '../../../i18n/translate';
import type { CardPrompt } from '../../../messages/schema';
import { CompetenceLens } from '../../../ui/CompetenceLens';
import { formatDate } from '../../../ui/labels';
import { onlyTrusted } from '../../shared/trusted';
import type { CardData, PanelOpening } from '../contract';

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

/** What the card says after "Open in zijpaneel": it opened, or how the teacher opens it. */
function panelMessage(answer: PanelOpening | null): string {
  if (answer?.opened) return t('card.panelOpened');
  const keys = answer ? formatShortcut(answer.shortcut, isMacPlatform(globalThis.navigator)) : '';
  return keys ? t('card.panelHow', { keys }) : t('card.panelHowNoKey');
}

/**
 * "Open in zijpaneel": asks the background to open the side panel for this card's student (where the
 * browser allows it from a click in the page) and says in a status line what happened or how to open
 * it. Only a real click or key press acts (the school page's scripts cannot press it).
 */
function OpenPanel({ onOpen }: { onOpen: () => Promise<PanelOpening> }) {
  const [message, setMessage] = useState('');
  const open = () =>
    void onOpen().then(
      (answer) => setMessage(panelMessage(answer)),
      () => setMessage(panelMessage(null)),
    );
  return (
    <div class="open-panel">
      <button type="button" class="btn small" onClick={onlyTrusted(open)}>
        {t('card.openPanel')}
      </button>
      <p class="muted panel-status" role="status">
        {message}
      </p>
    </div>
  );
}

/**
 * The inline card beside a student record: 1–3 prompts, the competence lens, the last contact. With
 * the privacy blur on, none of it is rendered (not the name, nor anything derived from the notes).
 */
export function StudentCard({
  name,
  state,
  blurred = false,
  onOpenPanel,
}: {
  name: string;
  state: CardState;
  blurred?: boolean;
  /** "Open in zijpaneel" (no control without it, as in the preview page). */
  onOpenPanel?: () => Promise<PanelOpening>;
}) {
  const openPanel = onOpenPanel && <OpenPanel onOpen={onOpenPanel} />;
  if (blurred)
    return (
      <section class="card" aria-label={t('card.region')}>
        <div class="card-body">
          <h2 class="title">{t('card.titleHidden')}</h2>
          <p class="muted">{t('card.hidden')}</p>
        </div>
        {openPanel}
      </section>
    );
  return (
    <section class="card" aria-label={t('card.region')}>
      {/* The body scrolls inside the card's fixed box; "Open in zijpaneel" stays at its foot. */}
      <div class="card-body">
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
      </div>
      {openPanel}
    </section>
  );
}
