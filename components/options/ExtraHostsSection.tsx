import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/translate';

/** The school's own SIS domains (policy extraHosts): the browser asks the teacher once to allow them. */
export function ExtraHostsSection({ hosts, request }: { hosts: string[]; request: () => Promise<boolean> }) {
  const [status, setStatus] = useState('');
  if (hosts.length === 0) return null;
  return (
    <div class="subpart">
      <h3 id="hosts-title">{t('hosts.title')}</h3>
      <p>{t('hosts.intro')}</p>
      <ul>
        {hosts.map((h) => (
          <li key={h}>{h}</li>
        ))}
      </ul>
      <button
        type="button"
        class="btn"
        onClick={async () => setStatus((await request().catch(() => false)) ? t('hosts.allowed') : t('hosts.notAllowed'))}
      >
        {t('hosts.allow')}
      </button>
      <p role="status" class="status">
        {status}
      </p>
    </div>
  );
}
