import { defineRequest } from '../../background/requests';
import { AppError } from '../../core/errors';
import { periodStart } from '../../core/period';
import { studentKey } from '../../core/student';
import { studentsWithoutMoment } from '../../db/queries';

/**
 * What the background answers for the overview: which listed students had no loopbaanmoment this
 * period (ids only), and only for ids the sender's own mentor list shows.
 */
export const mentorOverviewRequests = [
  defineRequest({
    type: 'overview/get',
    from: 'content',
    async handle(deps, request, sender) {
      const page = await deps.tabs.get(sender.tabId as number, sender.frameId ?? 0);
      if (page?.pageType !== 'mentorList') throw new AppError('forbidden');
      const listed = new Set(page.rowIds ?? []);
      if (!request.studentIds.every((id) => listed.has(id))) throw new AppError('forbidden');
      const since = periodStart(deps.now());
      const keys = request.studentIds.map((id) => studentKey({ host: page.host, id }));
      const without = new Set(await studentsWithoutMoment(deps.db, keys, since));
      return {
        withoutMoment: request.studentIds.filter((_, i) => without.has(keys[i] as string)),
        periodStart: since.toISOString(),
      };
    },
  }),
];
