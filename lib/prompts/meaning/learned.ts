import { features } from './learned-features';
import { fold, sentences } from './text';
import type { Bilingual, Finding, FindingKind, Lang } from './types';

/**
 * A learned backstop for the rules on meaning (used by ./index.ts for Dutch texts no rule refuses): a
 * linear model over the words of the whole text (words, word pairs, words in a question or a
 * statement and a few structural marks) that scores each kind of harm against sound. It is trained
 * by scripts/train-guardrails.ts on the labelled sets (never on the fourth held-out set) and its
 * weights live in ./learned-weights.ts. Two levels: refuse from one probability of harm, warn from a
 * lower one. No I/O; the only state is the weights table read from the last model used.
 */

export type HarmKind = 'deficit' | 'grade-topic' | 'comparison' | 'labelling' | 'care' | 'tick-box' | 'pressure' | 'verdict';
export const HARM_KINDS: readonly HarmKind[] = [
  'deficit',
  'grade-topic',
  'comparison',
  'labelling',
  'care',
  'tick-box',
  'pressure',
  'verdict',
];

/** The trained model: one weight per class (sound first, then the harm kinds) for each feature. */
export interface LearnedModel {
  classes: readonly ('sound' | HarmKind)[];
  bias: readonly number[];
  /**
   * One line per feature: the feature, then its non-zero weights as `class:weight` pairs (the class
   * index, the weight × 100 as an integer), separated by spaces.
   */
  weights: string;
  /** Refuse when the probability of harm (1 − P(sound)) reaches this. */
  refuse: number;
  /** Warn when the probability of harm reaches this but not `refuse`. */
  warn: number;
  /**
   * A rule's refusal becomes a warning when the model judges the text whole (a prompt of six words or
   * more) and its probability of harm stays below this: the rules match words and frames, and on new
   * school sentences most of their false refusals were sentences the model read as plainly sound.
   */
  veto: number;
  /**
   * Below this lower probability of harm the rules' refusals are set aside altogether: the model is
   * sure the whole text is sound (a rule matched words such as "zakken" or "afgerond" in a sound
   * sentence), and a warning there would only be noise in the diagnostics.
   */
  clear: number;
}

type Table = ReadonlyMap<string, readonly (readonly [cls: number, weight: number])[]>;

/** The weights text of the last model used, read into a table (read once, not on every text). */
let read: { source: string; table: Table } | undefined;

function tableOf(model: LearnedModel): Table {
  if (read?.source === model.weights) return read.table;
  const table = new Map<string, (readonly [number, number])[]>();
  for (const line of model.weights.split('\n')) {
    const [feature, ...pairs] = line.trim().split(' ');
    if (!feature) continue;
    table.set(
      feature,
      pairs.map((pair) => {
        const [c, w] = pair.split(':');
        return [Number(c), Number(w) / 100] as const;
      }),
    );
  }
  read = { source: model.weights, table };
  return table;
}

/** The probabilities of the classes for a set of features. */
function probabilities(model: LearnedModel, feats: readonly string[]): number[] {
  const z = [...model.bias];
  const table = tableOf(model);
  for (const f of feats) for (const [c, w] of table.get(f) ?? []) z[c] = (z[c] ?? 0) + w;
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The probability of harm of one text unit and its likeliest kind. */
function scoreUnit(model: LearnedModel, text: string): { harm: number; kind: HarmKind } {
  const p = probabilities(model, features(text));
  let best = -1;
  let kind: HarmKind = 'deficit';
  model.classes.forEach((c, i) => {
    if (c !== 'sound' && (p[i] ?? 0) > best) {
      best = p[i] ?? 0;
      kind = c;
    }
  });
  return { harm: 1 - (p[model.classes.indexOf('sound')] ?? 0), kind };
}

/** A prompt's length: texts up to it are judged whole, longer ones (knowledge cards) per one or two sentences. */
const WHOLE = 170;

/** Fewer words than this is a label or a list number, not a sentence (for the shipped texts it trains on). */
const MIN_WORDS = 3;

/**
 * Fewer words than this the model does not judge: no labelled sound text is shorter (nearly all
 * shorter harmful ones are refused by the rules), and out of fold the model refused 7 % of the
 * shipped units of 3–5 words (against 1 % of all): on so few words only the form decides
 * ("Dit is belangrijk." scored 0.90).
 */
const JUDGED_MIN_WORDS = 6;

/**
 * The parts a text is judged on: the whole text when it is short, else each sentence and each pair
 * of sentences; parts of fewer than `minWords` words are left out.
 */
export function units(text: string, minWords = MIN_WORDS): string[] {
  const raw = sentences(text).map((s) => s.raw);
  const parts = text.length <= WHOLE ? [text] : [...raw, ...raw.slice(1).map((s, i) => `${raw[i]} ${s}`)];
  return parts.filter((part) => (fold(part).match(/[a-z]+/g) ?? []).length >= minWords);
}

/** The highest probability of harm over the units of a text (of six words or more), with its kind and the unit. */
export function scoreText(model: LearnedModel, text: string): { harm: number; kind: HarmKind; unit: string } {
  let best = { harm: 0, kind: 'deficit' as HarmKind, unit: '' };
  for (const unit of units(text, JUDGED_MIN_WORDS)) {
    const s = scoreUnit(model, unit);
    if (s.harm > best.harm) best = { ...s, unit };
  }
  return best;
}

/** What a sentence of each kind does: after "de zin" (nl), in a clause after "die" (sub) and after "it" (en). */
const KIND_NAME: Record<HarmKind, { nl: string; sub: string; en: string }> = {
  deficit: {
    nl: 'zet de leerling neer als iemand die tekortschiet',
    sub: 'de leerling neerzet als iemand die tekortschiet',
    en: 'puts the student down as falling short',
  },
  'grade-topic': {
    nl: 'maakt een cijfer of gemiddelde tot het onderwerp',
    sub: 'een cijfer of gemiddelde tot het onderwerp maakt',
    en: 'makes a grade or average the topic',
  },
  comparison: {
    nl: 'vergelijkt de leerling met anderen',
    sub: 'de leerling met anderen vergelijkt',
    en: 'compares the student with others',
  },
  labelling: {
    nl: 'plakt een label of stereotype op de leerling',
    sub: 'een label of stereotype op de leerling plakt',
    en: 'puts a label or stereotype on the student',
  },
  care: {
    nl: 'gaat over een zorgonderwerp (thuis, gezondheid, geld, slaap)',
    sub: 'over een zorgonderwerp gaat (thuis, gezondheid, geld, slaap)',
    en: 'is about a care topic (home, health, money, sleep)',
  },
  'tick-box': {
    nl: 'vraagt naar afvinken of voortgang in plaats van naar wat de leerling leerde',
    sub: 'naar afvinken of voortgang vraagt in plaats van naar wat de leerling leerde',
    en: 'asks about ticking off or progress instead of what the student learned',
  },
  pressure: {
    nl: 'zet druk met een termijn of een dreigement',
    sub: 'druk zet met een termijn of een dreigement',
    en: 'puts pressure on with a deadline or a threat',
  },
  verdict: {
    nl: 'beslist met een oordeel of advies voor de leerling',
    sub: 'met een oordeel of advies voor de leerling beslist',
    en: 'decides for the student with a verdict or advice',
  },
};

const REWRITE: Record<HarmKind, Bilingual> = {
  deficit: {
    nl: "Vraag naar wat de leerling wil of al kan: 'Waar ben je de laatste tijd trots op?'",
    en: "Ask what the student wants or can already do: 'What have you been proud of lately?'",
  },
  'grade-topic': {
    nl: "Laat het cijfer weg; vraag naar interesse en ervaring: 'Welk vak geeft je energie, en waarom?'",
    en: "Leave the grade out; ask about interest and experience: 'Which subject gives you energy, and why?'",
  },
  comparison: {
    nl: "Vraag naar de eigen weg van de leerling: 'Wat wil jij zelf nog uitzoeken voordat je kiest?'",
    en: "Ask about the student's own path: 'What do you want to find out yourself before you choose?'",
  },
  labelling: {
    nl: "Laat het label weg; vraag naar de leerling zelf: 'Wat past bij jou, los van wat anderen verwachten?'",
    en: "Leave the label out; ask about the student: 'What suits you, apart from what others expect?'",
  },
  care: {
    nl: 'Laat zorgonderwerpen weg; vraag naar loopbaan. Zorgen? Verwijs naar de mentor of de zorgcoördinator.',
    en: 'Leave care topics out; ask about the career. Worried? Refer to the mentor or the care coordinator.',
  },
  'tick-box': {
    nl: "Vraag naar wat de leerling ervan leerde, niet of het af is: 'Wat heb je ontdekt bij je laatste activiteit?'",
    en: "Ask what the student learned, not whether it is done: 'What did you discover in your last activity?'",
  },
  pressure: {
    nl: "Noem een datum zonder dreigement en bied hulp: 'Wie kan je helpen om dit voor de open dag uit te zoeken?'",
    en: "Give a date without a threat and offer help: 'Who can help you find this out before the open day?'",
  },
  verdict: {
    nl: "Laat de leerling zelf wegen: 'Welke opties zie je, en wat spreekt je in elk aan?'",
    en: "Let the student weigh it: 'Which options do you see, and what appeals to you in each?'",
  },
};

/** The finding of the learned model for a Dutch text, or undefined when it scores below its warn threshold. */
export function learnedFinding(model: LearnedModel, text: string, field: string): Finding | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const { harm, kind, unit } = scoreText(model, text);
  // No unit: nothing of six words or more to judge.
  if (unit === '' || harm < model.warn) return undefined;
  const name = KIND_NAME[kind];
  const refuse = harm >= model.refuse;
  return {
    rule: `learned-${kind}`,
    kind: kind satisfies FindingKind,
    level: refuse ? 'refuse' : 'warn',
    lang: 'nl',
    field,
    reason: refuse
      ? {
          nl: `Op de hele zin beoordeeld (geen los woord gaf de doorslag): de zin ${name.nl}.`,
          en: `Judged on the whole sentence (no single word decided it): it ${name.en}.`,
        }
      : {
          nl: `Op de hele zin beoordeeld (geen los woord gaf de doorslag): een leerling kan dit lezen als een zin die ${name.sub}. Lees de zin nog eens na.`,
          en: `Judged on the whole sentence (no single word decided it): a student may read it as a sentence that ${name.en}. Read it again.`,
        },
    rewrite: REWRITE[kind],
    match: fold(unit),
  };
}

/** Why a rule's refusal was turned into a warning (added to the rule's own reason). */
const VETOED: Bilingual = {
  nl: 'Alleen een waarschuwing: op de hele zin beoordeeld leest de zin als een gewone LOB-vraag. Lees hem na.',
  en: 'Only a warning: judged on the whole sentence, it reads as an ordinary career question. Read it again.',
};

/** Whether the model judges a text whole: a prompt's length, and six words or more. */
export function judgedWhole(text: string): boolean {
  return text.length <= WHOLE && units(text, JUDGED_MIN_WORDS).length > 0;
}

const isHarmRefusal = (f: Finding) => f.level === 'refuse' && (HARM_KINDS as readonly string[]).includes(f.kind);

/**
 * The rules' refusals of a kind of harm, given the model's probability of harm of the whole text:
 * set aside below `clear`, made warnings (with the reason why) below `veto`, else kept.
 */
function reviewed(findings: readonly Finding[], model: LearnedModel, harm: number): Finding[] {
  if (harm >= model.veto) return [...findings];
  if (harm < model.clear) return findings.filter((f) => !isHarmRefusal(f));
  return findings.map((f) =>
    isHarmRefusal(f)
      ? { ...f, level: 'warn', reason: { nl: `${f.reason.nl} ${VETOED.nl}`, en: `${f.reason.en} ${VETOED.en}` } }
      : f,
  );
}

/**
 * The rules' findings with the learned backstop added, for a Dutch text. When a rule refuses it and
 * the model judges the text whole (a prompt of six words or more), the refusals are kept, made
 * warnings or set aside by the model's probability of harm (`veto`, `clear`). When none refuses, the
 * model's finding when it reaches its warn threshold (a warning only when no rule already warned
 * about the same kind).
 */
export function withLearned(findings: Finding[], model: LearnedModel, text: string, lang: Lang, field: string): Finding[] {
  if (lang !== 'nl') return findings;
  if (findings.some((f) => f.level === 'refuse'))
    return judgedWhole(text) ? reviewed(findings, model, scoreText(model, text).harm) : findings;
  const learned = learnedFinding(model, text, field);
  if (!learned) return findings;
  if (learned.level === 'warn' && findings.some((f) => f.kind === learned.kind && f.level === 'warn')) return findings;
  return [...findings, learned];
}
