import { diagnosticsItem, type StoredDiagnostics } from '../../lib/config/diagnostics-item';
import { stored } from '../../lib/config/storage-item';
import { type MeaningLook, recordLook } from '../../lib/core/meaning-look';
import type { RetentionSkip } from '../../lib/db/retention';
import type { Miss } from '../../lib/hosts/context';
import { recordMiss } from '../../lib/hosts/diagnostics';
import type { PolicyProblem } from '../../lib/policy';

/** The local, redacted diagnostics: which profile/selector missed and what the policy got wrong. Never names or grades. */
const diagnostics = stored(diagnosticsItem);

let queue: Promise<void> = Promise.resolve();

/** Writes are serialised, so two quick misses never overwrite each other. */
function update(change: (current: StoredDiagnostics) => StoredDiagnostics): Promise<void> {
  queue = queue.then(() => diagnostics.update(change)).catch(() => undefined);
  return queue;
}

export function recordHostMiss(miss: Miss): Promise<void> {
  return update((d) => ({ ...d, hostMisses: recordMiss(d.hostMisses, miss, Date.now()) }));
}

export function recordMeaningLook(look: MeaningLook): Promise<void> {
  return update((d) => ({ ...d, meaningLooks: recordLook(d.meaningLooks, look, Date.now()) }));
}

export function recordPolicyProblems(problems: PolicyProblem[]): Promise<void> {
  return update((d) => ({ ...d, policyProblems: problems.slice(0, 100) }));
}

export function recordRetentionSkip(reason: RetentionSkip): Promise<void> {
  return update((d) => ({ ...d, retentionSkipped: { at: new Date().toISOString(), reason } }));
}
