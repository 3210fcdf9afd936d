import { effectiveRetentionDays } from '../../lib/core/retention';
import { t } from '../../lib/i18n/translate';

/** "2 jaar" for whole years, otherwise "45 dagen". */
export function retentionPeriod(days: number): string {
  const d = effectiveRetentionDays(days);
  return d % 365 === 0 ? t('data.retentionYears', { count: d / 365 }) : t('data.retentionDays', { count: d });
}
