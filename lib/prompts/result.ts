import type { Trigger } from './schema';

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
