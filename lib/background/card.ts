import type { Language } from '../core/domain';
import { type StudentRef, studentKey } from '../core/student';
import { studentContext } from '../core/student-context';
import type { LobDatabase } from '../db/database';
import type { CardData, PageSummary } from '../messages/schema';
import { cardContext } from '../prompts/contexts';
import { type EnginePolicy, rankPrompts } from '../prompts/engine';
import type { MomentType, Prompt, Subject } from '../prompts/schema';
import { subjectIdFor } from '../prompts/subject-match';
import { latestDate, recentLens, studentHistory } from './history';
import { promptView } from './prompt-view';

export interface CardDeps {
  db: LobDatabase;
  library: () => readonly Prompt[];
  enginePolicy: () => EnginePolicy;
  subjects: readonly Subject[];
  momentTypes: readonly MomentType[];
  language: () => Language;
  now: () => Date;
}

/** Prompts, competence lens (counts) and last contact for the in-page card (feature student-card). No note text. */
export async function cardData(deps: CardDeps, ref: StudentRef, page: PageSummary | null): Promise<CardData> {
  const date = deps.now();
  const history = await studentHistory(deps.db, ref, deps.momentTypes);
  const subject = page?.subject ? subjectIdFor(page.subject, deps.subjects) : undefined;
  const ranked = rankPrompts({
    library: deps.library(),
    policy: deps.enginePolicy(),
    context: {
      ...cardContext(studentContext(page?.student?.study), studentKey(ref)),
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
