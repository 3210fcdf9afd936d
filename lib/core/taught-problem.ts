import type { PageType } from './domain';

/**
 * Why a taught (or confirmed) page is not kept or not exported, as codes (the words are in
 * lib/i18n/taught-problem-text.ts):
 * - `studentData`: a student's name or number in any form;
 * - `route`: the route would take over the host's root (`root`), the app's shell (`shell`), pages of
 *   another type (`otherPage`), or it names nothing of its own (`tooBroad`).
 */
export type RouteConflict = { reason: 'root' | 'shell' | 'tooBroad' } | { reason: 'otherPage'; pageType: PageType };

export type TaughtPageProblem = { code: 'studentData' } | { code: 'route'; conflict: RouteConflict };
