import type { AnswerDeps } from '../../background/deps';
import { dataChanged, defineRequest } from '../../background/requests';
import { pageOfSender } from '../../background/router';
import { AppError } from '../../core/errors';
import { localize } from '../../core/localize';
import { type StudentRef, studentKey } from '../../core/student';
import { studentWithFacts } from '../../core/student-context';
import { readFacts } from '../../db/facts';
import { doubtLasts, studentHistory } from '../../db/history';
import { addMoment } from '../../db/queries';
import type { PageSummary, Request } from '../../messages/schema';
import { cueContext } from '../../prompts/contexts';
import { rankPrompts } from '../../prompts/engine';
import { promptView } from '../../prompts/prompt-view';
import { subjectIdFor } from '../../prompts/subject-match';
import { suggestReferrals } from '../../referrals/suggest';
import type { CueData } from './contract';

/**
 * One prompt for a grading cue (feature grading-cue): this subject, this result relative to the
 * student's own average, the study the row's class name told.
 */
async function cueData(
  deps: AnswerDeps,
  ref: StudentRef,
  page: PageSummary | null,
  request: Pick<Extract<Request, { type: 'cue/get' }>, 'study' | 'klas' | 'trigger'>,
): Promise<CueData> {
  const subject = page?.subject ? subjectIdFor(page.subject, deps.subjects) : undefined;
  const facts = await readFacts(deps.db, ref);
  const student = studentWithFacts(request.study, facts);
  // The first lijn-1/2 role the grade-entry rules point to for this result (never a care role here).
  const [referral] = suggestReferrals({
    roles: deps.referralRoles,
    services: [],
    rules: deps.referralRules,
    directory: deps.directory(),
    vocabulary: deps.vocabulary(),
    places: ['gradeEntry'],
    trigger: request.trigger,
    // Again below the student's own usual within weeks of a contact: the doubt lasts, for the decaan.
    lasting: request.trigger === 'belowUsual' && (await doubtLasts(deps.db, ref, deps.now())),
    language: deps.language(),
    ...(student.schoolType ? { schoolType: student.schoolType } : {}),
    ...(student.routes ? { routes: student.routes } : {}),
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

/** What the background answers for the cues: only about a student the sender's own tab shows. */
export const gradingCueRequests = [
  defineRequest({
    type: 'cue/get',
    from: 'content',
    handle: async (deps, request, sender) =>
      cueData(deps, request.student, await pageOfSender(deps, sender, request.student), request),
  }),
  /** "Je doet het al": a moment logged from the cue (with the name the page shows, kept if none is known). */
  defineRequest({
    type: 'moment/add',
    from: 'content',
    writes: true,
    async handle(deps, request, sender) {
      await pageOfSender(deps, sender, request.student);
      if (!deps.momentTypes.some((m) => m.id === request.momentType)) throw new AppError('invalid');
      await addMoment(deps.db, request.student, request.momentType, deps.now(), deps.newId, undefined, request.name);
      dataChanged(deps, studentKey(request.student));
      return null;
    },
  }),
  /** "Vandaag niet meer bij deze klas", "Weer tonen": kept by the background, never by the page's side. */
  defineRequest({
    type: 'cue/settings',
    from: 'content',
    async handle(deps, request) {
      await deps.saveCueSettings(request.settings);
      return null;
    },
  }),
  /** A press that did not count (not seen): kept for the side panel of this tab to offer, nothing written. */
  defineRequest({
    type: 'moment/suggest',
    from: 'content',
    async handle(deps, request, sender) {
      await pageOfSender(deps, sender, request.student);
      if (!deps.momentTypes.some((m) => m.id === request.momentType)) throw new AppError('invalid');
      await deps.suggestions.add({
        id: deps.newId(),
        tabId: sender.tabId as number,
        student: request.student,
        momentType: request.momentType,
        ...(request.name ? { name: request.name } : {}),
      });
      deps.notify({ type: 'tab/changed', tabId: sender.tabId as number });
      return null;
    },
  }),
];
