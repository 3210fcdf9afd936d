import { RETENTION } from '../core/domain';
import { effectiveRetentionDays } from '../core/retention';
import type { AfspraakRecord, LobDatabase } from './database';
import type { EraseCounts } from './erase';

export { effectiveRetentionDays };

const DAY_MS = 86_400_000;

/**
 * The first day (YYYY-MM-DD, UTC) that is kept: rows dated before this day are removed.
 * A note from exactly `days` days ago is kept for the rest of that day.
 */
export function retentionCutoff(now: Date, days: number): string {
  return new Date(now.getTime() - effectiveRetentionDays(days) * DAY_MS).toISOString().slice(0, 10);
}

export interface RetentionResult extends EraseCounts {
  retentionDays: number;
  cutoff: string;
}

/** The day a done afspraak last mattered: the latest of agreed, due and done. */
function lastDay(a: AfspraakRecord): string {
  return [a.createdAt, a.due ?? '', a.doneAt ?? ''].sort().at(-1)?.slice(0, 10) ?? '';
}

/**
 * Removes notes, moments, referrals and done afspraken dated before the retention cutoff (open afspraken
 * stay), then students with nothing left. One transaction.
 */
export async function applyRetention(
  db: LobDatabase,
  now: Date,
  retentionDays: number = RETENTION.defaultDays,
): Promise<RetentionResult> {
  const days = effectiveRetentionDays(retentionDays);
  const cutoff = retentionCutoff(now, days);
  return db.transaction('rw', [db.students, db.notes, db.afspraken, db.moments, db.referrals, db.aliases], async () => {
    // ISO strings: every date-time on a day before the cutoff sorts below the bare cutoff day.
    const notes = await db.notes.where('date').below(cutoff).delete();
    const moments = await db.moments.where('date').below(cutoff).delete();
    const referrals = await db.referrals.where('date').below(cutoff).delete();
    const afspraken = await db.afspraken.filter((a) => a.done && lastDay(a) < cutoff).delete();
    const inUse = new Set<string>();
    for (const table of [db.notes, db.afspraken, db.moments, db.referrals]) {
      for (const key of await table.orderBy('studentKey').uniqueKeys()) inUse.add(String(key));
    }
    const orphans = (await db.students.toCollection().primaryKeys()).filter((key) => !inUse.has(key));
    await db.students.bulkDelete(orphans);
    // A pairing whose student is gone goes with it.
    const gone = new Set(orphans);
    await db.aliases.filter((a) => gone.has(a.key) || gone.has(a.studentKey)).delete();
    return { students: orphans.length, notes, afspraken, moments, referrals, retentionDays: days, cutoff };
  });
}

const YEAR_MS = 366 * DAY_MS;

/**
 * Whether the daily retention job may delete now. Never on a policy that was not read this session
 * (a failed managed read must not turn the school's 3650 days into the default 730), and never when
 * the clock looks wrong: earlier than the last run, or more than a year after it.
 */
export type RetentionSkip = 'policyNotRead' | 'clockBackwards' | 'clockJumpedAYear';

export function retentionMayRun(input: {
  policyRead: boolean;
  now: Date;
  lastRun?: string;
}): { ok: true } | { ok: false; reason: RetentionSkip } {
  if (!input.policyRead) return { ok: false, reason: 'policyNotRead' };
  if (input.lastRun) {
    const last = Date.parse(input.lastRun);
    const now = input.now.getTime();
    if (Number.isFinite(last) && now < last) return { ok: false, reason: 'clockBackwards' };
    if (Number.isFinite(last) && now - last > YEAR_MS) return { ok: false, reason: 'clockJumpedAYear' };
  }
  return { ok: true };
}
