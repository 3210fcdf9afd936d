import type { HandoverEntry } from '../../lib/core/handover-file';
import { t } from '../../lib/i18n/translate';
import { competenceLabel, formatDate } from '../../lib/ui/labels';

/** A day (YYYY-MM-DD) in words, the same day in every time zone. */
export const formatDay = (day: string) => formatDate(`${day}T12:00:00Z`);

/** A student as the handover shows them: the name, or "nummer 48213" when no name is known. */
export const handoverName = (s: { name?: string; sisId: string }) => s.name ?? t('handover.number', { sisId: s.sisId });

function NoteEntry({ entry }: { entry: Extract<HandoverEntry, { kind: 'note' }> }) {
  const competences = entry.competences.map(competenceLabel).join(', ');
  return (
    <>
      <strong>{t('handover.conversation', { date: formatDate(entry.date) })}</strong>
      {competences && ` · ${competences}`}
      {entry.studentWords && <span class="handover-line">{t('handover.studentWords', { text: entry.studentWords })}</span>}
      {entry.nextStep && <span class="handover-line">{t('handover.nextStep', { text: entry.nextStep })}</span>}
    </>
  );
}

function AfspraakEntry({ entry }: { entry: Extract<HandoverEntry, { kind: 'afspraak' }> }) {
  const about = [entry.who, entry.due && formatDay(entry.due)].filter(Boolean).join(', ');
  return (
    <>
      <strong>{t('handover.afspraak', { what: entry.what })}</strong>
      {about && ` (${about})`}
      <span class="handover-line muted">{t('handover.afspraakMade', { date: formatDate(entry.date) })}</span>
    </>
  );
}

/**
 * Exactly what a handover holds for one student, as the mentor who makes it and the mentor who
 * receives it both see it; an empty list says that nothing goes.
 */
export function HandoverEntries({ entries }: { entries: readonly HandoverEntry[] }) {
  if (entries.length === 0) return <p class="muted">{t('handover.nothing')}</p>;
  return (
    <ul class="handover-entries">
      {entries.map((entry) => (
        <li key={entry.id}>{entry.kind === 'note' ? <NoteEntry entry={entry} /> : <AfspraakEntry entry={entry} />}</li>
      ))}
    </ul>
  );
}
