import { useState } from 'preact/hooks';
import { STEPS, type Step } from '../../lib/core/domain';
import { type MessageKey, t } from '../../lib/i18n/translate';
import type { CardPrompt, PanelData } from '../../lib/messages/schema';
import { CompetenceLens } from '../../lib/ui/CompetenceLens';

function StepPrompts({
  step,
  prompts,
  used,
  onUse,
}: {
  step: Step;
  prompts: CardPrompt[];
  used: string[];
  onUse: (p: CardPrompt) => void;
}) {
  const [index, setIndex] = useState(0);
  const [why, setWhy] = useState(false);
  const prompt = prompts.length ? prompts[index % prompts.length] : undefined;
  const headingId = `step-${step}`;
  return (
    <section class="step" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`panel.step.${step}` as MessageKey)}</h3>
      {prompt ? (
        <>
          <p class="prompt-text">{prompt.text}</p>
          <div class="step-controls">
            <button type="button" class="btn small" aria-pressed={used.includes(prompt.id)} onClick={() => onUse(prompt)}>
              {used.includes(prompt.id) && <span aria-hidden="true">✓ </span>}
              {t('panel.usePrompt')}
            </button>
            <button
              type="button"
              class="btn small quiet"
              onClick={() => {
                setIndex(index + 1);
                setWhy(false);
              }}
              disabled={prompts.length < 2}
            >
              {t('panel.otherPrompt')}
            </button>
            <button type="button" class="link" aria-expanded={why} onClick={() => setWhy(!why)}>
              {t('card.why')}
            </button>
          </div>
          {why && <p class="why">{prompt.why}</p>}
        </>
      ) : (
        <p class="muted">{t('panel.noPrompt')}</p>
      )}
    </section>
  );
}

/** Questions for another conversation (the teacher's own lens, an oudergesprek, a trialoog), on demand. */
function OtherConversation({ title, className, questions }: { title: string; className: string; questions: string[] }) {
  if (questions.length === 0) return null;
  return (
    <details class={className}>
      <summary>{title}</summary>
      <ul>
        {questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
    </details>
  );
}

/** Background for the mentor, on demand: one short card per topic, each opened by itself. */
function Background({ cards }: { cards: PanelData['knowledge'] }) {
  if (cards.length === 0) return null;
  return (
    <section class="background" aria-label={t('panel.background')}>
      {/* Folded at first: in a narrow panel the conversation stays the main thing. */}
      <details class="background-list">
        <summary>
          <h3>{t('panel.background')}</h3>
        </summary>
        {cards.map((card) => (
          <details key={card.id} class="knowledge">
            <summary>{card.title}</summary>
            {card.body.split(/\n\n+/).map((paragraph) => (
              <p key={paragraph.slice(0, 40)}>{paragraph}</p>
            ))}
          </details>
        ))}
      </details>
    </section>
  );
}

/** The loopbaangesprek in four steps, a stance line and the competence lens (counts, never a score). */
export function Guide({
  data,
  conversation,
  used,
  onUse,
}: {
  data: PanelData;
  conversation: string;
  used: string[];
  onUse: (p: CardPrompt) => void;
}) {
  return (
    <section class="guide part" data-part="guide" aria-label={t('panel.guide', { conversation })}>
      <h2>{t('panel.guide', { conversation })}</h2>
      {data.stance[0] && (
        <p class="stance">
          <strong>{t('panel.stance')}: </strong>
          {data.stance[0]}
        </p>
      )}
      {STEPS.map((step) => (
        <StepPrompts key={step} step={step} prompts={data.guide[step]} used={used} onUse={onUse} />
      ))}
      <CompetenceLens counts={data.lens} />
      <OtherConversation title={t('panel.ownLens')} className="own-lens" questions={data.ownLens} />
      <OtherConversation title={t('panel.parentsTalk')} className="parents-talk" questions={data.parents.map((p) => p.text)} />
      <OtherConversation
        title={t('panel.workplaceTalk')}
        className="workplace-talk"
        questions={data.workplace.map((p) => p.text)}
      />
      <Background cards={data.knowledge} />
    </section>
  );
}
