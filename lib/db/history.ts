import type { StudentRef } from '../core/student';
import { competenceCounts, type HistoryEntry } from '../prompts/engine';
import { PROMPT_ID_RENAMES, type PromptIdRenames, renamePromptIds } from '../prompts/renames';
import type { MomentType } from '../prompts/schema';
import { linkedKeys } from './aliases';
import type { LobDatabase } from './database';

const LENS_DAYS = 180;

/** The competence lens: which competences recent conversations and moments touched (counts, never a score). */
export function recentLens(history: readonly HistoryEntry[], date: Date) {
  const since = date.getTime() - LENS_DAYS * 86_400_000;
  return competenceCounts(history.filter((h) => Date.parse(h.date) >= since));
}

/** The latest date of the history's notes and moments: the last contact, without asking the database again. */
export function latestDate(history: readonly HistoryEntry[]): string | null {
  let latest: string | null = null;
  for (const entry of history) if (latest === null || entry.date > latest) latest = entry.date;
  return latest;
}

/**
 * The history the engine and the lens look at: notes and moments with this student. A note's
 * prompt ids are read as today's ids, so a note saved under a since-renamed id counts for its prompt.
 */
export async function studentHistory(
  db: LobDatabase,
  ref: StudentRef,
  momentTypes: readonly MomentType[] = [],
  renames: PromptIdRenames = PROMPT_ID_RENAMES,
): Promise<HistoryEntry[]> {
  const keys = await linkedKeys(db, ref);
  const [notes, moments] = await Promise.all([
    db.notes.where('studentKey').anyOf(keys).toArray(),
    db.moments.where('studentKey').anyOf(keys).toArray(),
  ]);
  const entries: HistoryEntry[] = [];
  for (const n of notes) {
    if (n.promptIds.length === 0) entries.push({ competences: n.competences, date: n.date });
    for (const promptId of renamePromptIds(n.promptIds, renames))
      entries.push({ promptId, competences: n.competences, date: n.date });
  }
  const competencesOf = new Map(momentTypes.map((t) => [t.id, t.competences]));
  for (const m of moments) entries.push({ competences: competencesOf.get(m.type) ?? [], date: m.date });
  return entries;
}

/** Days in which a second contact about an unusual result means the doubt lasts. */
const LASTING_DAYS = 42;

/**
 * Whether a doubt lasts: a teacher already reached out to this student (moment "contact gezocht")
 * about an unusual result in the last six weeks. Then the cue points on to the decaan.
 */
export async function doubtLasts(db: LobDatabase, ref: StudentRef, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - LASTING_DAYS * 86_400_000).toISOString();
  const keys = await linkedKeys(db, ref);
  const moments = await db.moments.where('studentKey').anyOf(keys).toArray();
  return moments.some((m) => m.type === 'contact-gezocht' && m.date >= since);
}
