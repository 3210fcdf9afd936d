import { leastCounted } from './choice';
import { COMPETENCES, type Competence } from './schema';

/** What the ranking reads of a student's history: prompts used recently, and the competence direction. */

export interface HistoryEntry {
  promptId?: string;
  competences: readonly Competence[];
  date: string;
}

const DAY = 86_400_000;
/** Days of history the competence direction looks at. */
export const DIRECTION_WINDOW_DAYS = 90;

export interface HistoryFacts {
  /** Prompt id → its latest use on or after the window start (ms). */
  lastUsed: Map<string, number>;
  /**
   * The least-touched competence of the last `DIRECTION_WINDOW_DAYS`, but only when recent
   * conversations touched some competences more than others: without recent history (or when all are
   * equal) there is nothing to say, so no direction — the reason never claims a competence "came up
   * least" on no data.
   */
  direction: Competence | undefined;
}

function zeroCounts(): Record<Competence, number> {
  return { kwaliteiten: 0, motieven: 0, werkexploratie: 0, loopbaansturing: 0, netwerken: 0 };
}

/** Counts each competence of an entry once (an entry may list one twice). */
function countOnce(counts: Record<Competence, number>, competences: readonly Competence[]): void {
  for (let i = 0; i < competences.length; i++) {
    const c = competences[i] as Competence;
    if (competences.indexOf(c) === i) counts[c] += 1;
  }
}

/** Dates read before (`Date.parse` is pure): history dates repeat across students and questions. */
const parsed = new Map<string, number>();
const PARSED_DATES = 20_000;

function parseDate(text: string): number {
  let t = parsed.get(text);
  if (t === undefined) {
    if (parsed.size >= PARSED_DATES) parsed.clear();
    t = Date.parse(text);
    parsed.set(text, t);
  }
  return t;
}

/** Is `t` in the `windowDays` before `now`? Future-dated entries (more than a day ahead) are not. */
function isRecent(t: number, now: number, windowDays: number): boolean {
  return t >= now - windowDays * DAY && t <= now + DAY;
}

/** History entries dated in the `windowDays` before `date` (future-dated entries are ignored). */
export function recent(history: readonly HistoryEntry[], date: Date, windowDays: number): HistoryEntry[] {
  const now = date.getTime();
  return history.filter((h) => isRecent(Date.parse(h.date), now, windowDays));
}

/** How often recent conversations touched each competence (counts, not scores). */
export function competenceCounts(history: readonly HistoryEntry[]): Record<Competence, number> {
  const counts = zeroCounts();
  for (const h of history) countOnce(counts, h.competences);
  return counts;
}

/** Both facts in one pass over the history, each date parsed once. */
export function historyFacts(history: readonly HistoryEntry[], date: Date, usedSince: number): HistoryFacts {
  const now = date.getTime();
  const lastUsed = new Map<string, number>();
  const counts = zeroCounts();
  for (const h of history) {
    const t = parseDate(h.date);
    if (h.promptId && t >= usedSince) lastUsed.set(h.promptId, Math.max(t, lastUsed.get(h.promptId) ?? Number.NEGATIVE_INFINITY));
    if (isRecent(t, now, DIRECTION_WINDOW_DAYS)) countOnce(counts, h.competences);
  }
  let max = counts[COMPETENCES[0]];
  let min = max;
  for (const c of COMPETENCES) {
    max = Math.max(max, counts[c]);
    min = Math.min(min, counts[c]);
  }
  return { lastUsed, direction: max === min ? undefined : leastCounted(counts) };
}
