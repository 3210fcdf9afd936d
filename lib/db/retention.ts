import { RETENTION } from '../core/domain';
import {
  effectiveRetentionDays,
  type RetentionInForce,
  retentionInForce,
  retentionPolicyRefused,
  validRetentionDays,
} from '../core/retention';
import { z } from '../core/zod';
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
 * Removes notes, moments, referrals, entries from the previous mentor and done afspraken dated before the
 * retention cutoff (open afspraken stay), then students with nothing left. One transaction.
 */
export async function applyRetention(
  db: LobDatabase,
  now: Date,
  retentionDays: number = RETENTION.defaultDays,
): Promise<RetentionResult> {
  const days = effectiveRetentionDays(retentionDays);
  const cutoff = retentionCutoff(now, days);
  const tables = [db.students, db.notes, db.afspraken, db.moments, db.referrals, db.aliases, db.facts, db.drafts, db.handed];
  return db.transaction('rw', tables, async () => {
    // ISO strings: every date-time on a day before the cutoff sorts below the bare cutoff day.
    const notes = await db.notes.where('date').below(cutoff).delete();
    const moments = await db.moments.where('date').below(cutoff).delete();
    const referrals = await db.referrals.where('date').below(cutoff).delete();
    const afspraken = await db.afspraken.filter((a) => a.done && lastDay(a) < cutoff).delete();
    // What the mentor set goes when it was last set before the cutoff; until then it keeps the student.
    await db.facts.where('updatedAt').below(cutoff).delete();
    await db.drafts.where('updatedAt').below(cutoff).delete();
    // What the previous mentor handed over follows this school's period from its original date.
    await db.handed.where('date').below(cutoff).delete();
    const inUse = new Set<string>();
    for (const table of [db.notes, db.afspraken, db.moments, db.referrals, db.facts, db.drafts, db.handed]) {
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
 * Whether the daily retention job may delete now, and on which period. Never on a policy that was not
 * read this session (a failed managed read must not turn the school's 3650 days into the default 730),
 * never when the school's policy sets `retentionDays` to something unusable ("3650" as text, 4000,
 * 0: the settings would fall back to 730), never on a period that is not valid itself, and never
 * when the clock looks wrong: earlier than the last run, or more than a year after it.
 */
export type RetentionSkip =
  | 'policyNotRead'
  | 'policyValueInvalid'
  | 'ownValueInvalid'
  | 'valueInvalid'
  | 'clockBackwards'
  | 'clockJumpedAYear';

export function retentionMayRun(input: {
  policyRead: boolean;
  /** What the policy got wrong (lib/policy/parse.ts reports an unusable period at `retentionDays`). */
  policyProblems: readonly { key: string }[];
  /** The period asked for (policy, teacher or default). */
  days: unknown;
  /** The teacher's own stored period is present but unusable (lib/core/retention.ts ownRetentionRefused). */
  ownValueInvalid?: boolean;
  now: Date;
  lastRun?: string;
}): { ok: true; days: number } | { ok: false; reason: RetentionSkip } {
  if (!input.policyRead) return { ok: false, reason: 'policyNotRead' };
  if (retentionPolicyRefused(input.policyProblems)) return { ok: false, reason: 'policyValueInvalid' };
  if (input.ownValueInvalid) return { ok: false, reason: 'ownValueInvalid' };
  const days = validRetentionDays(input.days);
  if (days === undefined) return { ok: false, reason: 'valueInvalid' };
  if (input.lastRun) {
    const last = Date.parse(input.lastRun);
    const now = input.now.getTime();
    if (Number.isFinite(last) && now < last) return { ok: false, reason: 'clockBackwards' };
    if (Number.isFinite(last) && now - last > YEAR_MS) return { ok: false, reason: 'clockJumpedAYear' };
  }
  return { ok: true, days };
}

const IN_FORCE = 'retentionInForce';
const inForceSchema = z.object({
  days: z.number().int(),
  shorter: z.object({ days: z.number().int(), since: z.string() }).optional(),
});

/** The retention period in force (lib/core/retention.ts), as the last run or the options page left it. */
export async function readRetentionInForce(db: LobDatabase): Promise<RetentionInForce | undefined> {
  const value = (await db.meta.get(IN_FORCE))?.value;
  if (typeof value !== 'string') return undefined;
  try {
    const parsed = inForceSchema.safeParse(JSON.parse(value));
    if (!parsed.success) return undefined;
    const { days, shorter } = parsed.data;
    return shorter ? { days, shorter } : { days };
  } catch {
    return undefined;
  }
}

async function writeRetentionInForce(db: LobDatabase, state: RetentionInForce): Promise<void> {
  await db.meta.put({ key: IN_FORCE, value: JSON.stringify(state) });
}

/** How many notes a retention period of `days` would remove now (the number the options page asks about). */
export function countNotesBeyond(db: LobDatabase, days: number, now: Date): Promise<number> {
  return db.notes.where('date').below(retentionCutoff(now, days)).count();
}

/**
 * The daily retention job's deletion: the period asked for (policy or teacher) applies at once when
 * it is longer, and only after the grace period when it is shorter (the longer one applies until
 * then). Reads and stores the period in force; the caller has checked `retentionMayRun` and passes
 * the period it validated.
 */
export async function runRetention(db: LobDatabase, now: Date, requestedDays: number): Promise<RetentionResult> {
  const { apply, state } = retentionInForce(requestedDays, await readRetentionInForce(db), now);
  const result = await applyRetention(db, now, apply);
  await writeRetentionInForce(db, state);
  return result;
}

/**
 * The options page's confirmed "korter bewaren": the period in force stays `from` and the shorter
 * one waits the grace period from now (the retention job would start the same wait on its next run;
 * starting it here makes the date the teacher is told exact).
 */
export async function scheduleShorterRetention(db: LobDatabase, from: number, to: number, now: Date): Promise<RetentionInForce> {
  const previous = (await readRetentionInForce(db)) ?? { days: effectiveRetentionDays(from) };
  const { state } = retentionInForce(to, { days: Math.max(previous.days, effectiveRetentionDays(from)) }, now);
  await writeRetentionInForce(db, state);
  return state;
}
