import { inWindows } from '../core/calendar';
import { activeCampaign, type Campaign } from '../core/campaigns';
import { dayKey } from '../core/season';
import { bestFirst } from './best-first';
import {
  chosen,
  leastCounted,
  leastRecentlyUsed,
  type RankedPrompt,
  type Scored,
  type ScoreMoment,
  scoreOf,
  whyOf,
} from './choice';
import { stablePrefix, stableRandomAfter } from './hash';
import { competenceCounts, DIRECTION_WINDOW_DAYS, type HistoryEntry, historyFacts, recent } from './history-facts';
import { type Eligible, type EligibleEntry, promptIndex } from './prompt-index';
import type { EngineContext, EnginePolicy, RuleContext } from './rules';
import type { Competence, Prompt } from './schema';

export type { RankedPrompt } from './choice';
export { competenceCounts, DIRECTION_WINDOW_DAYS, type HistoryEntry } from './history-facts';
export { TEACHER_FACING } from './routes';
export type { EngineContext, EnginePolicy, RuleContext } from './rules';

export interface RankInput {
  library: readonly Prompt[];
  context: EngineContext;
  history: readonly HistoryEntry[];
  policy?: EnginePolicy;
  date: Date;
  seed: string;
  limit?: number;
}

/** Many students in one context (a class on one page): the hard rules run once for all of them. */
export interface ClassRankInput extends Omit<RankInput, 'context' | 'history'> {
  context: RuleContext;
  students: readonly { studentKey: string; history: readonly HistoryEntry[] }[];
}

const DAY = 86_400_000;
const DEFAULT_WINDOW = 42;

/** Eligible prompts for this student and moment: the hard rules (rules.ts), never relaxed. */
export function eligiblePrompts(
  library: readonly Prompt[],
  context: RuleContext,
  date: Date,
  policy: EnginePolicy = {},
): Prompt[] {
  return [...promptIndex(library, policy).eligible(context, date).prompts];
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
  return leastCounted(competenceCounts(recent(history, date, windowDays)));
}

/** What one ranking shares for every student of its context: eligible prompts, day, campaign, bonuses. */
interface Occasion {
  eligible: Eligible;
  date: Date;
  day: string;
  seed: string;
  limit: number;
  usedSince: number;
  campaign: Campaign | undefined;
  inCampaign: (id: string) => boolean;
  moment: Omit<ScoreMoment, 'direction'>;
}

const campaignSets = new WeakMap<Campaign, ReadonlySet<string>>();

function occasion(input: Omit<RankInput, 'context' | 'history'>, context: RuleContext): Occasion {
  const { date, seed } = input;
  const policy = input.policy ?? {};
  // Local calendar day, like rotation and seasons (toISOString would be yesterday just after midnight in NL).
  const day = dayKey(date);
  const campaign = activeCampaign(policy.campaigns, day);
  let ids = campaign && campaignSets.get(campaign);
  if (campaign && !ids) {
    ids = new Set(campaign.promptIds);
    campaignSets.set(campaign, ids);
  }
  return {
    eligible: promptIndex(input.library, policy).eligible(context, date),
    date,
    day,
    seed,
    limit: input.limit ?? 3,
    usedSince: date.getTime() - (policy.historyWindowDays ?? DEFAULT_WINDOW) * DAY,
    campaign,
    inCampaign: (id) => ids?.has(id) ?? false,
    moment: {
      ...(context.subject ? { subject: context.subject } : {}),
      ...(context.trigger ? { trigger: context.trigger } : {}),
      // In the school's test weeks a choice moment gets no boost: a calmer card while students sit tests.
      testWeek: inWindows(policy.calendar?.toetsweken, day),
    },
  };
}

function rankStudent(o: Occasion, studentKey: string, history: readonly HistoryEntry[]): RankedPrompt[] {
  const { lastUsed, direction } = historyFacts(history, o.date, o.usedSince);
  const fresh = lastUsed.size ? o.eligible.entries.filter((e) => !lastUsed.has(e.prompt.id)) : o.eligible.entries;
  if (fresh.length === 0) return leastRecentlyUsed(o.eligible.prompts, lastUsed, o.limit);
  const rotation = stablePrefix(o.seed, studentKey, o.day);
  const moment: ScoreMoment = { ...o.moment, direction };
  const scores = Float64Array.from(fresh, (e) =>
    scoreOf(e.prompt, stableRandomAfter(rotation, e.idCodes), e.timed, o.inCampaign(e.prompt.id), moment),
  );
  // Highest score first; equal scores by id, then in library order (what a stable sort by score and id gives).
  const better = (a: number, b: number) => {
    const d = (scores[b] as number) - (scores[a] as number);
    if (d !== 0) return d < 0;
    const byId = (fresh[a] as EligibleEntry).prompt.id.localeCompare((fresh[b] as EligibleEntry).prompt.id);
    return byId !== 0 ? byId < 0 : a < b;
  };
  // Only the first few in order are read: the reason and the "why" are made for those alone.
  function* ranked(): Generator<Scored> {
    for (const i of bestFirst(fresh.length, better)) {
      const { prompt, timed } = fresh[i] as EligibleEntry;
      yield { prompt, score: scores[i] as number, why: whyOf(prompt, timed, o.inCampaign(prompt.id), moment) };
    }
  }
  return chosen(ranked(), o.limit, direction, o.campaign);
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
 *
 * The library is indexed once per library and policy (prompt-index.ts); the result is the same as
 * applying the rules to every prompt.
 */
export function rankPrompts(input: RankInput): RankedPrompt[] {
  return rankStudent(occasion(input, input.context), input.context.studentKey, input.history);
}

/** `rankPrompts` for every student of a class in one context, in one pass: the same results, in order. */
export function rankClass(input: ClassRankInput): RankedPrompt[][] {
  const o = occasion(input, input.context);
  return input.students.map((s) => rankStudent(o, s.studentKey, s.history));
}
