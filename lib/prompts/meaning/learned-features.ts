import { sentences } from './text';

/**
 * The features the learned backstop (./learned.ts) reads from a text: its words, word pairs, each
 * word as asked or stated, and a few structural marks (who is addressed, negation, comparison,
 * modal verbs, grade-like numbers, how the sentence opens). Pure; the same in training
 * (scripts/train-guardrails.ts) and at run time.
 */

const YOU = new Set(['je', 'jij', 'jou', 'jouw', 'jezelf', 'u', 'uw', 'jullie', 'jouwe']);
const NEGATION = new Set(['niet', 'geen', 'nooit', 'niemand', 'niets', 'niks', 'nergens']);
const COMPARE = new Set([
  'dan',
  'meer',
  'minder',
  'iedereen',
  'anderen',
  'klasgenoten',
  'klasgenoot',
  'broer',
  'zus',
  'rest',
  'vergeleken',
  'vergelijk',
  'net',
]);
const MODAL = new Set([
  'moet',
  'moeten',
  'moest',
  'moesten',
  'zou',
  'zouden',
  'kun',
  'kunt',
  'kan',
  'mag',
  'mogen',
  'hoort',
  'hoeft',
]);
const QUESTION_WORD = new Set([
  'wat',
  'hoe',
  'waarom',
  'welke',
  'welk',
  'wie',
  'waar',
  'wanneer',
  'waardoor',
  'waarover',
  'waarmee',
  'waarin',
  'waaraan',
  'waarop',
  'hoeveel',
]);
/** Words that open a sentence but are no imperative verb. */
const NOT_IMPERATIVE = new Set([
  ...YOU,
  ...QUESTION_WORD,
  'de',
  'het',
  'een',
  'dit',
  'dat',
  'deze',
  'die',
  'er',
  'ik',
  'we',
  'wij',
  'ze',
  'zij',
  'hij',
  'als',
  'in',
  'op',
  'met',
  'voor',
  'na',
  'bij',
  'stel',
  'ben',
  'bent',
  'heb',
  'hebt',
  'is',
  'zijn',
  'wil',
  'wilt',
  'zou',
  'kun',
  'kunt',
  'kan',
  'mag',
  'moet',
  'ga',
  'gaat',
  'heeft',
  'was',
  'had',
  'weet',
]);

/** The words of a folded text: numbers that look like a grade become `<grade>`, other numbers `<num>`. */
function tokens(folded: string): string[] {
  const out: string[] = [];
  for (const m of folded.matchAll(/\d+(?:[.,]\d+)?|[a-z]+(?:['-][a-z]+)*|[?!%/]/g)) {
    const t = m[0];
    if (/^\d/.test(t)) {
      const value = Number(t.replace(',', '.'));
      out.push(value >= 1 && value <= 10 && (t.length <= 2 || /[.,]/.test(t)) ? '<grade>' : '<num>');
    } else out.push(t);
  }
  return out;
}

/** The four-letter pieces of a word, with `_` for its start and end (none for `<grade>` and `<num>`). */
function addPieces(out: Set<string>, word: string): void {
  if (!/^[a-z]/.test(word)) return;
  const marked = `_${word}_`;
  for (let i = 0; i + 4 <= marked.length; i++) out.add(`c:${marked.slice(i, i + 4)}`);
}

/**
 * The features of a text, each once: `w:` words, `b:` word pairs (`^` marks the start of a
 * sentence), `q:`/`a:` a word in a question or in a statement, `c:` four-letter pieces of words (`_`
 * marks where a word starts and ends: "zwakke" gives `_zwa`, `zwak`, `wakk`, `akke`, `kke_`) and `s:`
 * structural marks. The pieces carry what a word shares with its other forms and compounds
 * ("tekortschieten", "schiet tekort"); on 1 865 labelled texts they lowered the cross-validated recall,
 * on 3 950 (with the training corpus, tests/unit/guardrails-corpus-*.ts) they raised it most.
 */
export function features(text: string): string[] {
  const out = new Set<string>();
  const parts = sentences(text);
  if (parts.length > 1) out.add('s:several');
  for (const sentence of parts) {
    const toks = tokens(sentence.folded);
    const words = toks.filter((t) => /^[a-z<]/.test(t));
    let prev = '^';
    for (const t of toks) {
      out.add(`w:${t}`);
      out.add(`b:${prev}_${t}`);
      prev = t;
    }
    const has = (set: ReadonlySet<string>) => words.some((w) => set.has(w));
    const you = has(YOU);
    // The same word in a question (`q:`) or in a statement (`a:`): "je cijfer" asked or stated.
    for (const w of words) out.add(`${sentence.question ? 'q' : 'a'}:${w}`);
    for (const w of words) addPieces(out, w);
    const neg = has(NEGATION);
    const firstWord = words[0] ?? '';
    if (you) out.add(sentence.question ? 's:you-question' : 's:you-statement');
    if (neg) out.add('s:negation');
    if (you && neg) out.add('s:you-negation');
    if (has(COMPARE)) out.add('s:compare');
    if (has(MODAL)) out.add('s:modal');
    if (you && has(MODAL)) out.add('s:you-modal');
    if (toks.includes('<grade>')) out.add('s:grade');
    if (toks.includes('<num>') || toks.includes('<grade>')) out.add('s:number');
    if (QUESTION_WORD.has(firstWord)) out.add('s:question-word-first');
    if (firstWord === 'waarom' && neg) out.add('s:why-not');
    if (!sentence.question && firstWord !== '' && !NOT_IMPERATIVE.has(firstWord) && !/(?:en|je)$/.test(firstWord)) {
      out.add('s:imperative-first');
    }
    if (words.some((w, i) => /[a-z]{2,}er$/.test(w) && words[i + 1] === 'dan')) out.add('s:comparative-dan');
    if (sentence.question) out.add('s:question');
    else out.add('s:statement');
    if (/!/.test(sentence.raw)) out.add('s:exclamation');
    out.add(words.length <= 6 ? 's:short' : words.length <= 14 ? 's:medium' : 's:long');
  }
  return [...out];
}
