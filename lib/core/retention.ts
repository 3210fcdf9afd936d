import { RETENTION } from './domain';

/** The period in days that applies: a whole number of at least the minimum, otherwise the default (two years). */
export function effectiveRetentionDays(days: unknown): number {
  return typeof days === 'number' && Number.isInteger(days) && days >= RETENTION.minDays ? days : RETENTION.defaultDays;
}

/** A period the retention job may act on: a whole number of days within the allowed range; otherwise undefined. */
export function validRetentionDays(days: unknown): number | undefined {
  return typeof days === 'number' && Number.isInteger(days) && days >= RETENTION.minDays && days <= RETENTION.maxDays
    ? days
    : undefined;
}

/**
 * The school's policy set `retentionDays` to something unusable: policy parsing dropped it and
 * reported a problem at that key (lib/policy/parse.ts), so the settings show a fallback, not the
 * school's period. Retention must not act on that fallback.
 */
export function retentionPolicyRefused(problems: readonly { key: string }[]): boolean {
  return problems.some((p) => p.key === 'retentionDays');
}

/**
 * The teacher's own stored settings hold a `retentionDays` that is present but unusable (text, out
 * of range; an older version or a hand edit left it), and the policy does not decide the period:
 * the settings show the default, but retention must not act on that fallback.
 */
export function ownRetentionRefused(ownSettings: unknown, lockedByPolicy: boolean): boolean {
  if (lockedByPolicy || typeof ownSettings !== 'object' || ownSettings === null) return false;
  if (!Object.hasOwn(ownSettings, 'retentionDays')) return false;
  const days = (ownSettings as { retentionDays?: unknown }).retentionDays;
  return days !== undefined && validRetentionDays(days) === undefined;
}

/** Days a shorter retention period waits before the retention job acts on it. */
export const RETENTION_GRACE_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * The period the retention job acts on, remembered between runs: `days`, and a shorter period the
 * teacher or school chose `since` a moment that still has to wait out the grace period.
 */
export interface RetentionInForce {
  days: number;
  shorter?: { days: number; since: string };
}

/** The day a waiting shorter period takes effect (YYYY-MM-DD), or undefined when none waits. */
export function shorterStartsOn(state: RetentionInForce): string | undefined {
  if (!state.shorter) return undefined;
  const since = Date.parse(state.shorter.since);
  return Number.isFinite(since) ? new Date(since + RETENTION_GRACE_DAYS * DAY_MS).toISOString().slice(0, 10) : undefined;
}

/**
 * Which period applies now, given the period asked for (policy or teacher) and what was in force.
 * Longer (or the same) applies at once. Shorter waits RETENTION_GRACE_DAYS from when it was first
 * seen; asking for yet another shorter period starts the wait again. Pure: the caller stores `state`.
 */
export function retentionInForce(
  requested: unknown,
  previous: RetentionInForce | undefined,
  now: Date,
): { apply: number; state: RetentionInForce } {
  const days = effectiveRetentionDays(requested);
  if (!previous || days >= previous.days) return { apply: days, state: { days } };
  const since = previous.shorter?.days === days ? Date.parse(previous.shorter.since) : Number.NaN;
  if (!Number.isFinite(since)) {
    return { apply: previous.days, state: { days: previous.days, shorter: { days, since: now.toISOString() } } };
  }
  const waited = now.getTime() - since;
  if (waited >= RETENTION_GRACE_DAYS * DAY_MS) return { apply: days, state: { days } };
  return { apply: previous.days, state: previous };
}
