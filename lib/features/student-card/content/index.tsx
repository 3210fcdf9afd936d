import { render } from 'preact';
import { defineFeature } from '../../define';
import { cardCss } from '../../shared/card-css';
import { mountShadowHost } from '../../shared/mount';
import { type CardState, StudentCard } from './StudentCard';

/** The card's height in the page (px): the same for every student, whatever their notes (issue #31). */
const CARD_HEIGHT = 380;

/**
 * The inline card beside the student record: prompts, lens and last contact. Gets only what it
 * displays from the background (message `card/get` in ../schemas.ts, answered in ../background.ts).
 */
export const studentCard = defineFeature({
  id: 'student-card',
  setting: 'studentCard',
  appliesTo: (c) => c.pageType === 'studentRecord' && c.student !== undefined,
  async init(context, signal, { send, privacy }) {
    const student = context.student;
    if (!student) return;
    const mounted = mountShadowHost({
      featureId: 'student-card',
      studentId: student.id,
      css: cardCss,
      fixedHeight: CARD_HEIGHT,
      signal,
      ...(context.anchor ? { after: context.anchor } : { into: context.root }),
    });
    if (!mounted) return;
    mounted.container.classList.toggle('dark', context.dark);
    const name = student.name ?? student.id;
    const ref = { host: context.host, id: student.id };
    // The click's user gesture reaches the background with this message (Chrome opens the panel there).
    const openPanel = () => send({ type: 'card/open-panel', student: ref });
    let shown: CardState = { status: 'loading' };
    const show = (state: CardState) => {
      shown = state;
      if (!signal.aborted)
        render(<StudentCard name={name} state={state} blurred={privacy.blurred()} onOpenPanel={openPanel} />, mounted.container);
    };
    privacy.subscribe(() => show(shown), signal);
    signal.addEventListener('abort', () => render(null, mounted.container), { once: true });
    show({ status: 'loading' });
    try {
      show({ status: 'ready', data: await send({ type: 'card/get', student: ref }) });
    } catch {
      show({ status: 'error' });
    }
  },
});

/** The card and its styles, for the in-page preview page (entrypoints/inpage-preview). */
export { cardCss, StudentCard };
