import { RETENTION } from './domain';

/** The period in days that applies: a whole number of at least the minimum, otherwise the default (two years). */
export function effectiveRetentionDays(days: unknown): number {
  return typeof days === 'number' && Number.isInteger(days) && days >= RETENTION.minDays ? days : RETENTION.defaultDays;
}
