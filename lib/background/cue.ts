import { studyFromClass } from '../hosts/study';
import type { PageSummary } from '../hosts/summary';
import { type CueData, type StudentRef, studentKey } from '../messages';
import { rankPrompts } from '../prompts/engine';
import type { Trigger } from '../prompts/schema';
import { subjectIdFor } from '../prompts/subjects';
import { type CardDeps, localize, studentHistory, studyContext } from './card';

/** One prompt for a grading cue: this subject, this result relative to the student's own average. */
export async function cueData(
  deps: CardDeps,
  ref: StudentRef,
  page: PageSummary | null,
  request: { klas?: string; trigger: Trigger },
): Promise<CueData> {
  const date = deps.now();
  const study = studyFromClass(request.klas);
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
      ...studyContext(study),
      ...(subject ? { subject } : {}),
    },
    history: await studentHistory(deps.db, ref, deps.momentTypes),
    date,
    seed: 'cue',
    limit: 1,
  });
  return {
    prompt: best
      ? {
          id: best.prompt.id,
          text: localize(best.prompt.text, deps.language()),
          why: localize(best.reason, deps.language()),
          competences: best.prompt.competences,
        }
      : null,
    moments: deps.momentTypes.map((m) => ({ id: m.id, label: localize(m.label, deps.language()) })),
  };
}
