/**
 * The guardrails of lob-content.md §5 as a pure text linter: every prompt, reason, moment label,
 * knowledge card and referral "when" text must pass it (tests/unit/prompts-library.test.ts).
 *
 * - No deficit words about the student (zwak, risico, achterstand, …; weak, at risk, falling behind, …).
 * - No tick / progress language (afgevinkt, voltooid, verplicht, checklist, "3 van 5", percentages, …).
 * - No "moet" (advice, verdicts); in English no must / should / have to.
 * - No exclamation marks and no words in capitals (pressure). Known acronyms are allowed:
 *   see ACRONYMS. School types are written in lower case in Dutch (vmbo, havo, vwo, mbo, hbo, wo),
 *   so MBO/HBO/VWO in capitals are flagged on purpose.
 * - Length: a prompt fits in two lines (≤ 170), a reason in one line (≤ 150), a card in one screen (≤ 1400).
 *
 * Matching is on whole words (or whole phrases), case- and diacritics-insensitive, so "ontmoeten",
 * "slechts" and "risicovol"-free words like "zwakstroom" are handled explicitly: only the listed word
 * forms count, never a substring of a longer word.
 */

export type Lang = 'nl' | 'en';

/** Length limits per kind of text (characters). */
export const LIMITS = {
  prompt: 170,
  why: 150,
  knowledgeCard: 1400,
  knowledgeTitle: 80,
  momentLabel: 60,
  referralWhen: 220,
} as const;
export type TextKind = keyof typeof LIMITS;

/**
 * Acronyms that may stay in capitals. Everything else of two or more capitals is "shouting".
 * LOB, SLB (studieloopbaanbegeleiding), BPV (beroepspraktijkvorming), BBL/BOL (mbo leerwegen),
 * AVG (privacy law), UWV, DUO, NLT, CKV, BSM, LO, PIE, ICT, HR, CV, EHBO, ZZP, MBA, PhD-like mixed
 * case is never flagged (not all caps). Leerwegen BB, KB, GL, TL, GT as vmbo abbreviations.
 */
export const ACRONYMS: ReadonlySet<string> = new Set([
  'LOB',
  'SLB',
  'BPV',
  'BBL',
  'BOL',
  'AVG',
  'UWV',
  'DUO',
  'NLT',
  'CKV',
  'BSM',
  'LO',
  'PIE',
  'ICT',
  'HR',
  'CV',
  'EHBO',
  'ZZP',
  'MBA',
  'BB',
  'KB',
  'GL',
  'TL',
  'GT',
  'EU',
  'VN',
  'UN',
  'NGO',
  'AI',
  'IT',
  'TV',
  'OK',
]);

/** Deficit words and phrases (whole words; `*` = any ending of letters). */
const DEFICIT: Record<Lang, readonly string[]> = {
  nl: [
    'zwak',
    'zwakke',
    'zwakker',
    'zwakkere',
    'zwakste',
    'zwakte',
    'zwaktes',
    'zwakheid',
    'risico*',
    'achterstand*',
    'achterstands*',
    'achterop',
    'achterlopen',
    'achterblijver*',
    'probleemleerling*',
    'probleemstudent*',
    'probleemgeval*',
    'laag niveau',
    'lager niveau',
    'laagste niveau',
    'onvoldoende*',
    'slecht',
    'slechte',
    'slechter',
    'slechtere',
    'slechtst',
    'slechtste',
    'faal*',
    'falen',
    'faalt',
    'gefaald',
    'mislukt*',
    'mislukking*',
    'mislukkeling*',
    'kansarm*',
    'lui',
    'luie',
    'dom',
    'domme',
    'hopeloos',
    'zorgleerling*',
    'uitvaller*',
    'tekortschieten',
    'schiet tekort',
  ],
  en: [
    'weak',
    'weaker',
    'weakest',
    'weakness*',
    'at risk',
    'at-risk',
    'risk',
    'risks',
    'risky',
    'behind in',
    'behind on',
    'behind with',
    'fall* behind',
    'fell behind',
    'lag* behind',
    'left behind',
    'fail',
    'fails',
    'failing',
    'failed',
    'failure*',
    'underachiev*',
    'problem student*',
    'problem pupil*',
    'low level',
    'lower level',
    'insufficient',
    'poor',
    'poorly',
    'bad',
    'worse',
    'worst',
    'lazy',
    'stupid',
    'hopeless',
    'deficit*',
    'disadvantaged',
    'dropout*',
    'drop-out*',
  ],
};

/** Tick / progress / obligation language. `#` = a number. */
const PROGRESS: Record<Lang, readonly string[]> = {
  nl: [
    'afgevinkt',
    'afvinken',
    'aangevinkt',
    'aanvinken',
    'vinklijst*',
    'voltooid',
    'voltooide',
    'voltooien',
    'verplicht*',
    'checklist*',
    'afgerond',
    'percentage*',
    'procent',
    'voortgang*',
    '# van #',
    '# van de #',
    '# uit #',
    'score',
    'scores',
    'scoor*',
    'scoren',
  ],
  en: [
    'completed',
    'complete',
    'completion',
    'mandatory',
    'compulsory',
    'required',
    'checklist*',
    'tick',
    'ticks',
    'ticked',
    'tick off',
    'tick box*',
    'percentage*',
    'percent',
    'progress',
    '# of #',
    '# out of #',
    'score',
    'scores',
    'scored',
    'scoring',
  ],
};

/** "moet" and friends: advice and verdicts. */
const MUST: Record<Lang, readonly string[]> = {
  nl: ['moet', 'moeten', 'moest', 'moesten', 'gemoeten', 'moet je', 'hoort te', 'horen te'],
  en: ['must', 'should', 'shouldn', 'have to', 'has to', 'had to', 'ought to'],
};

/** Lower case without diacritics; "é" → "e", "ö" → "o". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word (or whole-phrase) pattern: `*` = more letters, `#` = a number, spaces = any whitespace. */
function pattern(term: string): RegExp {
  const body = term
    .split(/\s+/)
    .map((part) => (part === '#' ? '\\d+' : escapeRe(part).replace(/\\\*/g, '[\\p{L}\\p{N}]*').replace(/#/g, '\\d+')))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
}

const compiled = new Map<string, RegExp>();
function matches(folded: string, term: string): boolean {
  let re = compiled.get(term);
  if (!re) {
    re = pattern(term);
    compiled.set(term, re);
  }
  return re.test(folded);
}

function found(folded: string, terms: readonly string[]): string[] {
  return terms.filter((t) => matches(folded, t));
}

/**
 * Lint one text against §5. Returns human-readable problems (empty = fine).
 * `kind` adds the length limit for that kind of text; `max` overrides it.
 */
export function lintText(text: string, lang: Lang, options: { kind?: TextKind; max?: number } = {}): string[] {
  const problems: string[] = [];
  const folded = fold(text);
  for (const w of found(folded, DEFICIT[lang])) problems.push(`deficit word: "${w}"`);
  if (text.includes('%')) problems.push('progress language: "%"');
  for (const w of found(folded, PROGRESS[lang])) problems.push(`progress language: "${w}"`);
  for (const w of found(folded, MUST[lang])) problems.push(`advice/verdict: "${w}"`);
  if (text.includes('!')) problems.push('exclamation mark');
  for (const m of text.matchAll(/[\p{L}]+/gu)) {
    const word = m[0];
    if (word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase() && !ACRONYMS.has(word)) {
      problems.push(`capitals: "${word}"`);
    }
  }
  const max = options.max ?? (options.kind ? LIMITS[options.kind] : undefined);
  if (max !== undefined && text.length > max) problems.push(`too long: ${text.length} > ${max}`);
  return problems;
}
