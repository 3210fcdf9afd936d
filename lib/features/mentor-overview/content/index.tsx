import { render } from 'preact';
import { defineFeature } from '../../define';
import { cardCss } from '../../shared/card-css';
import { mountShadowHost } from '../../shared/mount';
import type { OverviewData } from '../contract';
import { MentorOverview } from './MentorOverview';

/** The overview's height in the page (px): the same however many students had a moment (issue #31). */
const OVERVIEW_HEIGHT = 150;

/**
 * On the mentor list: which of my students had no note or moment this period (ids out, names from
 * the page). Message `overview/get` (../schemas.ts), answered in ../background.ts.
 */
export const mentorOverview = defineFeature({
  id: 'mentor-overview',
  setting: 'mentorOverview',
  appliesTo: (c) => c.pageType === 'mentorList' && c.rows.length > 0,
  async init(context, signal, { send, privacy }) {
    const ids = context.rows.map((r) => r.id);
    const result: OverviewData = await send({ type: 'overview/get', studentIds: ids });
    if (signal.aborted) return;
    const mounted = mountShadowHost({
      featureId: 'mentor-overview',
      css: cardCss,
      fixedHeight: OVERVIEW_HEIGHT,
      signal,
      into: context.root,
    });
    if (!mounted) return;
    mounted.host.remove();
    context.root.prepend(mounted.host);
    mounted.container.classList.toggle('dark', context.dark);
    const without = new Set(result.withoutMoment);
    const names = context.rows.filter((r) => without.has(r.id)).map((r) => r.name ?? r.id);
    const draw = () =>
      render(
        <MentorOverview names={names} total={ids.length} since={result.periodStart} blurred={privacy.blurred()} />,
        mounted.container,
      );
    draw();
    privacy.subscribe(draw, signal);
    signal.addEventListener('abort', () => render(null, mounted.container), { once: true });
  },
});

/** The overview and its styles, for the in-page preview page (entrypoints/inpage-preview). */
export { MentorOverview };
