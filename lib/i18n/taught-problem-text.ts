import type { PageType } from '../core/domain';
import type { TaughtPageProblem } from '../core/taught-problem';
import { type MessageKey, t } from './translate';

/** A kind of page in the teacher's words ("Leerlingkaart (één leerling)"); an unknown one as it is. */
const PAGE_NAMES: Record<PageType, MessageKey> = {
  studentRecord: 'teach.kind.studentRecord',
  gradeEntry: 'teach.kind.gradeEntry',
  mentorList: 'teach.kind.mentorList',
  logboek: 'teach.page.logboek',
  absence: 'teach.page.absence',
};

export function pageTypeName(type: string): string {
  const key = PAGE_NAMES[type as PageType] as MessageKey | undefined;
  return key ? t(key) : type;
}

/** Why a taught page is not kept (or not exported), in words a teacher can act on. */
export function taughtProblemText(problem: TaughtPageProblem): string {
  if (problem.code === 'studentData') return t('teach.problem.studentData');
  const { conflict } = problem;
  if (conflict.reason === 'otherPage') return t('teach.problem.otherPage', { page: pageTypeName(conflict.pageType) });
  return t(`teach.problem.${conflict.reason}`);
}
