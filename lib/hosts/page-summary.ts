import type { PageSummary } from '../messages/schema';
import type { PageContext } from './context';

export type { PageSummary };

/** The serialisable part of a page context that crosses to the background (no DOM, no grades). */
export function summarize(context: PageContext, features?: string[]): PageSummary {
  const s = context.student;
  return {
    profileId: context.profileId,
    host: context.host,
    pageType: context.pageType,
    rowCount: context.rows.length,
    ...(features ? { features } : {}),
    ...(context.rows.length > 0 ? { rowIds: context.rows.slice(0, 5000).map((r) => r.id) } : {}),
    ...(context.subject ? { subject: context.subject } : {}),
    ...(context.group ? { group: context.group } : {}),
    ...(context.title ? { title: context.title.slice(0, 200) } : {}),
    ...(s
      ? {
          student: {
            id: s.id,
            ...(s.name ? { name: s.name } : {}),
            ...(s.klas ? { klas: s.klas } : {}),
            ...(s.studyText ? { studyText: s.studyText } : {}),
            ...(s.study ? { study: s.study } : {}),
            ...(s.absences !== undefined ? { absences: s.absences } : {}),
          },
        }
      : {}),
  };
}
