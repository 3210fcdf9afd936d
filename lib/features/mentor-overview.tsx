import { render } from 'preact';
import { cardCss } from '../../components/card-css';
import { MentorOverview } from '../../components/MentorOverview';
import type { PageContext } from '../hosts/context';
import type { Feature } from './feature';
import { mountShadowHost } from './mount';

export const MENTOR_OVERVIEW = 'mentor-overview';

/** On the mentor list: which of my students had no note or moment this period (ids out, names from the page). */
export function createMentorOverview(
  load: (ids: string[]) => Promise<{ withoutMoment: string[]; periodStart: string }>,
): Feature {
  return {
    id: MENTOR_OVERVIEW,
    appliesTo: (c: PageContext) => c.pageType === 'mentorList' && c.rows.length > 0,
    async init(context, signal) {
      const ids = context.rows.map((r) => r.id);
      const result = await load(ids);
      if (signal.aborted) return;
      const mounted = mountShadowHost({ featureId: MENTOR_OVERVIEW, css: cardCss, signal, into: context.root });
      if (!mounted) return;
      mounted.host.remove();
      context.root.prepend(mounted.host);
      mounted.container.classList.toggle('dark', context.dark);
      const without = new Set(result.withoutMoment);
      const names = context.rows.filter((r) => without.has(r.id)).map((r) => r.name ?? r.id);
      render(<MentorOverview names={names} total={ids.length} since={result.periodStart} />, mounted.container);
      signal.addEventListener('abort', () => render(null, mounted.container), { once: true });
    },
  };
}
