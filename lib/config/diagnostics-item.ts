import type { MeaningLookEntry } from '../core/meaning-look';
import { STORAGE_KEYS } from '../core/storage-keys';
import { defineStoredItem, isRecord } from '../core/stored-items';
import type { RetentionSkip } from '../db/retention';
import type { DiagnosticsLog } from '../hosts/diagnostics';
import { type PolicyProblem, validProblems } from '../policy';

/**
 * The local, redacted diagnostics: which profile/selector missed and what the policy got wrong,
 * never names or grades. Written by the background (entrypoints/background/diagnostics.ts), exported
 * from the options page. Each part is checked where it is used (the host log by lib/hosts/diagnostics.ts).
 */
export interface StoredDiagnostics {
  hostMisses?: DiagnosticsLog;
  policyProblems?: PolicyProblem[];
  /** What recognition by meaning saw on pages no profile recognises (checked by lib/hosts/meaning/look-log.ts). */
  meaningLooks?: MeaningLookEntry[];
  /** The last time the retention job did not delete, and why (no personal data). */
  retentionSkipped?: { at: string; reason: RetentionSkip };
}

export const diagnosticsItem = defineStoredItem<StoredDiagnostics>({
  area: 'local',
  key: STORAGE_KEYS.diagnostics,
  fallback: {},
  parse: (raw) => {
    if (!isRecord(raw)) return {};
    return 'policyProblems' in raw ? { ...raw, policyProblems: validProblems(raw.policyProblems) } : raw;
  },
});
