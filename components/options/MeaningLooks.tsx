import type { MeaningLookEntry } from '../../lib/core/meaning-look';
import { pageTypeName } from '../../lib/i18n/taught-problem-text';
import { t } from '../../lib/i18n/translate';
import { formatDate } from '../../lib/ui/labels';
import { useLoadedList } from './use-loaded-list';

/**
 * What recognition by meaning saw lately on pages no profile knows (from the local, redacted
 * diagnostics): per host a record, a grade grid or nothing, with its evidence as kinds and positions,
 * how often and when last. For the teacher who wonders why nothing shows, and for the IT administrator.
 */
export function MeaningLooks({ load }: { load: () => Promise<MeaningLookEntry[]> }) {
  const looks = useLoadedList(load);
  if (looks.length === 0) return null;
  return (
    <div class="subpart looks">
      <h3>{t('meaning.looksTitle')}</h3>
      <ul class="taught-list">
        {looks.map((l) => (
          <li key={`${l.host}-${l.outcome}-${l.evidence.join(',')}`}>
            <span>
              {t('meaning.lookItem', {
                host: l.host,
                found: l.outcome === 'none' ? t('meaning.lookNone') : pageTypeName(l.outcome),
                count: l.count,
                date: formatDate(new Date(l.lastSeen).toISOString()),
              })}
            </span>
            {l.evidence.length > 0 && <code class="muted">{l.evidence.join(' · ')}</code>}
          </li>
        ))}
      </ul>
      <p class="muted">{t('meaning.looksHelp')}</p>
    </div>
  );
}
