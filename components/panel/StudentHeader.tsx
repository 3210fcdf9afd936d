import { t } from '../../lib/i18n';
import type { PanelData } from '../../lib/messages/schema';
import { formatDate } from '../../lib/ui/labels';
import type { Display } from './api';
import { Private } from './Private';

export function StudentHeader({
  display,
  story,
  data,
  today,
  onDone,
}: {
  display: Display;
  story: string | undefined;
  data: PanelData | undefined;
  today: string;
  onDone: (id: string) => void;
}) {
  const due = data?.afspraken.filter((a) => a.due && a.due <= today) ?? [];
  return (
    <header class="student-header">
      <h2 class="student">
        <Private>
          {display.name ?? '—'}
          {display.klas ? ` · ${display.klas}` : ''}
        </Private>
      </h2>
      {story && <p class="story">{story}</p>}
      {data && (
        <>
          <p class="muted">
            {data.lastContact ? t('panel.lastContact', { date: formatDate(data.lastContact) }) : t('panel.lastContactNone')}
          </p>
          {data.lastNextStep && (
            <p class="last-step">
              <strong>{t('panel.lastNextStep')}: </strong>
              <Private>{data.lastNextStep}</Private>
            </p>
          )}
          {data.afspraken.length > 0 && (
            <section aria-label={t('panel.openAfspraken')}>
              <h3>{t('panel.openAfspraken')}</h3>
              {due.length > 0 && <p class="due">{t('panel.dueCount', { count: due.length })}</p>}
              <ul class="afspraken">
                {data.afspraken.map((a) => (
                  <li key={a.id} class={a.due && a.due <= today ? 'is-due' : ''}>
                    <label>
                      <input
                        type="checkbox"
                        onChange={() => onDone(a.id)}
                        aria-label={t('panel.afspraakDone', { what: a.what })}
                      />{' '}
                      <Private>{a.what}</Private>
                      {a.who ? ` (${a.who})` : ''}
                      {a.due ? ` · ${formatDate(a.due)}` : ''}
                    </label>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </header>
  );
}
