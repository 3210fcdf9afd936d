import { stableRandom } from './hash';
import {
  COMPETENCES,
  type Competence,
  type Family,
  type Localized,
  type Place,
  type Prompt,
  type Role,
  type SchoolType,
  type Step,
  type Trigger,
} from './schema';
import { dayKey, inSeason } from './season';

/** What the page and the moment tell the engine. Every field but place and role is optional. */
export interface EngineContext {
  place: Place;
  role: Role;
  /** Stable key of the student, used for rotation only. */
  studentKey: string;
  schoolType?: SchoolType;
  year?: number;
  examYear?: boolean;
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

export interface Campaign {
  title: string;
  from: string;
  to: string;
  promptIds: readonly string[];
}

export interface EnginePolicy {
  disabledPrompts?: readonly string[];
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

const COMPETENCE_LABELS: Record<Competence, Localized> = {
  kwaliteiten: { nl: 'kwaliteiten', en: 'qualities' },
  motieven: { nl: 'motieven', en: 'motives' },
  werkexploratie: { nl: 'werkexploratie', en: 'work exploration' },
  loopbaansturing: { nl: 'loopbaansturing', en: 'career steering' },
  netwerken: { nl: 'netwerken', en: 'networking' },
};

function fitsStudent(p: Prompt, c: EngineContext): boolean {
  // Unknown school type: only prompts meant for every school type.
  if (c.schoolType ? !p.schoolTypes.includes(c.schoolType) : p.schoolTypes.length < 5) return false;
  if (p.years && (c.year === undefined || !p.years.includes(c.year))) return false;
  if (p.examYearOnly && !c.examYear) return false;
  return true;
}

function fitsMoment(p: Prompt, c: EngineContext, date: Date): boolean {
  if (!p.places.includes(c.place) || !p.roles.includes(c.role)) return false;
  if (!inSeason(p.season, date)) return false;
  if (p.subjects && (!c.subject || !p.subjects.includes(c.subject))) return false;
  if (p.triggers && !p.triggers.includes(c.trigger ?? 'usual')) return false;
  if (c.step && p.steps && !p.steps.includes(c.step)) return false;
  if (c.step && !p.steps && p.family === 'gesprek') return false;
  if (c.families && !c.families.includes(p.family)) return false;
  return true;
}

/** Eligible prompts for this student and moment: the hard rules, never relaxed. */
export function eligiblePrompts(library: readonly Prompt[], context: EngineContext, date: Date, policy: EnginePolicy = {}) {
  const disabled = new Set(policy.disabledPrompts ?? []);
  return library.filter((p) => !disabled.has(p.id) && fitsStudent(p, context) && fitsMoment(p, context, date));
}

/**
 * The competence our recent conversations touched least: a direction for the next question,
 * never a score. Ties go to the first in the usual order.
 */
export function leastTouchedCompetence(history: readonly HistoryEntry[], date: Date, windowDays = 90): Competence {
  const since = date.getTime() - windowDays * DAY;
  const counts = competenceCounts(history.filter((h) => Date.parse(h.date) >= since));
  return COMPETENCES.reduce((best, c) => (counts[c] < counts[best] ? c : best), COMPETENCES[0]);
}

/** How often recent conversations touched each competence (counts, not scores). */
export function competenceCounts(history: readonly HistoryEntry[]): Record<Competence, number> {
  const counts = Object.fromEntries(COMPETENCES.map((c) => [c, 0])) as Record<Competence, number>;
  for (const h of history) for (const c of new Set(h.competences)) counts[c] += 1;
  return counts;
}

function activeCampaign(policy: EnginePolicy, date: Date): Campaign | undefined {
  const today = date.toISOString().slice(0, 10);
  return policy.campaigns?.find((c) => c.from <= today && today <= c.to);
}

/** `(context, history, policy, date, seed) → ranked prompts, each with its reason`. Pure. */
export function rankPrompts(input: RankInput): RankedPrompt[] {
  const { library, context, history, date, seed } = input;
  const policy = input.policy ?? {};
  const windowStart = date.getTime() - (policy.historyWindowDays ?? DEFAULT_WINDOW) * DAY;
  const recentlyUsed = new Set(
    history.filter((h) => h.promptId && Date.parse(h.date) >= windowStart).map((h) => h.promptId as string),
  );
  const eligible = eligiblePrompts(library, context, date, policy);
  const fresh = eligible.filter((p) => !recentlyUsed.has(p.id));
  const direction = leastTouchedCompetence(history, date);
  const campaign = activeCampaign(policy, date);
  const day = dayKey(date);

  const ranked = fresh.map((prompt) => {
    let score = stableRandom(seed, context.studentKey, day, prompt.id);
    let reason: Localized = prompt.why;
    const bonus = (points: number, why: Localized | undefined) => {
      score += points;
      if (why) reason = why;
    };
    if (prompt.subjects && context.subject) bonus(1.5, undefined);
    if (prompt.triggers && context.trigger && context.trigger !== 'usual') bonus(1.5, undefined);
    if (prompt.season)
      bonus(1.5, {
        nl: `Past bij dit moment in het schooljaar. ${prompt.why.nl}`,
        en: `Fits this time of the school year. ${prompt.why.en ?? prompt.why.nl}`,
      });
    if (prompt.competences.includes(direction)) {
      const label = COMPETENCE_LABELS[direction];
      bonus(0.75, {
        nl: `${prompt.why.nl} Richting: ${label.nl} kwam in jullie recente gesprekken het minst aan bod.`,
        en: `${prompt.why.en ?? prompt.why.nl} Direction: ${label.en} came up least in your recent conversations.`,
      });
    }
    if (campaign?.promptIds.includes(prompt.id)) {
      bonus(3, {
        nl: `Hoort bij "${campaign.title}". ${prompt.why.nl}`,
        en: `Part of "${campaign.title}". ${prompt.why.en ?? prompt.why.nl}`,
      });
    }
    return { prompt, score, reason };
  });
  ranked.sort((a, b) => b.score - a.score || a.prompt.id.localeCompare(b.prompt.id));
  return ranked.slice(0, input.limit ?? 3);
}
