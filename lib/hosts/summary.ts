import type { SchoolType } from '../prompts/schema';
import type { PageContext } from './context';

/** The serialisable part of a page context that crosses to the background (no DOM, no grades). */
export interface PageSummary {
  profileId: string;
  host: string;
  pageType: PageContext['pageType'];
  student?: {
    id: string;
    name?: string;
    klas?: string;
    studyText?: string;
    schoolType?: SchoolType;
    year?: number;
  };
  subject?: string;
  rowCount: number;
}

export function summarize(context: PageContext): PageSummary {
  const s = context.student;
  return {
    profileId: context.profileId,
    host: context.host,
    pageType: context.pageType,
    rowCount: context.rows.length,
    ...(context.subject ? { subject: context.subject } : {}),
    ...(s
      ? {
          student: {
            id: s.id,
            ...(s.name ? { name: s.name } : {}),
            ...(s.klas ? { klas: s.klas } : {}),
            ...(s.studyText ? { studyText: s.studyText } : {}),
            ...(s.study ? { schoolType: s.study.schoolType } : {}),
            ...(s.study?.year ? { year: s.study.year } : {}),
          },
        }
      : {}),
  };
}
