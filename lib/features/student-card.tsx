import { render } from 'preact';
import { cardCss } from '../../components/card-css';
import { type CardState, StudentCard } from '../../components/StudentCard';
import type { PageContext } from '../hosts/context';
import type { CardData, StudentRef } from '../messages';
import type { Feature } from './feature';
import { mountShadowHost } from './mount';

export const STUDENT_CARD = 'student-card';

/** The inline card beside the student record. Gets only what it displays from the background. */
export function createStudentCard(loadCard: (ref: StudentRef) => Promise<CardData>): Feature {
  return {
    id: STUDENT_CARD,
    appliesTo: (c: PageContext) => c.pageType === 'studentRecord' && c.student !== undefined,
    async init(context, signal) {
      const student = context.student;
      if (!student) return;
      const mounted = mountShadowHost({
        featureId: STUDENT_CARD,
        studentId: student.id,
        css: cardCss,
        signal,
        ...(context.anchor ? { after: context.anchor } : { into: context.root }),
      });
      if (!mounted) return;
      mounted.container.classList.toggle('dark', context.dark);
      const name = student.name ?? student.id;
      const show = (state: CardState) => {
        if (!signal.aborted) render(<StudentCard name={name} state={state} />, mounted.container);
      };
      signal.addEventListener('abort', () => render(null, mounted.container), { once: true });
      show({ status: 'loading' });
      try {
        show({ status: 'ready', data: await loadCard({ host: context.host, id: student.id }) });
      } catch {
        show({ status: 'error' });
      }
    },
  };
}
