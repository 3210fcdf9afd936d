import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/translate';
import type { HandedView } from '../../lib/messages/schema';
import { competenceLabel, formatDate } from '../../lib/ui/labels';
import { Private } from './Private';

/**
 * What the previous mentor handed over for this student, apart from this mentor's own notes: each
 * conversation (its own date, the student's words, the next step, the competences it touched) and
 * each afspraak that was still open, marked "van de vorige mentor (datum)".
 */
export function FromPreviousMentor({ entries, onRemove }: { entries: readonly HandedView[]; onRemove: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  if (entries.length === 0) return null;
  return (
    <section class="from-previous" aria-labelledby="lob-from-previous" data-part="from-previous">
      <h3 id="lob-from-previous">{t('handoverPanel.fromPrevious')}</h3>
      <ul class="timeline">
        {entries.map((e) => (
          <li key={e.id}>
            <p class="muted">
              {formatDate(e.date)} · {t('handoverPanel.fromPreviousOn', { date: formatDate(e.handedOn) })}
            </p>
            <Private>
              {e.kind === 'note' ? (
                <>
                  {e.competences && e.competences.length > 0 && (
                    <p class="muted">{e.competences.map(competenceLabel).join(', ')}</p>
                  )}
                  {e.studentWords && <p>{t('handoverPanel.studentWords', { text: e.studentWords })}</p>}
                  {e.nextStep && <p>{t('handoverPanel.nextStep', { text: e.nextStep })}</p>}
                </>
              ) : (
                <p>
                  {t('handoverPanel.afspraak', { what: e.what ?? '' })}
                  {e.who ? ` (${e.who})` : ''}
                  {e.due ? ` · ${formatDate(e.due)}` : ''}
                </p>
              )}
            </Private>
          </li>
        ))}
      </ul>
      {asking ? (
        <div class="row">
          <p>{t('handoverPanel.removeAsk')}</p>
          <button type="button" class="btn small" onClick={() => void onRemove().finally(() => setAsking(false))}>
            {t('handoverPanel.removeYes')}
          </button>
          <button type="button" class="btn quiet small" onClick={() => setAsking(false)}>
            {t('handoverPanel.removeNo')}
          </button>
        </div>
      ) : (
        <button type="button" class="btn quiet small" onClick={() => setAsking(true)}>
          {t('handoverPanel.remove')}
        </button>
      )}
    </section>
  );
}
