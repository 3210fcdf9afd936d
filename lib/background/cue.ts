import type { SchoolType, Trigger } from '../core/domain';
import { localize } from '../core/localize';
import { type StudentRef, studentKey } from '../core/student';
import { studyContext } from '../core/study';
import type { CueData, PageSummary } from '../messages/schema';
import { rankPrompts } from '../prompts/engine';
import { subjectIdFor } from '../prompts/subject-match';
import type { CardDeps } from './card';
import { studentHistory } from './history';
import { promptView } from './prompt-view';

/**
 * One prompt for a grading cue (feature grading-cue): this subject, this result relative to the
 * student's own average, the study the row's class name told.
 */
export async function cueData(
  deps: CardDeps,
  ref: StudentRef,
  page: PageSummary | null,
  request: { study?: { schoolType: SchoolType; year?: number }; trigger: Trigger },
): Promise<CueData> {
  const subject = page?.subject ? subjectIdFor(page.subject, deps.subjects) : undefined;
  const [best] = rankPrompts({
    library: deps.library(),
    policy: deps.enginePolicy(),
    context: {
      place: 'gradeEntry',
      role: 'vakdocent',
      studentKey: studentKey(ref),
      trigger: request.trigger,
      families: ['vakdocent'],
      ...studyContext(request.study),
      ...(subject ? { subject } : {}),
    },
    history: await studentHistory(deps.db, ref, deps.momentTypes),
    date: deps.now(),
    seed: 'cue',
    limit: 1,
  });
  return {
    prompt: best ? promptView(best, deps.language()) : null,
    moments: deps.momentTypes.map((m) => ({ id: m.id, label: localize(m.label, deps.language()) })),
  };
}
