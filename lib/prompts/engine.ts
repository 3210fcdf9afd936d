import { inWindows, momentWindows, type SchoolCalendar } from '../core/calendar';
import { activeCampaign, type Campaign } from '../core/campaigns';
import { type Audience, MAIN_SCHOOL_TYPES } from '../core/domain';
import { dayKey, inSeason } from '../core/season';
import type { StudentContext } from '../core/student-context';
import { stableRandomFrom } from './hash';
import { audienceOf, routesOf, TEACHER_FACING } from './routes';
import {
  COMPETENCES,
  type Competence,
  type Family,
  type Localized,
  type Place,
  type Prompt,
  type Role,
  type Step,
  type Trigger,
} from './schema';

/** What the page and the moment tell the engine. Every field but place and role is optional. */
export interface EngineContext extends StudentContext {
  place: Place;
  role: Role;
  /** Stable key of the student, used for rotation only. */
  studentKey: string;
  /** Whom the questions are for (default: the student; teacher-facing families: the teacher). */
  audience?: Audience;
  /** The prompt is shown on its own (card, cue, first step): no follow-up questions. */
  standalone?: boolean;
  /** The student's class (for the school's BPV periods per class). */
  klas?: string;
  subject?: string;
  trigger?: Trigger;
  step?: Step;
  families?: readonly Family[];
}

export interface HistoryEntry {
  promptId?: string;
  competences: readonly Competence[];
  date: string;
}

export interface EnginePolicy {
  disabledPrompts?: readonly string[];
  /** The school's calendar: its dates replace the national windows of the moments it gives. */
  calendar?: SchoolCalendar;
  campaigns?: readonly Campaign[];
  /** Days in which a prompt used with this student is not offered again (default 42). */
  historyWindowDays?: number;
}

export interface RankedPrompt {
  prompt: Prompt;
  score: number;
  reason: Localized;
}

export interface RankInput {
  library: readonly Prompt[];
  context: EngineContext;
  history: readonly HistoryEntry[];
  policy?: EnginePolicy;
  date: Date;
  seed: string;
  limit?: number;
}

const DAY = 86_400_000;
const DEFAULT_WINDOW = 42;
/** Days of history the competence direction looks at. */
export const DIRECTION_WINDOW_DAYS = 90;

export { TEACHER_FACING };

const COMPETENCE_LABELS: Record<Competence, Localized> = {
  kwaliteiten: { nl: 'kwaliteiten', en: 'qualities' },
  motieven: { nl: 'motieven', en: 'motives' },
  werkexploratie: { nl: 'werkexploratie', en: 'work exploration' },
  loopbaansturing: { nl: 'loopbaansturing', en: 'career steering' },
  netwerken: { nl: 'netwerken', en: 'networking' },
};

function fitsStudent(p: Prompt, c: EngineContext): boolean {
  // Unknown school type: only prompts meant for every (main) school type.
  if (c.schoolType ? !p.schoolTypes.includes(c.schoolType) : !MAIN_SCHOOL_TYPES.every((t) => p.schoolTypes.includes(t))) {
    return false;
  }
  if (p.years && (c.year === undefined || !p.years.includes(c.year))) return false;
  if (p.examYearOnly && !c.examYear) return false;
  if (p.phases && (!c.phase || !p.phases.includes(c.phase))) return false;
  // Route truth: every route the prompt speaks of is one this student's diploma gives.
  const routes = routesOf(p);
  if (routes.length > 0) {
    const open = new Set<string>([...(c.routes ?? []), ...(c.schoolType ? [c.schoolType] : [])]);
    if (routes.some((r) => !open.has(r))) return false;
  }
  return true;
}

/** Whom the context asks questions for: given, or the teacher when only teacher-facing families are asked for. */
function wantedAudience(c: EngineContext): Audience {
  if (c.audience) return c.audience;
  return c.families?.length && c.families.every((f) => TEACHER_FACING.includes(f)) ? 'teacher' : 'student';
}

/** In its window: the school's dates for its moment where the school gave them, else its national season. */
function inTime(p: Prompt, c: EngineContext, date: Date, calendar: SchoolCalendar | undefined): boolean {
  const windows = p.moment ? momentWindows(calendar, p.moment, c.klas) : undefined;
  return windows ? inWindows(windows, dayKey(date)) : inSeason(p.season, date);
}

function fitsMoment(p: Prompt, c: EngineContext, date: Date, calendar?: SchoolCalendar): boolean {
  if (!p.places.includes(c.place) || !p.roles.includes(c.role)) return false;
  if (!inTime(p, c, date, calendar)) return false;
  if (p.subjects && (!c.subject || !p.subjects.includes(c.subject))) return false;
  if (p.triggers && !p.triggers.includes(c.trigger ?? 'usual')) return false;
  if (c.step && p.steps && !p.steps.includes(c.step)) return false;
  if (c.step && !p.steps && p.family === 'gesprek') return false;
  if (c.families && !c.families.includes(p.family)) return false;
  if (audienceOf(p) !== wantedAudience(c)) return false;
  if (c.standalone && p.followUp) return false;
  return true;
}

/** Eligible prompts for this student and moment: the hard rules, never relaxed. */
export function eligiblePrompts(library: readonly Prompt[], context: EngineContext, date: Date, policy: EnginePolicy = {}) {
  const disabled = new Set(policy.disabledPrompts ?? []);
  const families = context.families;
  return library.filter(
    (p) =>
      // the cheapest test first: a cue asks for one family out of the whole library
      (!families || families.includes(p.family)) &&
      !disabled.has(p.id) &&
      fitsStudent(p, context) &&
      fitsMoment(p, context, date, policy.calendar),
  );
}

/**
 * The competence our recent conversations touched least: a direction for the next question,
 * never a score. Ties go to the first in the usual order.
 */
export function leastTouchedCompetence(
  history: readonly HistoryEntry[],
  date: Date,
  windowDays = DIRECTION_WINDOW_DAYS,
): Competence {
  const counts = competenceCounts(recent(history, date, windowDays));
  return COMPETENCES.reduce((best, c) => (counts[c] < counts[best] ? c : best), COMPETENCES[0]);
}

/** History entries dated in the `windowDays` before `date` (future-dated entries are ignored). */
function recent(history: readonly HistoryEntry[], date: Date, windowDays: number): HistoryEntry[] {
  const now = date.getTime();
  const since = now - windowDays * DAY;
  return history.filter((h) => {
    const t = Date.parse(h.date);
    return t >= since && t <= now + DAY;
  });
}

/**
 * The direction the ranking uses: the least-touched competence, but only when recent conversations
 * touched some competences more than others. Without recent history (or when all are equal) there is
 * nothing to say, so no direction — the reason never claims a competence "came up least" on no data.
 */
function directionFor(history: readonly HistoryEntry[], date: Date): Competence | undefined {
  const counts = competenceCounts(recent(history, date, DIRECTION_WINDOW_DAYS));
  const values = COMPETENCES.map((c) => counts[c]);
  if (Math.max(...values) === Math.min(...values)) return undefined;
  return leastTouchedCompetence(history, date);
}

/** How often recent conversations touched each competence (counts, not scores). */
export function competenceCounts(history: readonly HistoryEntry[]): Record<Competence, number> {
  const counts = Object.fromEntries(COMPETENCES.map((c) => [c, 0])) as Record<Competence, number>;
  for (const h of history) for (const c of new Set(h.competences)) counts[c] += 1;
  return counts;
}

/**
 * `(context, history, policy, date, seed) → ranked prompts, each with its reason`. Pure.
 *
 * 1. Hard rules (`eligiblePrompts`): school type, year, examenjaar, season, place, role, subject,
 *    trigger, step, family; disabled prompts. Never relaxed.
 * 2. Prompts used with this student within the history window (default 42 days) are left out.
 *    Fallback: when EVERY eligible prompt was used recently, the least recently used ones are
 *    returned (oldest use first) with a reason that says so, rather than nothing — a teacher who
 *    opens the card always gets a question, and it is the one longest ago.
 * 3. Order: a stable pseudo-random number per (seed, student, day, prompt) rotates the choice per
 *    student and per day; bonuses for a matching subject, a notable result, a season window, the
 *    least-touched competence (a direction, never a score) and an active campaign.
 */
export function rankPrompts(input: RankInput): RankedPrompt[] {
  const { library, context, history, date, seed } = input;
  const policy = input.policy ?? {};
  const limit = input.limit ?? 3;
  const windowStart = date.getTime() - (policy.historyWindowDays ?? DEFAULT_WINDOW) * DAY;
  const lastUsed = new Map<string, number>();
  for (const h of history) {
    if (!h.promptId) continue;
    const t = Date.parse(h.date);
    if (!(t >= windowStart)) continue;
    lastUsed.set(h.promptId, Math.max(t, lastUsed.get(h.promptId) ?? Number.NEGATIVE_INFINITY));
  }
  const eligible = eligiblePrompts(library, context, date, policy);
  const fresh = eligible.filter((p) => !lastUsed.has(p.id));
  if (fresh.length === 0) return leastRecentlyUsed(eligible, lastUsed, limit);

  const direction = directionFor(history, date);
  // Local calendar day, like rotation and seasons (toISOString would be yesterday just after midnight in NL).
  const campaign = activeCampaign(policy.campaigns, dayKey(date));
  const rotation = stableRandomFrom(seed, context.studentKey, dayKey(date));
  // In the school's test weeks a choice moment gets no boost: a calmer card while students sit tests.
  const testWeek = inWindows(policy.calendar?.toetsweken, dayKey(date));

  // Score every fresh prompt; build the reason text only for the ones returned.
  const ranked = fresh.map((prompt) => {
    let score = rotation(prompt.id);
    let why: Why = 'own';
    if (prompt.subjects && context.subject) score += 1.5;
    if (prompt.triggers && context.trigger && context.trigger !== 'usual') score += 1.5;
    const timed =
      prompt.season !== undefined || (prompt.moment !== undefined && momentWindows(policy.calendar, prompt.moment, context.klas));
    if (timed && !testWeek) {
      score += 1.5;
      why = 'season';
    }
    if (direction && prompt.competences.includes(direction)) {
      score += 0.75;
      why = 'direction';
    }
    if (campaign?.promptIds.includes(prompt.id)) {
      score += 3;
      why = 'campaign';
    }
    return { prompt, score, why };
  });
  ranked.sort((a, b) => b.score - a.score || a.prompt.id.localeCompare(b.prompt.id));
  return spread(ranked, limit).map(({ prompt, score, why }) => ({
    prompt,
    score,
    reason: reasonFor(prompt, why, direction, campaign),
  }));
}

/**
 * The best `limit` prompts, but a prompt that adds no new competence waits while another one would,
 * and the season's prompts take at most a third of the places (at least one): three questions then
 * span the competences, and a choice moment does not crowd out everything else for months.
 */
function spread<T extends { prompt: Prompt; why: Why }>(ranked: readonly T[], limit: number): T[] {
  const picked: T[] = [];
  const covered = new Set<Competence>();
  const skipped: T[] = [];
  const maxSeason = Math.max(1, Math.floor(limit / 3));
  let season = 0;
  for (const item of ranked) {
    if (picked.length >= limit) break;
    const repeats = limit > 1 && item.prompt.competences.every((c) => covered.has(c));
    const crowds = item.why === 'season' && season >= maxSeason;
    if (repeats || crowds) {
      skipped.push(item);
      continue;
    }
    if (item.why === 'season') season++;
    picked.push(item);
    for (const c of item.prompt.competences) covered.add(c);
  }
  for (const item of skipped) {
    if (picked.length >= limit) break;
    picked.push(item);
  }
  return picked;
}

type Why = 'own' | 'season' | 'direction' | 'campaign';

/** The "waarom deze vraag" line: the prompt's own reason, with what made it rank up (the strongest one). */
function reasonFor(prompt: Prompt, why: Why, direction: Competence | undefined, campaign: Campaign | undefined): Localized {
  const own = prompt.why;
  const ownEn = own.en ?? own.nl;
  switch (why) {
    case 'season':
      return { nl: `Past bij dit moment in het schooljaar. ${own.nl}`, en: `Fits this time of the school year. ${ownEn}` };
    case 'direction': {
      const label = COMPETENCE_LABELS[direction as Competence];
      return {
        nl: `${own.nl} Richting: ${label.nl} kwam in jullie recente gesprekken het minst aan bod.`,
        en: `${ownEn} Direction: ${label.en} came up least in your recent conversations.`,
      };
    }
    case 'campaign':
      return { nl: `Hoort bij "${campaign?.title}". ${own.nl}`, en: `Part of "${campaign?.title}". ${ownEn}` };
    default:
      return own;
  }
}

/** The fallback of `rankPrompts`: every eligible prompt was used recently → the one used longest ago first. */
function leastRecentlyUsed(eligible: readonly Prompt[], lastUsed: ReadonlyMap<string, number>, limit: number): RankedPrompt[] {
  return [...eligible]
    .sort((a, b) => (lastUsed.get(a.id) ?? 0) - (lastUsed.get(b.id) ?? 0) || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((prompt) => ({
      prompt,
      score: 0,
      reason: {
        nl: `${prompt.why.nl} Eerder gebruikt met deze leerling; het antwoord kan nu anders zijn.`,
        en: `${prompt.why.en ?? prompt.why.nl} Used before with this student; the answer may be different now.`,
      },
    }));
}
