import type { Campaign } from '../core/campaigns';
import { COMPETENCES, type Competence, type Localized, type Prompt, type Trigger } from './schema';

/** How the engine orders and explains the eligible prompts: bonuses, spread over competences, reasons. */

export interface RankedPrompt {
  prompt: Prompt;
  score: number;
  reason: Localized;
}

/** What made a prompt rank up (the strongest one): the source of its "waarom deze vraag" line. */
export type Why = 'own' | 'season' | 'direction' | 'campaign';

export interface Scored {
  prompt: Prompt;
  score: number;
  why: Why;
}

const COMPETENCE_LABELS: Record<Competence, Localized> = {
  kwaliteiten: { nl: 'kwaliteiten', en: 'qualities' },
  motieven: { nl: 'motieven', en: 'motives' },
  werkexploratie: { nl: 'werkexploratie', en: 'work exploration' },
  loopbaansturing: { nl: 'loopbaansturing', en: 'career steering' },
  netwerken: { nl: 'netwerken', en: 'networking' },
};

/** The bonuses a prompt can get, as bits: which it got decides its score and its "why". */
const BONUS = { subject: 1, trigger: 2, season: 4, direction: 8, campaign: 16 } as const;

/**
 * The bonuses that come from the context and the day, the same for every student: a matching subject,
 * a notable result, its window in the school year (`timed`) outside the school's test weeks (a calmer
 * card while students sit tests).
 */
export function contextBonuses(
  prompt: Prompt,
  timed: boolean,
  context: { subject?: string; trigger?: Trigger },
  testWeek: boolean,
): number {
  let bonuses = 0;
  if (prompt.subjects && context.subject) bonuses |= BONUS.subject;
  if (prompt.triggers && context.trigger && context.trigger !== 'usual') bonuses |= BONUS.trigger;
  if (timed && !testWeek) bonuses |= BONUS.season;
  return bonuses;
}

/** Competences as bits, to test a prompt against the direction in one step. */
export function competenceBits(competences: readonly Competence[]): number {
  let bits = 0;
  for (const c of competences) bits |= competenceBit(c);
  return bits;
}

/** A competence as the bit `competenceBits` gives it (0 for none). */
export function competenceBit(competence: Competence | undefined): number {
  return competence === undefined ? 0 : 1 << COMPETENCES.indexOf(competence);
}

/**
 * The bonuses of the student and the campaign on top of the context's: the least-touched competence
 * (`direction`, as a bit: a direction, never a score of the student) and a running campaign.
 */
export function studentBonuses(competences: number, direction: number, inCampaign: boolean): number {
  return (competences & direction ? BONUS.direction : 0) | (inCampaign ? BONUS.campaign : 0);
}

/** A prompt's score: its rotation plus its bonuses, added one by one in this order (the same to the last bit). */
export function scoreOf(rotation: number, bonuses: number): number {
  let score = rotation;
  if (bonuses & BONUS.subject) score += 1.5;
  if (bonuses & BONUS.trigger) score += 1.5;
  if (bonuses & BONUS.season) score += 1.5;
  if (bonuses & BONUS.direction) score += 0.75;
  if (bonuses & BONUS.campaign) score += 3;
  return score;
}

/** The strongest of its bonuses: what the reason names. */
export function whyOf(bonuses: number): Why {
  if (bonuses & BONUS.campaign) return 'campaign';
  if (bonuses & BONUS.direction) return 'direction';
  if (bonuses & BONUS.season) return 'season';
  return 'own';
}

/**
 * The best `limit` prompts, but a prompt that adds no new competence waits while another one would,
 * the season's prompts take at most a third of the places (at least one), and the least-discussed
 * competence brings up one question, not every question that touches it: three questions then span
 * the competences, and neither a choice moment nor one direction crowds out everything else.
 */
function spread<T extends { prompt: Prompt; why: Why }>(ranked: Iterable<T>, limit: number): T[] {
  const picked: T[] = [];
  const covered = new Set<Competence>();
  const skipped: T[] = [];
  const maxSeason = Math.max(1, Math.floor(limit / 3));
  let season = 0;
  let directed = false;
  for (const item of ranked) {
    if (picked.length >= limit) break;
    const repeats = limit > 1 && item.prompt.competences.every((c) => covered.has(c));
    const crowds = (item.why === 'season' && season >= maxSeason) || (item.why === 'direction' && directed);
    if (repeats || crowds) {
      skipped.push(item);
      continue;
    }
    if (item.why === 'season') season++;
    if (item.why === 'direction') directed = true;
    picked.push(item);
    for (const c of item.prompt.competences) covered.add(c);
  }
  for (const item of skipped) {
    if (picked.length >= limit) break;
    picked.push(item);
  }
  return picked;
}

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

/** The best `limit` of the scored prompts, spread over competences, each with its reason. */
export function chosen(
  ranked: Iterable<Scored>,
  limit: number,
  direction: Competence | undefined,
  campaign: Campaign | undefined,
) {
  return spread(ranked, limit).map(
    ({ prompt, score, why }): RankedPrompt => ({ prompt, score, reason: reasonFor(prompt, why, direction, campaign) }),
  );
}

/** The fallback of `rankPrompts`: every eligible prompt was used recently → the one used longest ago first. */
export function leastRecentlyUsed(
  eligible: readonly Prompt[],
  lastUsed: ReadonlyMap<string, number>,
  limit: number,
): RankedPrompt[] {
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

/** The competence with the lowest count; ties go to the first in the usual order. */
export function leastCounted(counts: Readonly<Record<Competence, number>>): Competence {
  return COMPETENCES.reduce((best, c) => (counts[c] < counts[best] ? c : best), COMPETENCES[0]);
}
