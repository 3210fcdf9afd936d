import { addCounted, type Counted, cleanCounts } from './counted-log';

/**
 * What recognition by meaning saw on the pages no profile recognises, for the options' diagnostics
 * and the school's IT administrator: the host, what was found (a record, a grade grid or nothing)
 * and its evidence as kinds and positions ("naam:heading", "nummer:label", "rijen:31",
 * "afstand:3"), never a value. Counted per host, outcome and evidence; the newest 50 stay. Pure.
 */
export const LOOK_OUTCOMES = ['studentRecord', 'gradeEntry', 'none'] as const;
export type LookOutcome = (typeof LOOK_OUTCOMES)[number];

export interface MeaningLook {
  host: string;
  outcome: LookOutcome;
  evidence: string[];
}

export type MeaningLookEntry = MeaningLook & Counted;

/** One piece of evidence: a kind and a word or a count of at most four digits ("nummer:cel-id", "rijen:31"); never free text or a number that could be a student's. */
export const EVIDENCE = /^[a-z]{1,20}:(?:[a-z-]{1,20}|\d{1,4})$/;
export const MAX_EVIDENCE = 12;
const HOST = /^[a-z0-9.-]{1,253}$/;

/** What a pass found, as the log keeps it. */
export function lookOf(finding: { kind: 'studentRecord' | 'gradeEntry'; evidence: readonly string[] } | undefined): {
  outcome: LookOutcome;
  evidence: string[];
} {
  if (!finding) return { outcome: 'none', evidence: [] };
  return { outcome: finding.kind, evidence: finding.evidence.filter((e) => EVIDENCE.test(e)).slice(0, MAX_EVIDENCE) };
}

function cleanLook(raw: unknown): MeaningLook | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  const outcome = LOOK_OUTCOMES.find((o) => o === r.outcome);
  if (!outcome || typeof r.host !== 'string' || !HOST.test(r.host)) return undefined;
  const evidence = Array.isArray(r.evidence)
    ? r.evidence.filter((e): e is string => typeof e === 'string' && EVIDENCE.test(e)).slice(0, MAX_EVIDENCE)
    : [];
  return { host: r.host, outcome, evidence };
}

/** The entries of a stored log that still look right (read back from storage it may be anything). */
export function validLooks(raw: unknown): MeaningLookEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((e) => {
    const look = cleanLook(e);
    return look ? [{ ...look, ...cleanCounts(e as Record<string, unknown>) }] : [];
  });
}

const keyOf = (l: MeaningLook) => JSON.stringify([l.host, l.outcome, l.evidence]);

export function recordLook(raw: unknown, look: MeaningLook, now: number, max = 50): MeaningLookEntry[] {
  const entries = validLooks(raw);
  const clean = cleanLook(look);
  return clean ? addCounted(entries, clean, keyOf, now, max) : entries;
}
