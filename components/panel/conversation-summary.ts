import { t } from '../../lib/i18n/translate';
import type { AfspraakView } from '../../lib/messages/schema';
import type { NoteInput } from './api';

/** One conversation: the note's own fields, with the competences as labels. */
export interface ConversationForSummary extends Pick<NoteInput, 'text' | 'studentWords' | 'nextStep'> {
  process: string;
  name: string;
  klas?: string;
  date: string;
  competences: string[];
  afspraken: Pick<AfspraakView, 'what' | 'who' | 'due'>[];
}

/** Plain text of one conversation, to paste into the SIS logboek (the official record). */
export function conversationSummary(c: ConversationForSummary): string {
  const lines = [t('panel.summaryTitle', { process: c.process, name: c.klas ? `${c.name} (${c.klas})` : c.name })];
  lines.push(t('panel.summaryDate', { date: c.date }));
  if (c.text.trim()) lines.push('', c.text.trim());
  if (c.studentWords?.trim()) lines.push('', t('panel.summaryStudentWords', { text: c.studentWords.trim() }));
  if (c.nextStep?.trim()) lines.push(t('panel.summaryNextStep', { text: c.nextStep.trim() }));
  for (const a of c.afspraken) {
    const who = a.who ? ` (${a.who})` : '';
    const due = a.due ? `, ${a.due}` : '';
    lines.push(t('panel.summaryAfspraak', { text: `${a.what}${who}${due}` }));
  }
  if (c.competences.length) lines.push(t('panel.summaryCompetences', { list: c.competences.join(', ') }));
  return lines.join('\n');
}
