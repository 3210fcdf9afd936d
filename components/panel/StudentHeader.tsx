import { useContext } from 'preact/hooks';
import { t } from '../../lib/i18n/translate';
import type { PanelData } from '../../lib/messages/schema';
import { formatDate } from '../../lib/ui/labels';
import type { Display } from './api';
import { BlurContext, Private } from './Private';

export function StudentHeader({
  display,
  sisId,
  story,
  data,
  today,
  onDone,
}: {
  display: Display;
  /** The school system's own number for this student (shown discreetly, so the teacher can check it). */
  sisId: string;
  story: string | undefined;
  data: PanelData | undefined;
  today: string;
  onDone: (id: string) => void;
}) {
  const due = data?.afspraken.filter((a) => a.due && a.due <= today) ?? [];
  const blurred = useContext(BlurContext);
  return (
    <header class="student-header" data-part="header">
      <h2 class="student">
        <Private>
          {display.name ?? '—'}
          {display.klas ? ` · ${display.klas}` : ''}
        </Private>
      </h2>
      <div class="meta">
        <p class="sis-id">
          <Private>{t('panel.sisId', { id: sisId })}</Private>
        </p>
        {data && (
          <p class="last-contact">
            <Private>
              {data.lastContact ? t('panel.lastContact', { date: formatDate(data.lastContact) }) : t('panel.lastContactNone')}
            </Private>
          </p>
        )}
      </div>
      {story && <p class="story muted">{story}</p>}
      {data?.lastNextStep && (
        <p class="last-step">
          <strong>{t('panel.lastNextStep')}: </strong>
          <Private>{data.lastNextStep}</Private>
        </p>
      )}
      {data && data.afspraken.length > 0 && (
        <section class="open-afspraken" aria-labelledby="lob-open-afspraken">
          <h3 id="lob-open-afspraken">{t('panel.openAfspraken')}</h3>
          {due.length > 0 && <p class="due">{t('panel.dueCount', { count: due.length })}</p>}
          <ul class="afspraken">
            {data.afspraken.map((a) => (
              <li key={a.id} class={a.due && a.due <= today ? 'is-due' : ''}>
                <label>
                  <input
                    type="checkbox"
                    onChange={() => onDone(a.id)}
                    aria-label={t('panel.afspraakDone', { what: blurred ? t('panel.hidden') : a.what })}
                  />{' '}
                  <Private>
                    {a.what}
                    {a.who ? ` (${a.who})` : ''}
                    {a.due ? ` · ${formatDate(a.due)}` : ''}
                  </Private>
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}
    </header>
  );
}
