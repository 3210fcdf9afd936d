import { t } from '../../../i18n/translate';
import { formatDate } from '../../../ui/labels';

/** A private mirror for the mentor: who had no loopbaanmoment this period. Never a report. Nothing of it while blurred. */
export function MentorOverview({
  names,
  total,
  since,
  blurred = false,
}: {
  names: string[];
  total: number;
  since: string;
  blurred?: boolean;
}) {
  return (
    <section class="card" aria-label={t('overview.show')}>
      {blurred ? (
        <p class="title">{t('overview.hidden')}</p>
      ) : names.length === 0 ? (
        <p class="title">{t('overview.none')}</p>
      ) : (
        <details>
          <summary class="title">{t('overview.title', { date: formatDate(since), count: names.length, total })}</summary>
          <ul class="names">
            {names.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      )}
      <p class="muted">{t('overview.hint')}</p>
    </section>
  );
}
