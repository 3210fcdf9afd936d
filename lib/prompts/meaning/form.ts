import type { Bilingual, Rule } from './types';

/**
 * The form checks of lob-content.md §5, for Dutch and English alike: no exclamation marks and no
 * words in capitals (pressure). Both warn: the sentence may be fine once the form is calmer.
 */

/**
 * Acronyms that may stay in capitals. LOB, SLB, BPV, BBL/BOL, AVG, UWV, DUO, NLT, CKV, BSM, LO, PIE,
 * ICT, HR, CV, EHBO, ZZP, MBA; leerwegen BB, KB, GL, TL, GT. Short names of schools and companies
 * (HAN, ROC, TU, KLM, NS, BSA) are fine anyway (fewer than five letters, not in a run).
 */
const ACRONYMS: ReadonlySet<string> = new Set(
  'LOB SLB BPV BBL BOL AVG UWV DUO NLT CKV BSM LO PIE ICT HR CV EHBO ZZP MBA BB KB GL TL GT EU VN UN NGO AI IT TV OK'.split(' '),
);
/** School types are written in lower case in Dutch: capitals here are shouting, not an acronym. */
const SHOUTED_SCHOOL_TYPES: ReadonlySet<string> = new Set(['MBO', 'HBO', 'VWO', 'HAVO', 'VMBO', 'WO']);

/** Words in capitals that shout: a school type, a capital word of five letters or more, or two in a row. */
function shouting(text: string): string | undefined {
  const caps = (w: string) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
  const all = [...text.matchAll(/\p{L}+/gu)].map((m) => m[0]);
  return all.find((word, i) => {
    if (!caps(word) || ACRONYMS.has(word)) return false;
    const inRun = caps(all[i + 1] ?? '') || caps(all[i - 1] ?? '');
    return SHOUTED_SCHOOL_TYPES.has(word) || word.length >= 5 || inRun;
  });
}

const calmer: Bilingual = {
  nl: 'Schrijf rustig: een punt of vraagteken, woorden in kleine letters (vmbo, havo, mbo).',
  en: 'Write calmly: a full stop or question mark, words in lower case.',
};

export const FORM_RULES: readonly Rule[] = [
  {
    id: 'form-exclamation',
    kind: 'exclamation',
    level: 'warn',
    reason: { nl: 'Een uitroepteken zet druk.', en: 'An exclamation mark puts on pressure.' },
    rewrite: calmer,
    test: (s) => (s.raw.includes('!') ? '!' : undefined),
  },
  {
    id: 'form-capitals',
    kind: 'capitals',
    level: 'warn',
    reason: { nl: 'Woorden in hoofdletters roepen.', en: 'Words in capitals shout.' },
    rewrite: calmer,
    test: (s) => shouting(s.raw),
  },
];
