import type { MomentType } from '../schema';

/**
 * "Je doet het al": one-click moments that make visible what teachers already do for a student's
 * loopbaan. Seed 004:3284-3303 (HvA 2023), eigen woorden. Never a tick list; only a count for the teacher.
 */
export const momentTypes: MomentType[] = [
  {
    id: 'compliment-gegeven',
    label: { nl: 'Compliment gegeven', en: 'Gave a compliment' },
    competences: ['kwaliteiten'],
    source: 'seed 004:3291-3295 (HvA 2023), eigen woorden',
  },
  {
    id: 'beroep-genoemd',
    label: { nl: 'Beroep of opleiding genoemd', en: 'Mentioned a job or programme' },
    competences: ['werkexploratie'],
    source: 'seed 004:757-765 (HvA 2023), eigen woorden',
  },
  {
    id: 'netwerk-gedeeld',
    label: { nl: 'Netwerk gedeeld (bijvoorbeeld voor een stageplek)', en: 'Shared my network (for example for a placement)' },
    competences: ['netwerken'],
    source: 'seed 004:3289-3291 (HvA 2023), eigen woorden',
  },
  {
    id: 'contact-gezocht',
    label: { nl: 'Contact gezocht waar het niet vanzelf gaat', en: 'Reached out where contact is not easy' },
    competences: ['netwerken', 'motieven'],
    source: 'seed 004:3291-3292 (HvA 2023), eigen woorden',
  },
  {
    id: 'informeel-gesprek',
    label: { nl: 'Informeel gesprek (bijvoorbeeld al wandelend)', en: 'Informal talk (for example while walking)' },
    competences: ['motieven'],
    source: 'seed 004:1800-1806 (HvA 2023), eigen woorden',
  },
  {
    id: 'talent-doorgegeven',
    label: { nl: 'Talent doorgegeven aan de mentor', en: 'Passed a talent on to the mentor' },
    competences: ['kwaliteiten', 'netwerken'],
    source: 'lob-content.md §4 (vakdocent → mentor); seed 004:757-765 (HvA 2023), eigen woorden',
  },
  {
    id: 'eigen-loopbaan-gedeeld',
    label: { nl: 'Iets van mijn eigen loopbaan gedeeld', en: 'Shared something of my own career' },
    competences: ['werkexploratie'],
    source: 'seed 004:1737-1743 en 3075-3078 (HvA 2023), eigen woorden',
  },
  {
    id: 'vraag-over-later',
    label: { nl: 'Vraag over later gesteld', en: 'Asked a question about the future' },
    competences: ['loopbaansturing'],
    source: 'Expertisepunt LOB, loopbaangesprek; eigen woorden',
  },
];
