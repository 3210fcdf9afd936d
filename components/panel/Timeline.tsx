import { t } from '../../lib/i18n/translate';
import type { TimelineView } from '../../lib/messages/schema';
import { competenceLabel, formatDate } from '../../lib/ui/labels';
import { Private } from './Private';

/** Earlier notes, moments and referrals with this student, newest first. */
export function Timeline({ entries }: { entries: TimelineView[] }) {
  if (entries.length === 0) return <p class="muted">{t('panel.noNotes')}</p>;
  return (
    <ol class="timeline">
      {entries.map((e, i) => (
        <li key={`${e.kind}-${e.date}-${i}`} class={`entry ${e.kind}`}>
          <Private>
            <time dateTime={e.date}>{formatDate(e.date)}</time>
          </Private>
          {e.kind === 'note' ? (
            <div class="note-text">
              <Private>
                {e.note.text && <p>{e.note.text}</p>}
                {e.note.studentWords && (
                  <p>
                    <em>“{e.note.studentWords}”</em>
                  </p>
                )}
                {e.note.nextStep && (
                  <p>
                    <strong>{t('panel.nextStep')}: </strong>
                    {e.note.nextStep}
                  </p>
                )}
                {e.note.competences.length > 0 && <p class="muted">{e.note.competences.map(competenceLabel).join(' · ')}</p>}
              </Private>
            </div>
          ) : (
            <p>
              <Private>
                {e.kind === 'moment'
                  ? t('panel.timelineMoment', { label: e.label })
                  : t('panel.timelineReferral', { label: e.label })}
              </Private>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
