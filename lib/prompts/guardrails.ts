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
const LIMITS = {
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
const ACRONYMS: ReadonlySet<string> = new Set([
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
    'zwakjes',
    'zwakbegaafd*',
    'is een risico',
    'een risico voor',
    'risicoleerling*',
    'risicostudent*',
    'risicogroep*',
    'risicojongere*',
    'achterstand*',
    'achterstands*',
    'achterop',
    'achterlopen',
    'achterloopt',
    'loopt achter',
    'lopen achter',
    'liep achter',
    'achterblijver*',
    'probleemleerling*',
    'probleemstudent*',
    'probleemgeval*',
    'laag niveau',
    'lager niveau',
    'laagste niveau',
    'onder je niveau',
    'onder zijn niveau',
    'onder haar niveau',
    'onder hun niveau',
    'te hoog gegrepen',
    'niveau niet aan',
    'onvoldoende*',
    'slecht',
    'slechte',
    'slechter',
    'slechtere',
    'slechtst',
    'slechtste',
    'falen',
    'faalt',
    'faalde',
    'gefaald',
    'mislukt*',
    'mislukking*',
    'mislukkeling*',
    'kansarm*',
    'kansloos',
    'kansloze',
    'lui',
    'luie',
    'dom',
    'domme',
    'niet slim',
    'hopeloos',
    'ongemotiveerd*',
    'zorgleerling*',
    'uitvaller*',
    'uit de boot',
    'tekortschieten',
    'schiet tekort',
    'schieten tekort',
    'gezakt',
    'zakt',
    'zakte',
    'blijven zitten',
    'zittenblijv*',
    'ondermaats',
    'onderpresteer*',
    'teleurstellend*',
    'waardeloos',
    'waardeloze',
    'haalt het niet',
    'niet geschikt',
    'ongeschikt',
    'niet in je',
    'afstrom*',
    'af te stromen',
    'stroomt af',
    'stromen af',
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
    '#/#',
    '# van # gedaan',
    '# van # voltooid',
    '# van # behaald',
    '# van de # behaald',
    '# uit #',
    'behaald',
    'nog # * te gaan',
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
  nl: ['moet', 'moeten', 'moest', 'moesten', 'gemoeten', 'moet je', 'hoort te', 'horen te', 'hoort op', 'hoort eigenlijk op'],
  en: ['must', 'should', 'shouldn', 'have to', 'has to', 'had to', 'ought to'],
};

/** A verdict about a choice, a lecture, or a trait read off a grade (lob-content.md §5). */
const VERDICT: Record<Lang, readonly string[]> = {
  nl: [
    'verkeerde keuze',
    'foute keuze',
    'kies gewoon',
    'wist je dat',
    'zie ik aan je cijfer*',
    'met dit cijfer ben je',
    'met deze cijfers ben je',
    'dus de * past bij je',
    'dus het * past bij je',
    'je bent een beta',
    'je bent een alfa',
    'je bent een doener',
    'je bent zorgzaam',
    'je bent creatief, dus',
  ],
  en: ['wrong choice', 'did you know', 'your grades show you are', 'with this grade you are'],
};

/** A route pushed as better or worse than another: every route is a fine route (lob-content.md §5). */
const ROUTE_PUSH: Record<Lang, readonly string[]> = {
  nl: [
    'is beter voor je',
    'is beter dan',
    'hoger is beter',
    'hoger is altijd beter',
    'mik hoger',
    'niks voor jou',
    'niets voor jou',
    'kom je verder',
    'word je nooit wat',
    'enige goede keuze',
    'past het * beter',
    'past de * beter',
    'dat is makkelijker',
  ],
  en: ['higher is better', 'aim higher', 'is better for you', 'not for you', 'the only good choice'],
};

/** School types are written in lower case in Dutch: capitals here are shouting, not an acronym. */
const SHOUTED_SCHOOL_TYPES: ReadonlySet<string> = new Set(['MBO', 'HBO', 'VWO', 'HAVO', 'VMBO', 'WO']);

/** Tick marks are progress language too. */
const TICKS = /[\u2713\u2714\u2611\u2705]/u;

/**
 * Words in capitals that shout: a school type in capitals, a capital word of five letters or more
 * that is not a known acronym, or two capital words in a row. Short names of schools and companies
 * (HAN, ROC, TU, KLM, NS, BSA) stay fine.
 */
function shouting(text: string): string[] {
  const caps = (w: string) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
  const words = [...text.matchAll(/[\p{L}]+/gu)].map((m) => m[0]);
  const out = new Set<string>();
  words.forEach((word, i) => {
    if (!caps(word) || ACRONYMS.has(word)) return;
    const next = words[i + 1];
    const prev = words[i - 1];
    const inRun = (next !== undefined && caps(next)) || (prev !== undefined && caps(prev));
    if (SHOUTED_SCHOOL_TYPES.has(word) || word.length >= 5 || inRun) out.add(word);
  });
  return [...out];
}

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
    .map((part) =>
      part === '#'
        ? '\\d+'
        : part === '*'
          ? '[\\p{L}\\p{N}-]+'
          : escapeRe(part).replace(/\\\*/g, '[\\p{L}\\p{N}]*').replace(/#/g, '\\d+'),
    )
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
  if (TICKS.test(text)) problems.push('progress language: tick mark');
  for (const w of found(folded, MUST[lang])) problems.push(`advice/verdict: "${w}"`);
  for (const w of found(folded, VERDICT[lang])) problems.push(`advice/verdict: "${w}"`);
  for (const w of found(folded, ROUTE_PUSH[lang])) problems.push(`route pushed: "${w}"`);
  if (text.includes('!')) problems.push('exclamation mark');
  for (const word of shouting(text)) problems.push(`capitals: "${word}"`);
  const max = options.max ?? (options.kind ? LIMITS[options.kind] : undefined);
  if (max !== undefined && text.length > max) problems.push(`too long: ${text.length} > ${max}`);
  return problems;
}

/**
 * Lint a whole prompt (its question and its reason, Dutch and English): the same check the library's
 * tests run, and the one a school's own prompts from policy pass at run time. Empty = fine.
 */
export function lintPrompt(prompt: { text: { nl: string; en?: string }; why: { nl: string; en?: string } }): string[] {
  const problems: string[] = [];
  for (const [field, kind, value] of [
    ['text', 'prompt', prompt.text],
    ['why', 'why', prompt.why],
  ] as const) {
    for (const lang of ['nl', 'en'] as const) {
      const text = value[lang];
      if (text !== undefined) for (const p of lintText(text, lang, { kind })) problems.push(`${field} [${lang}]: ${p}`);
    }
  }
  return problems;
}
