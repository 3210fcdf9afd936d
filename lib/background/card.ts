import type { LobDatabase } from '../db/database';
import { lastContact } from '../db/queries';
import { isExamYear } from '../hosts/study';
import type { PageSummary } from '../hosts/summary';
import type { Language } from '../i18n';
import { type CardData, type StudentRef, studentKey } from '../messages';
import { competenceCounts, type EnginePolicy, type HistoryEntry, rankPrompts } from '../prompts/engine';
import type { Localized, MomentType, Prompt, SchoolType, Subject } from '../prompts/schema';
import { subjectIdFor } from '../prompts/subjects';

const LENS_DAYS = 180;

/** The competence lens: which competences recent conversations and moments touched (counts, never a score). */
export function recentLens(history: readonly HistoryEntry[], date: Date) {
  const since = date.getTime() - LENS_DAYS * 86_400_000;
  return competenceCounts(history.filter((h) => Date.parse(h.date) >= since));
}

/** What the engine may know about the student's programme: school type, year, examenjaar. */
export function studyContext(study: { schoolType?: SchoolType; year?: number } | undefined) {
  const schoolType = study?.schoolType;
  if (!schoolType) return {};
  const year = study?.year;
  return { schoolType, examYear: isExamYear({ schoolType, ...(year ? { year } : {}) }), ...(year ? { year } : {}) };
}

/** The text in the UI language, Dutch when there is no translation. */
export function localize(text: Localized, language: Language): string {
  return language === 'en' ? (text.en ?? text.nl) : text.nl;
}

/** The history the engine and the lens look at: notes and moments with this student. */
export async function studentHistory(
  db: LobDatabase,
  ref: StudentRef,
  momentTypes: readonly MomentType[] = [],
): Promise<HistoryEntry[]> {
  const key = studentKey(ref);
  const [notes, moments] = await Promise.all([
    db.notes.where('studentKey').equals(key).toArray(),
    db.moments.where('studentKey').equals(key).toArray(),
  ]);
  const entries: HistoryEntry[] = [];
  for (const n of notes) {
    if (n.promptIds.length === 0) entries.push({ competences: n.competences, date: n.date });
    for (const promptId of n.promptIds) entries.push({ promptId, competences: n.competences, date: n.date });
  }
  const competencesOf = new Map(momentTypes.map((t) => [t.id, t.competences]));
  for (const m of moments) entries.push({ competences: competencesOf.get(m.type) ?? [], date: m.date });
  return entries;
}

export interface CardDeps {
  db: LobDatabase;
  library: () => readonly Prompt[];
  enginePolicy: () => EnginePolicy;
  subjects: readonly Subject[];
  momentTypes: readonly MomentType[];
  language: () => Language;
  now: () => Date;
}

/** Prompts, competence lens (counts) and last contact for the in-page card. No note text. */
export async function cardData(deps: CardDeps, ref: StudentRef, page: PageSummary | null): Promise<CardData> {
  const date = deps.now();
  const history = await studentHistory(deps.db, ref, deps.momentTypes);
  const subject = page?.subject ? subjectIdFor(page.subject, deps.subjects) : undefined;
  const ranked = rankPrompts({
    library: deps.library(),
    policy: deps.enginePolicy(),
    context: {
      place: page?.pageType === 'gradeEntry' ? 'gradeEntry' : 'studentRecord',
      role: page?.pageType === 'gradeEntry' ? 'vakdocent' : 'mentor',
      studentKey: studentKey(ref),
      ...studyContext(page?.student),
      ...(subject ? { subject } : {}),
    },
    history,
    date,
    seed: 'card',
    limit: 3,
  });
  const lens = recentLens(history, date);
  return {
    prompts: ranked.map((r) => ({
      id: r.prompt.id,
      text: localize(r.prompt.text, deps.language()),
      why: localize(r.reason, deps.language()),
      competences: r.prompt.competences,
    })),
    lens,
    lastContact: await lastContact(deps.db, ref),
  };
}
