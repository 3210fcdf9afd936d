import type { LobDatabase } from '../db/database';
import { lastContact } from '../db/queries';
import { isExamYear } from '../hosts/study';
import type { PageSummary } from '../hosts/summary';
import type { Language } from '../i18n';
import { type CardData, type StudentRef, studentKey } from '../messages';
import { competenceCounts, type HistoryEntry, rankPrompts } from '../prompts/engine';
import type { Prompt, SchoolType, Subject } from '../prompts/schema';
import { subjectIdFor } from '../prompts/subjects';

const LENS_DAYS = 180;

/** The history the engine and the lens look at: notes and moments with this student. */
export async function studentHistory(db: LobDatabase, ref: StudentRef): Promise<HistoryEntry[]> {
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
  for (const m of moments) entries.push({ competences: [], date: m.date });
  return entries;
}

export interface CardDeps {
  db: LobDatabase;
  library: readonly Prompt[];
  subjects: readonly Subject[];
  language: Language;
  now: () => Date;
}

/** Prompts, competence lens (counts) and last contact for the in-page card. No note text. */
export async function cardData(deps: CardDeps, ref: StudentRef, page: PageSummary | null): Promise<CardData> {
  const date = deps.now();
  const history = await studentHistory(deps.db, ref);
  const s = page?.student;
  const schoolType = s?.schoolType as SchoolType | undefined;
  const subject = page?.subject ? subjectIdFor(page.subject, deps.subjects) : undefined;
  const ranked = rankPrompts({
    library: deps.library,
    context: {
      place: page?.pageType === 'gradeEntry' ? 'gradeEntry' : 'studentRecord',
      role: page?.pageType === 'gradeEntry' ? 'vakdocent' : 'mentor',
      studentKey: studentKey(ref),
      ...(schoolType ? { schoolType } : {}),
      ...(s?.year ? { year: s.year } : {}),
      ...(schoolType ? { examYear: isExamYear({ schoolType, ...(s?.year ? { year: s.year } : {}) }) } : {}),
      ...(subject ? { subject } : {}),
    },
    history,
    date,
    seed: 'card',
    limit: 3,
  });
  const since = date.getTime() - LENS_DAYS * 86_400_000;
  const lens = competenceCounts(history.filter((h) => Date.parse(h.date) >= since));
  const pick = (text: { nl: string; en?: string }) => (deps.language === 'en' ? (text.en ?? text.nl) : text.nl);
  return {
    prompts: ranked.map((r) => ({
      id: r.prompt.id,
      text: pick(r.prompt.text),
      why: pick(r.reason),
      competences: r.prompt.competences,
    })),
    lens,
    lastContact: await lastContact(deps.db, ref),
  };
}
