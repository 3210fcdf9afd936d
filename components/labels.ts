import { getLanguage } from '../lib/i18n';
import type { Competence } from '../lib/prompts/schema';

const LABELS: Record<Competence, { nl: string; en: string }> = {
  kwaliteiten: { nl: 'Kwaliteiten', en: 'Qualities' },
  motieven: { nl: 'Motieven', en: 'Motives' },
  werkexploratie: { nl: 'Werkexploratie', en: 'Work exploration' },
  loopbaansturing: { nl: 'Loopbaansturing', en: 'Career steering' },
  netwerken: { nl: 'Netwerken', en: 'Networking' },
};

export function competenceLabel(c: Competence): string {
  return LABELS[c][getLanguage()];
}

/** "23 november 2026" in the UI language. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(getLanguage() === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}
