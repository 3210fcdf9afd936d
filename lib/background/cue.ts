import type { Vocabulary } from '../core/domain';
import { localize } from '../core/localize';
import { type StudentRef, studentKey } from '../core/student';
import { studentContext } from '../core/student-context';
import type { CueData, PageSummary, Request } from '../messages/schema';
import { cueContext } from '../prompts/contexts';
import { rankPrompts } from '../prompts/engine';
import { subjectIdFor } from '../prompts/subject-match';
import type { PublicService, ReferralRole, ReferralRule } from '../referrals/schema';
import { type DirectoryEntry, suggestReferrals } from '../referrals/suggest';
import type { CardDeps } from './card';
import { studentHistory } from './history';
import { promptView } from './prompt-view';

/**
 * One prompt for a grading cue (feature grading-cue): this subject, this result relative to the
 * student's own average, the study the row's class name told.
 */
export interface CueDeps extends CardDeps {
  referralRoles: readonly ReferralRole[];
  publicServices: readonly PublicService[];
  referralRules: readonly ReferralRule[];
  directory: () => readonly DirectoryEntry[];
  vocabulary: () => Vocabulary;
}

export async function cueData(
  deps: CueDeps,
  ref: StudentRef,
  page: PageSummary | null,
  request: Pick<Extract<Request, { type: 'cue/get' }>, 'study' | 'klas' | 'trigger'>,
): Promise<CueData> {
  const subject = page?.subject ? subjectIdFor(page.subject, deps.subjects) : undefined;
  const student = studentContext(request.study);
  // The first lijn-1/2 role the grade-entry rules point to for this result (never a care role here).
  const [referral] = suggestReferrals({
    roles: deps.referralRoles,
    services: [],
    rules: deps.referralRules,
    directory: deps.directory(),
    vocabulary: deps.vocabulary(),
    places: ['gradeEntry'],
    trigger: request.trigger,
    language: deps.language(),
    ...(student.schoolType ? { schoolType: student.schoolType } : {}),
  }).filter((r) => !r.care && r.line !== null);
  const [best] = rankPrompts({
    library: deps.library(),
    policy: deps.enginePolicy(),
    context: {
      ...cueContext(student, studentKey(ref), request.trigger, subject),
      ...(request.klas ? { klas: request.klas } : {}),
    },
    history: await studentHistory(deps.db, ref, deps.momentTypes),
    date: deps.now(),
    seed: 'cue',
    limit: 1,
  });
  return {
    prompt: best ? promptView(best, deps.language()) : null,
    referral: referral ? { title: referral.title, when: referral.when } : null,
    moments: deps.momentTypes.map((m) => ({ id: m.id, label: localize(m.label, deps.language()) })),
  };
}
