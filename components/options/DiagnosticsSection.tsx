import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n/translate';

/**
 * "Herkenning en diagnose": the school's own domains (if any), and the local, redacted diagnostics
 * (never names or grades), exportable for the school's IT admin.
 */
export function DiagnosticsSection({
  problems,
  onExport,
  children,
}: {
  problems: number;
  onExport: () => void;
  children?: ComponentChildren;
}) {
  return (
    <section class="group" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{t('diagnostics.title')}</h2>
      {children}
      <p>{t('diagnostics.intro')}</p>
      {problems > 0 && <p class="status error">{t('diagnostics.policyProblems', { count: problems })}</p>}
      <button type="button" class="btn" onClick={onExport}>
        {t('diagnostics.export')}
      </button>
    </section>
  );
}
