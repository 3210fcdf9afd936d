import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n/translate';

/**
 * "Herkenning en diagnose": the school's own domains (if any), and the local, redacted diagnostics
 * (never names or grades), exportable for the school's IT admin.
 */
export function DiagnosticsSection({
  problems,
  retentionRefused = false,
  onExport,
  children,
}: {
  problems: number;
  /** The school's retention period is unusable, so the retention job does not run (lib/db/retention.ts). */
  retentionRefused?: boolean;
  onExport: () => void;
  children?: ComponentChildren;
}) {
  return (
    <section class="group" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{t('diagnostics.title')}</h2>
      {children}
      <p>{t('diagnostics.intro')}</p>
      {problems > 0 && <p class="status error">{t('diagnostics.policyProblems', { count: problems })}</p>}
      {retentionRefused && <p class="status error">{t('diagnostics.retentionRefused')}</p>}
      <button type="button" class="btn" onClick={onExport}>
        {t('diagnostics.export')}
      </button>
    </section>
  );
}
