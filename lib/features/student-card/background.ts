import type { AnswerDeps } from '../../background/deps';
import { defineRequest } from '../../background/requests';
import { pageOfSender } from '../../background/router';
import { type StudentRef, studentKey } from '../../core/student';
import { studentContext } from '../../core/student-context';
import { studyWithFacts } from '../../core/study-choice';
import { readFacts } from '../../db/facts';
import { latestDate, recentLens, studentHistory } from '../../db/history';
import type { PageSummary } from '../../messages/schema';
import { cardContext } from '../../prompts/contexts';
import { rankPrompts } from '../../prompts/engine';
import { promptView } from '../../prompts/prompt-view';
import { subjectIdFor } from '../../prompts/subject-match';
import type { CardData } from './contract';

/** Prompts, competence lens (counts) and last contact for the in-page card (feature student-card). No note text. */
export async function cardData(deps: AnswerDeps, ref: StudentRef, page: PageSummary | null): Promise<CardData> {
  const date = deps.now();
  const [history, facts] = await Promise.all([studentHistory(deps.db, ref, deps.momentTypes), readFacts(deps.db, ref)]);
  const subject = page?.subject ? subjectIdFor(page.subject, deps.subjects) : undefined;
  const ranked = rankPrompts({
    library: deps.library(),
    policy: deps.enginePolicy(),
    context: {
      ...cardContext(studentContext(studyWithFacts(page?.student?.study, facts?.study)), studentKey(ref)),
      // On a grade page the card speaks to the vakdocent.
      ...(page?.pageType === 'gradeEntry' ? { place: 'gradeEntry' as const, role: 'vakdocent' as const } : {}),
      ...(page?.student?.klas ? { klas: page.student.klas } : {}),
      ...(subject ? { subject } : {}),
    },
    history,
    date,
    seed: 'card',
    limit: 3,
  });
  return {
    prompts: ranked.map((r) => promptView(r, deps.language())),
    lens: recentLens(history, date),
    // The last contact from the notes and moments just read, not a second read of the database.
    lastContact: latestDate(history),
  };
}

/** What the background answers for the card: only about a student the sender's own tab shows. */
export const studentCardRequests = [
  defineRequest({
    type: 'card/get',
    from: 'content',
    handle: async (deps, request, sender) => cardData(deps, request.student, await pageOfSender(deps, sender, request.student)),
  }),
];
