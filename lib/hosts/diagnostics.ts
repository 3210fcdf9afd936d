import { addCounted, type Counted, cleanCounts } from '../core/counted-log';
import { MISS_KINDS } from '../core/domain';
import type { Miss } from './context';
import { PAGE_TYPES } from './schema';

/**
 * A local, redacted diagnostics log: which profile, page type and selector missed — codes and
 * selectors only, never names, ids or grades. Pure: every call returns a new log. An entry is the
 * miss the content script reported (its shape: `diagnostics/miss` in lib/messages/schema.ts), counted.
 */
type DiagnosticEntry = Miss & Counted;

export interface DiagnosticsLog {
  version: 1;
  entries: DiagnosticEntry[];
}

const MAX_SELECTOR = 200;

/**
 * Only what a profile author wrote survives: a code-like profile id, a known page type and miss
 * code, and a selector with quoted values and long digit runs (an id pasted into a selector) masked.
 */
function redactMiss(miss: unknown): Miss | undefined {
  if (!miss || typeof miss !== 'object') return undefined;
  const m = miss as Record<string, unknown>;
  const what = MISS_KINDS.find((w) => w === m.what);
  if (!what) return undefined;
  const profileId = typeof m.profileId === 'string' && /^[a-z0-9-]{1,64}$/.test(m.profileId) ? m.profileId : 'onbekend';
  const pageType = PAGE_TYPES.find((p) => p === m.pageType);
  const selector = typeof m.selector === 'string' ? redactSelector(m.selector) : undefined;
  return { profileId, what, ...(pageType ? { pageType } : {}), ...(selector ? { selector } : {}) };
}

export function redactSelector(selector: string): string | undefined {
  const value = selector
    .replace(/\p{Cc}/gu, ' ')
    .replace(/(["'])(?:(?!\1)[^\\]|\\.)*\1/g, (quoted) =>
      /^["'][a-z0-9_-]{0,40}["']$/i.test(quoted) && !/\d{3}/.test(quoted) ? quoted : '"…"',
    )
    .replace(/\d{3,}/g, '#')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_SELECTOR);
  return value || undefined;
}

const keyOf = (e: Miss): string => JSON.stringify([e.profileId, e.pageType ?? '', e.what, e.selector ?? '']);

/** Entries of a stored log that still look right (a log read back from storage may be anything). */
function validEntries(log: DiagnosticsLog | undefined): DiagnosticEntry[] {
  if (!log || !Array.isArray(log.entries)) return [];
  return log.entries.flatMap((e) => {
    const clean = redactMiss(e);
    return clean ? [{ ...clean, ...cleanCounts(e) }] : [];
  });
}

/** Adds a miss (deduplicated by profile/pageType/what/selector, counted); keeps the newest `maxEntries`. */
export function recordMiss(log: DiagnosticsLog | undefined, miss: Miss, now: number, maxEntries = 200): DiagnosticsLog {
  const entries = validEntries(log);
  const clean = redactMiss(miss);
  return { version: 1, entries: clean ? addCounted(entries, clean, keyOf, now, maxEntries) : [...entries] };
}

function isoTime(ms: unknown): string | null {
  const date = new Date(typeof ms === 'number' ? ms : Number.NaN);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** JSON for the diagnostics export on the options page: valid entries only, times as ISO strings. */
export function serializeDiagnostics(log: DiagnosticsLog | undefined): string {
  const entries = validEntries(log).map((e) => ({ ...e, firstSeen: isoTime(e.firstSeen), lastSeen: isoTime(e.lastSeen) }));
  return JSON.stringify({ kind: 'lob-host-diagnostics', version: 1, entries }, null, 2);
}
