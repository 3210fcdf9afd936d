import { activeCampaign, type Campaign } from '../core/campaigns';
import { dayKey } from '../core/season';
import { BestFirst } from './best-first';
import {
  chosen,
  competenceBit,
  leastCounted,
  leastRecentlyUsed,
  type RankedPrompt,
  type Scored,
  scoreOf,
  studentBonuses,
  whyOf,
} from './choice';
import { SharedPrefixRandoms, stablePrefix } from './hash';
import { competenceCounts, DIRECTION_WINDOW_DAYS, type HistoryEntry, historyFacts, recent } from './history-facts';
import { type Eligible, type EligibleEntry, promptIndex } from './prompt-index';
import type { EngineContext, EnginePolicy, RuleContext } from './rules';
import type { Competence, Prompt } from './schema';

export type { RankedPrompt } from './choice';
export { competenceCounts, type HistoryEntry } from './history-facts';

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

/** What one ranking shares for every student of its context: eligible prompts, day, campaign. */
interface Occasion {
  eligible: Eligible;
  date: Date;
  day: string;
  seed: string;
  limit: number;
  usedSince: number;
  campaign: Campaign | undefined;
  campaignIds: ReadonlySet<string> | undefined;
}

const campaignSets = new WeakMap<Campaign, ReadonlySet<string>>();

function idsOf(campaign: Campaign): ReadonlySet<string> {
  let ids = campaignSets.get(campaign);
  if (!ids) {
    ids = new Set(campaign.promptIds);
    campaignSets.set(campaign, ids);
  }
  return ids;
}

function occasion(input: Omit<RankInput, 'context' | 'history'>, context: RuleContext): Occasion {
  const { date, seed } = input;
  const policy = input.policy ?? {};
  // Local calendar day, like rotation and seasons (toISOString would be yesterday just after midnight in NL).
  const day = dayKey(date);
  const campaign = activeCampaign(policy.campaigns, day);
  return {
    eligible: promptIndex(input.library, policy).eligible(context, date),
    date,
    day,
    seed,
    limit: input.limit ?? 3,
    usedSince: date.getTime() - (policy.historyWindowDays ?? DEFAULT_WINDOW) * DAY,
    campaign,
    campaignIds: campaign && idsOf(campaign),
  };
}

/** Which places of `eligible` hold a prompt used since the window start, and how many are fresh. */
function usedPlaces(eligible: Eligible, lastUsed: ReadonlyMap<string, number>): { used: boolean[]; fresh: number } {
  const used = eligible.entries.map(() => false);
  let fresh = used.length;
  for (const id of lastUsed.keys()) {
    for (const i of eligible.positions.get(id) ?? []) {
      if (!used[i]) fresh--;
      used[i] = true;
    }
  }
  return { used, fresh };
}

const rotations = new WeakMap<Eligible, SharedPrefixRandoms>();

/** The daily rotation of every eligible prompt for one student, hashed over their ids' shared beginnings. */
function rotationsOf(eligible: Eligible): SharedPrefixRandoms {
  let randoms = rotations.get(eligible);
  if (!randoms) {
    randoms = new SharedPrefixRandoms(eligible.prompts.map((p) => p.id));
    rotations.set(eligible, randoms);
  }
  return randoms;
}

/** The fresh prompts of one student, scored: read best first, the "why" made only for those read. */
class ScoredInOrder implements IterableIterator<Scored> {
  private readonly order: BestFirst;

  constructor(
    private readonly entries: readonly EligibleEntry[],
    private readonly scores: readonly number[],
    private readonly bonuses: readonly number[],
    used: readonly boolean[],
  ) {
    // Highest score first; equal scores by id, then in library order (what a stable sort by score and id gives).
    const tieBreak = (a: number, b: number) => {
      const byId = (entries[a] as EligibleEntry).prompt.id.localeCompare((entries[b] as EligibleEntry).prompt.id);
      return byId !== 0 ? byId : a - b;
    };
    this.order = new BestFirst(scores, tieBreak, used);
  }

  next(): IteratorResult<Scored> {
    const next = this.order.next();
    if (next.done) return next;
    const i = next.value;
    const { prompt } = this.entries[i] as EligibleEntry;
    return { done: false, value: { prompt, score: this.scores[i] as number, why: whyOf(this.bonuses[i] as number) } };
  }

  [Symbol.iterator]() {
    return this;
  }
}

function rankStudent(o: Occasion, studentKey: string, history: readonly HistoryEntry[]): RankedPrompt[] {
  const { lastUsed, direction } = historyFacts(history, o.date, o.usedSince);
  const { entries } = o.eligible;
  const { used, fresh } = usedPlaces(o.eligible, lastUsed);
  if (fresh === 0) return leastRecentlyUsed(o.eligible.prompts, lastUsed, o.limit);
  const scores: number[] = [];
  rotationsOf(o.eligible).fill(stablePrefix(o.seed, studentKey, o.day), scores);
  const bonuses: number[] = [];
  const directionBit = competenceBit(direction);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as EligibleEntry;
    bonuses[i] = used[i] ? 0 : e.bonuses | studentBonuses(e.competences, directionBit, o.campaignIds?.has(e.prompt.id) ?? false);
    scores[i] = scoreOf(scores[i] as number, bonuses[i] as number);
  }
  return chosen(new ScoredInOrder(entries, scores, bonuses, used), o.limit, direction, o.campaign);
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
