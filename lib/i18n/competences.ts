import type { Competence } from '../core/domain';
import { getLanguage } from './translate';

const LABELS: Record<Competence, { nl: string; en: string }> = {
  kwaliteiten: { nl: 'Kwaliteiten', en: 'Qualities' },
  motieven: { nl: 'Motieven', en: 'Motives' },
  werkexploratie: { nl: 'Werkexploratie', en: 'Work exploration' },
  loopbaansturing: { nl: 'Loopbaansturing', en: 'Career steering' },
  netwerken: { nl: 'Netwerken', en: 'Networking' },
};

let schoolLabels: Partial<Record<Competence, string>> = {};

/** The school's competence labels (policy `competences`) replace the defaults. */
export function setCompetenceLabels(labels: Partial<Record<Competence, string>>): void {
  schoolLabels = { ...labels };
}

export function competenceLabel(c: Competence): string {
  return schoolLabels[c] ?? LABELS[c][getLanguage()];
}
