import { pageTypeName as pageName } from '../../lib/i18n/taught-problem-text';
import { type MessageKey, t } from '../../lib/i18n/translate';
import type { Miss } from '../../lib/messages/schema';
import { formatDate } from '../../lib/ui/labels';
import { useLoadedList } from './use-loaded-list';

/**
 * A page that was not (fully) recognised lately: which profile and page type, what was missing (the
 * miss the content script reported), how often and when last (from the diagnostics log).
 */
export interface RecentMiss extends Pick<Miss, 'profileId' | 'pageType' | 'what'> {
  count: number;
  lastSeen: number;
}

const WHAT: Record<string, MessageKey> = {
  route: 'teach.miss.route',
  root: 'teach.miss.root',
  studentId: 'teach.miss.studentId',
};

/**
 * "Opnieuw leren": pages that used to be recognised and now miss a part (from the local, redacted
 * diagnostics), each with the way back: teach that page again from the side panel.
 */
export function RecentMisses({ load }: { load: () => Promise<RecentMiss[]> }) {
  const misses = useLoadedList(load);
  if (misses.length === 0) return null;
  return (
    <div class="subpart misses">
      <h3>{t('teach.missesTitle')}</h3>
      <ul class="taught-list">
        {misses.map((m) => (
          <li key={`${m.profileId}-${m.pageType ?? ''}-${m.what}`}>
            <span>
              {t('teach.missItem', {
                page: m.pageType ? pageName(m.pageType) : m.profileId,
                what: WHAT[m.what] ? t(WHAT[m.what] as MessageKey) : m.what,
                count: m.count,
                date: formatDate(new Date(m.lastSeen).toISOString()),
              })}
            </span>
          </li>
        ))}
      </ul>
      <p class="muted">{t('teach.relearn')}</p>
    </div>
  );
}
