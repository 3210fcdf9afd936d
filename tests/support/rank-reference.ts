import { inWindows, momentWindows } from '../../lib/core/calendar';
import { activeCampaign } from '../../lib/core/campaigns';
import { dayKey } from '../../lib/core/season';
import { chosen, leastRecentlyUsed, type RankedPrompt, type Why } from '../../lib/prompts/choice';
import type { HistoryEntry, RankInput } from '../../lib/prompts/engine';
import { stableRandomFrom } from '../../lib/prompts/hash';
import { type EnginePolicy, fitsMoment, fitsStudent, type RuleContext } from '../../lib/prompts/rules';
import { COMPETENCES, type Competence, type Prompt } from '../../lib/prompts/schema';

/**
 * The engine as it was before the index (lib/prompts/prompt-index.ts): every rule applied to every
 * prompt, the history read per question. Kept here, never shipped, as the reference the indexed
 * engine must equal exactly (tests/unit/prompts-index.test.ts, tests/bench/ranking.ts).
 */

const DAY = 86_400_000;

export function eligiblePromptsReference(
  library: readonly Prompt[],
  context: RuleContext,
  date: Date,
  policy: EnginePolicy = {},
): Prompt[] {
  const disabled = new Set(policy.disabledPrompts ?? []);
  const families = context.families;
  return library.filter(
    (p) =>
      (!families || families.includes(p.family)) &&
      !disabled.has(p.id) &&
      fitsStudent(p, context) &&
      fitsMoment(p, context, date, policy.calendar),
  );
}

function recent(history: readonly HistoryEntry[], date: Date, windowDays: number): HistoryEntry[] {
  const now = date.getTime();
  const since = now - windowDays * DAY;
  return history.filter((h) => {
    const t = Date.parse(h.date);
    return t >= since && t <= now + DAY;
  });
}

function counts(history: readonly HistoryEntry[]): Record<Competence, number> {
  const result = Object.fromEntries(COMPETENCES.map((c) => [c, 0])) as Record<Competence, number>;
  for (const h of history) for (const c of new Set(h.competences)) result[c] += 1;
  return result;
}

function directionFor(history: readonly HistoryEntry[], date: Date): Competence | undefined {
  const byCompetence = counts(recent(history, date, 90));
  const values = COMPETENCES.map((c) => byCompetence[c]);
  if (Math.max(...values) === Math.min(...values)) return undefined;
  return COMPETENCES.reduce((best, c) => (byCompetence[c] < byCompetence[best] ? c : best), COMPETENCES[0]);
}

export function rankPromptsReference(input: RankInput): RankedPrompt[] {
  const { library, context, history, date, seed } = input;
  const policy = input.policy ?? {};
  const limit = input.limit ?? 3;
  const windowStart = date.getTime() - (policy.historyWindowDays ?? 42) * DAY;
  const lastUsed = new Map<string, number>();
  for (const h of history) {
    if (!h.promptId) continue;
    const t = Date.parse(h.date);
    if (!(t >= windowStart)) continue;
    lastUsed.set(h.promptId, Math.max(t, lastUsed.get(h.promptId) ?? Number.NEGATIVE_INFINITY));
  }
  const eligible = eligiblePromptsReference(library, context, date, policy);
  const fresh = eligible.filter((p) => !lastUsed.has(p.id));
  if (fresh.length === 0) return leastRecentlyUsed(eligible, lastUsed, limit);

  const direction = directionFor(history, date);
  const campaign = activeCampaign(policy.campaigns, dayKey(date));
  const rotation = stableRandomFrom(seed, context.studentKey, dayKey(date));
  const testWeek = inWindows(policy.calendar?.toetsweken, dayKey(date));
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
  return chosen(ranked, limit, direction, campaign);
}
