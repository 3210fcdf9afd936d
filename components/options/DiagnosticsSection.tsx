import { t } from '../../lib/i18n';

/** The local, redacted diagnostics (never names or grades), exportable for the school's IT admin. */
export function DiagnosticsSection({ problems, onExport }: { problems: number; onExport: () => void }) {
  return (
    <section aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">{t('diagnostics.title')}</h2>
      <p>{t('diagnostics.intro')}</p>
      {problems > 0 && <p>{t('diagnostics.policyProblems', { count: problems })}</p>}
      <button type="button" onClick={onExport}>
        {t('diagnostics.export')}
      </button>
    </section>
  );
}
