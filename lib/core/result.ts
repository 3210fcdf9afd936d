import type { Trigger } from './domain';

/**
 * What a result means relative to the student's OWN recent results (never to others, never a
 * verdict). Needs at least two earlier results to say more than "usual".
 */
export function relativeResult(grade: number, ownRecent: readonly number[]): Trigger {
  if (ownRecent.length < 2) return 'usual';
  const mean = ownRecent.reduce((a, b) => a + b, 0) / ownRecent.length;
  if (grade > Math.max(...ownRecent)) return 'personalBest';
  if (grade >= mean + 0.7) return 'strong';
  if (grade <= mean - 1.0) return 'belowUsual';
  return 'usual';
}

/**
 * On the grade-entry screen only the student's own average is visible: a result well above it is
 * "strong", well below it is "belowUsual" (→ contact first), the rest is usual.
 */
export function relativeToAverage(grade: number | undefined, average: number | undefined): Trigger {
  if (grade === undefined || average === undefined) return 'usual';
  if (grade >= 9 && grade > average + 0.5) return 'strong';
  if (grade >= average + 0.8) return 'strong';
  if (grade <= average - 1.0) return 'belowUsual';
  return 'usual';
}

/** Grading cues stay calm: at most `limit` prominent cues per grid, the clearest moments first. */
export function prominentRows<T extends { id: string; trigger: Trigger; delta: number }>(
  rows: readonly T[],
  limit = 5,
): Set<string> {
  return new Set(
    rows
      .filter((r) => r.trigger !== 'usual')
      .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((r) => r.id),
  );
}

/** "7,8" → 7.8; anything that is not a grade → undefined. */
export function parseGrade(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const m = /(?<![\d,.])(\d{1,2})(?:[,.](\d{1,2}))?(?![\d,.]*\d)/.exec(raw);
  if (!m) return undefined;
  const value = Number(`${m[1]}.${m[2] ?? '0'}`);
  return value >= 1 && value <= 10 ? value : undefined;
}
