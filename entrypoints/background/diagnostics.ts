import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from '../../lib/core/storage-keys';
import type { RetentionSkip } from '../../lib/db/retention';
import type { Miss } from '../../lib/hosts/context';
import { type DiagnosticsLog, recordMiss } from '../../lib/hosts/diagnostics';
import type { PolicyProblem } from '../../lib/policy';

/** The local, redacted diagnostics: which profile/selector missed and what the policy got wrong. Never names or grades. */
const DIAGNOSTICS_KEY = STORAGE_KEYS.diagnostics;

export interface StoredDiagnostics {
  hostMisses?: DiagnosticsLog;
  policyProblems?: PolicyProblem[];
  /** The last time the retention job did not delete, and why (no personal data). */
  retentionSkipped?: { at: string; reason: RetentionSkip };
}

let queue: Promise<void> = Promise.resolve();

/** Writes are serialised, so two quick misses never overwrite each other. */
function update(change: (current: StoredDiagnostics) => StoredDiagnostics): Promise<void> {
  queue = queue
    .then(async () => {
      const current = ((await browser.storage.local.get(DIAGNOSTICS_KEY))[DIAGNOSTICS_KEY] ?? {}) as StoredDiagnostics;
      await browser.storage.local.set({ [DIAGNOSTICS_KEY]: change(current) });
    })
    .catch(() => undefined);
  return queue;
}

export function recordHostMiss(miss: Miss): Promise<void> {
  return update((d) => ({ ...d, hostMisses: recordMiss(d.hostMisses, miss, Date.now()) }));
}

export function recordPolicyProblems(problems: PolicyProblem[]): Promise<void> {
  return update((d) => ({ ...d, policyProblems: problems.slice(0, 100) }));
}

export function recordRetentionSkip(reason: RetentionSkip): Promise<void> {
  return update((d) => ({ ...d, retentionSkipped: { at: new Date().toISOString(), reason } }));
}
