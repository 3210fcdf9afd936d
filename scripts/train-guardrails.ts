/**
 * `npx tsx scripts/train-guardrails.ts`: trains the learned backstop of the rules on meaning
 * (lib/prompts/meaning/learned.ts, wired into lib/prompts/meaning/index.ts) and writes its weights to
 * lib/prompts/meaning/learned-weights.ts and its cross-validated figures to
 * tests/unit/guardrails-learned-cv.json.
 *
 * Training pool: the meaning set, the development set, the first to tenth held-out sets (the fourth
 * to tenth joined after their one blind measurement), the training set (tests/unit/guardrails-train-set.ts:
 * written to teach the model sound statements and harm without the obvious words), the training
 * corpus (tests/unit/guardrails-corpus.ts `CORPUS`: thirteen parts by thirteen writers, 4 076
 * sentences), the old labelled set (harmful without a kind, and sound) and the Dutch texts of the
 * shipped content (sound, weight LIB_WEIGHT). Not read here: the eleventh to fourteenth held-out sets,
 * which measured the shipped model blind (tests/unit/guardrails-holdout11.test.ts to -holdout14), and
 * corpus parts N and O (`CORPUS_NEXT`): a model trained with them and the eleventh and twelfth sets
 * warned about a sound question of the rules' tests (see tests/unit/guardrails-corpus.ts). A change to the
 * model needs a new blind set.
 *
 * Model: multinomial logistic regression (sound + the eight harm kinds) with L2, trained by Adam on
 * the full batch from zero weights: deterministic. A harmful sentence without a kind counts for harm
 * as a whole (its kind is the model's own guess). Two levels on P(harm) = 1 − P(sound): `refuse` from
 * T_refuse, `warn` from T_warn up to T_refuse. Both are chosen on the out-of-fold scores of
 * leave-one-set-out cross-validation (each labelled set left out in turn): T_refuse is the lowest at
 * which the model refuses at most REFUSE_TARGET of the labelled sound sentences beyond those the rules
 * refuse (blind false refusals ran about five times the cross-validated figure on the third held-out
 * set, hence 0.4 % for a bound of 2 %); T_warn the lowest at which the model warns about at most
 * WARN_TARGET of them beyond those a rule warns about, and does not refuse them. 5-fold cross-validation figures are reported at the same
 * thresholds. The cross-validated models are pruned like the shipped one.
 *
 * Options (environment): LAMBDA (L2), EPOCHS, LIB_WEIGHT, REFUSE_TARGET, WARN_TARGET, PRUNE; DRY=1
 * (report, write nothing), SKIP5=1 (no 5-fold run), SHOW=1 (list misses and false refusals),
 * LIBRARY=1 (the shipped units out of fold, by length), DUMP=<file> (the out-of-fold rows as JSON).
 * SIM=holdout|holdout2 with BLIND_RULES=<json> replays an older blind measurement: the model trained
 * without that set, combined with the verdicts of the rules as they were before they saw it (JSON:
 * set → text → 'refuse' | 'warn' | 'pass'; made from `git archive 6572d5b` for the first held-out set
 * and `git archive b3dce25` for the second).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { knowledgeCards } from '../lib/prompts/library/knowledge';
import { momentTypes } from '../lib/prompts/library/moments';
import { library } from '../lib/prompts/library/shipped';
import { subjects } from '../lib/prompts/library/subjects';
import { fold, judgeRules } from '../lib/prompts/meaning';
import { HARM_KINDS, type HarmKind, judgedWhole, type LearnedModel, scoreText, units } from '../lib/prompts/meaning/learned';
import { features } from '../lib/prompts/meaning/learned-features';
import { publicServices, referralRoles } from '../lib/referrals/defaults';
import { CORPUS } from '../tests/unit/guardrails-corpus';
import { DEV_SET } from '../tests/unit/guardrails-dev-set';
import type { CvFigures } from '../tests/unit/guardrails-figures';
import { HOLDOUT_SET } from '../tests/unit/guardrails-holdout-set';
import { HOLDOUT2_SET } from '../tests/unit/guardrails-holdout2-set';
import { HOLDOUT3_SET } from '../tests/unit/guardrails-holdout3-set';
import { HOLDOUT4_SET } from '../tests/unit/guardrails-holdout4-set';
import { HOLDOUT5_SET } from '../tests/unit/guardrails-holdout5-set';
import { HOLDOUT6_SET } from '../tests/unit/guardrails-holdout6-set';
import { HOLDOUT7_SET } from '../tests/unit/guardrails-holdout7-set';
import { HOLDOUT8_SET } from '../tests/unit/guardrails-holdout8-set';
import { HOLDOUT9_SET } from '../tests/unit/guardrails-holdout9-set';
import { HOLDOUT10_SET } from '../tests/unit/guardrails-holdout10-set';
import { ACCEPTABLE, UNACCEPTABLE } from '../tests/unit/guardrails-labelled';
import { type LabelledSentence, MEANING_SET } from '../tests/unit/guardrails-meaning-set';
import { TRAIN_SET } from '../tests/unit/guardrails-train-set';

const env = process.env;
const LAMBDA = Number(env.LAMBDA ?? 0.0003);
const EPOCHS = Number(env.EPOCHS ?? 300);
const LIB_WEIGHT = Number(env.LIB_WEIGHT ?? 0.3);
/** Most labelled sound sentences the rules plus the model may refuse out of fold. */
const REFUSE_TARGET = Number(env.REFUSE_TARGET ?? 0.004);
/** Most labelled sound sentences the rules plus the model may warn about (and not refuse) out of fold. */
const WARN_TARGET = Number(env.WARN_TARGET ?? 0.01);
/**
 * A rule's refusal of a text the model judges whole becomes a warning below this P(harm). Chosen on the
 * out-of-fold scores of corpus parts A–F, whose sentences the rules had never seen: 0.1 turned 37 of
 * the rules' 49 false refusals there into warnings and let 4 of their 709 right refusals through (0.05:
 * 34 and 3; 0.2: 42 and 9).
 */
const VETO = Number(env.VETO ?? 0.1);
/**
 * Below this P(harm) a rule's refusal of a text the model judges whole is set aside altogether. Chosen
 * on the out-of-fold scores of all sets: with 0.02 (against none) the sound sentences warned about fell
 * from 6.9 to 4.2 % on the seventh held-out set and from 5.9 to 2.7 % on corpus parts A–F. Of the 1 875
 * harmful texts the rules refuse and the model judges whole, 20 fall below `VETO` (warned) and 3 of
 * those below 0.02 (unflagged); of the 68 sound ones, 54 and 40.
 */
const CLEAR = Number(env.CLEAR ?? 0.02);
/**
 * Weights below this (in absolute value) are left out of the shipped file. With the four-letter pieces
 * many small weights add up: out of fold, 0.1 refused 92.3 % of the harmful texts, 0.01 93.9 % (file
 * 84 KB against 479 KB, 27 KB against 152 KB gzipped).
 */
const PRUNE = Number(env.PRUNE ?? 0.01);

const CLASSES = ['sound', ...HARM_KINDS] as const;
type Label = 'sound' | HarmKind | 'harm';

interface Example {
  text: string;
  label: Label;
  /** Where it comes from: a labelled set, the old labelled set or the library. */
  group: string;
  /** The kind of the labelled set ('sound-hard', …) or 'library'. */
  kind: string;
  weight: number;
  rules: 'refuse' | 'warn' | 'pass';
}

/** The verdict of the rules alone (the learned backstop left out). */
function verdictOfRules(text: string): Example['rules'] {
  const findings = judgeRules(text, 'nl', 'prompt');
  if (findings.some((f) => f.level === 'refuse')) return 'refuse';
  return findings.length > 0 ? 'warn' : 'pass';
}

function fromSet(group: string, set: readonly LabelledSentence[]): Example[] {
  return set.map((s) => ({
    text: s.text,
    label: s.expect === 'refuse' ? (s.kind as HarmKind) : 'sound',
    group,
    kind: s.kind,
    weight: 1,
    rules: verdictOfRules(s.text),
  }));
}

/** The Dutch texts of the shipped content (as tests/unit/prompts-library.test.ts collects them). */
function libraryTexts(): string[] {
  const texts = [
    ...library.flatMap((p) => [p.text.nl, p.why.nl]),
    ...momentTypes.map((m) => m.label.nl),
    ...knowledgeCards.flatMap((k) => [k.title.nl, k.body.nl]),
    ...subjects.map((s) => s.name.nl),
    ...referralRoles.flatMap((r) => [r.role.nl, r.when.nl]),
    ...publicServices.map((s) => s.when.nl),
  ];
  return [...new Set(texts)];
}

const LIBRARY = libraryTexts();
const POOL: Example[] = [
  ...fromSet('meaning', MEANING_SET),
  ...fromSet('dev', DEV_SET),
  ...fromSet('holdout', HOLDOUT_SET),
  ...fromSet('holdout2', HOLDOUT2_SET),
  ...fromSet('holdout3', HOLDOUT3_SET),
  ...fromSet('holdout4', HOLDOUT4_SET),
  ...fromSet('holdout5', HOLDOUT5_SET),
  ...fromSet('holdout6', HOLDOUT6_SET),
  ...fromSet('holdout7', HOLDOUT7_SET),
  ...fromSet('holdout8', HOLDOUT8_SET),
  ...fromSet('holdout9', HOLDOUT9_SET),
  ...fromSet('holdout10', HOLDOUT10_SET),
  ...Object.entries(CORPUS).flatMap(([part, set]) => fromSet(part, set)),
  ...fromSet('train', TRAIN_SET),
  ...UNACCEPTABLE.map((text) => ({
    text,
    label: 'harm' as const,
    group: 'old',
    kind: 'harm',
    weight: 1,
    rules: verdictOfRules(text),
  })),
  ...ACCEPTABLE.map((text) => ({
    text,
    label: 'sound' as const,
    group: 'old',
    kind: 'sound',
    weight: 1,
    rules: verdictOfRules(text),
  })),
  ...LIBRARY.flatMap((text) =>
    units(text).map((unit) => ({
      text: unit,
      label: 'sound' as const,
      group: 'library',
      kind: 'library',
      weight: LIB_WEIGHT,
      rules: 'pass' as const,
    })),
  ),
];

const featureCache = new Map<string, string[]>();
function featuresOf(text: string): string[] {
  let fs = featureCache.get(text);
  if (!fs) {
    fs = features(text);
    featureCache.set(text, fs);
  }
  return fs;
}

/** A trained model in memory: dense weights per feature index. */
interface Trained {
  index: Map<string, number>;
  w: Float64Array;
  K: number;
  size: number;
}

function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  const e = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) {
    e[i] = Math.exp((z[i] ?? 0) - max);
    sum += e[i] ?? 0;
  }
  for (let i = 0; i < z.length; i++) e[i] = (e[i] ?? 0) / sum;
  return e;
}

function train(examples: readonly Example[]): Trained {
  // Features seen in at least two training texts.
  const count = new Map<string, number>();
  const feats = examples.map((e) => featuresOf(e.text));
  for (const fs of feats) for (const f of fs) count.set(f, (count.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of [...count].sort(([a], [b]) => (a < b ? -1 : 1))) if (n >= 2) index.set(f, index.size);
  const rows = feats.map((fs) => Int32Array.from(fs.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)));
  const K = CLASSES.length;
  const size = index.size * K;
  // Weights of feature j and class k at j * K + k; the biases after them.
  const w = new Float64Array(size + K);
  const total = examples.reduce((n, e) => n + e.weight, 0);
  const m = new Float64Array(size + K);
  const v = new Float64Array(size + K);
  const grad = new Float64Array(size + K);
  const z = new Float64Array(K);
  const lr = 0.05;
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let t = 1; t <= EPOCHS; t++) {
    grad.fill(0);
    for (let n = 0; n < examples.length; n++) {
      const ex = examples[n] as Example;
      const row = rows[n] as Int32Array;
      for (let k = 0; k < K; k++) z[k] = w[size + k] as number;
      for (const j of row) for (let k = 0; k < K; k++) z[k] = (z[k] as number) + (w[j * K + k] as number);
      const p = softmax(z);
      // Target: the labelled class, or for harm without a kind the harm classes in the model's own proportions.
      const q = new Float64Array(K);
      if (ex.label === 'harm') {
        const harm = Math.max(1 - (p[0] as number), 1e-9);
        for (let k = 1; k < K; k++) q[k] = (p[k] as number) / harm;
      } else q[CLASSES.indexOf(ex.label)] = 1;
      for (let k = 0; k < K; k++) {
        const g = (((p[k] as number) - (q[k] as number)) * ex.weight) / total;
        if (g === 0) continue;
        grad[size + k] = (grad[size + k] as number) + g;
        for (const j of row) grad[j * K + k] = (grad[j * K + k] as number) + g;
      }
    }
    const c1 = 1 - b1 ** t;
    const c2 = 1 - b2 ** t;
    for (let i = 0; i < size + K; i++) {
      const g = (grad[i] as number) + (i < size ? LAMBDA * (w[i] as number) : 0);
      m[i] = b1 * (m[i] as number) + (1 - b1) * g;
      v[i] = b2 * (v[i] as number) + (1 - b2) * g * g;
      w[i] = (w[i] as number) - (lr * ((m[i] as number) / c1)) / (Math.sqrt((v[i] as number) / c2) + eps);
    }
  }
  return { index, w, K, size };
}

/**
 * The shippable model. The class weights of a feature may all move by the same amount without
 * changing a probability, so each feature's are moved by their median (most become near zero), then
 * weights below `prune` are left out, the rest kept as integers × 100, features with none left dropped.
 */
function pack(trained: Trained, thresholds: Thresholds, prune: number): LearnedModel {
  const lines: string[] = [];
  for (const [f, j] of trained.index) {
    const ws = CLASSES.map((_, k) => trained.w[j * trained.K + k] ?? 0);
    const sorted = [...ws].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const pairs: string[] = [];
    ws.forEach((v, k) => {
      if (Math.abs(v - median) >= prune) pairs.push(`${k}:${Math.round((v - median) * 100)}`);
    });
    if (pairs.length > 0) lines.push(`${f} ${pairs.join(' ')}`);
  }
  return {
    classes: CLASSES,
    bias: [...trained.w.slice(trained.size)].map((v) => Math.round(v * 1000) / 1000),
    weights: lines.join('\n'),
    ...thresholds,
  };
}

/** Out-of-fold P(harm) of every example of a pool, for a split into folds (library texts split too). */
function outOfFold(pool: readonly Example[], foldOf: (e: Example, i: number) => string): number[] {
  const scores = new Array<number>(pool.length).fill(0);
  for (const fold of [...new Set(pool.map(foldOf))]) {
    const model = pack(train(pool.filter((e, i) => foldOf(e, i) !== fold)), { refuse: 1, warn: 1, veto: 0, clear: 0 }, PRUNE);
    pool.forEach((e, i) => {
      if (foldOf(e, i) === fold) scores[i] = scoreText(model, e.text).harm;
    });
  }
  return scores;
}

const pct = (n: number, d: number) => `${n}/${d} (${d === 0 ? '-' : ((100 * n) / d).toFixed(1)} %)`;

type Scored = Example & { score: number };
const scored = (pool: readonly Example[], scores: readonly number[]): Scored[] =>
  pool.map((e, i) => ({ ...e, score: scores[i] ?? 0 }));

/** The thresholds of the model on P(harm): refuse and warn for its own findings, veto and clear for the rules'. */
interface Thresholds {
  refuse: number;
  warn: number;
  veto: number;
  clear: number;
}

/**
 * The verdict of the rules plus the model: a rule's refusal of a text the model judges whole is set
 * aside below `clear` and a warning below `veto` (a rule's warning beside the set-aside refusal is not
 * recorded here, so such a text counts as passed).
 */
function combined(r: Scored, t: Thresholds): Example['rules'] {
  if (r.rules === 'refuse' && judgedWhole(r.text) && r.score < t.veto) return r.score < t.clear ? 'pass' : 'warn';
  if (r.rules === 'refuse') return 'refuse';
  if (r.score >= t.refuse) return 'refuse';
  return r.rules === 'warn' || r.score >= t.warn ? 'warn' : 'pass';
}

/** The out-of-fold figures that are recorded (tests/unit/guardrails-learned-cv.json), per kind too. */
interface Figures extends CvFigures {
  perKind: Record<string, { refused: number; of: number }>;
}

function figuresOf(rows: readonly Scored[], t: Thresholds): Figures {
  const harmful = rows.filter((r) => r.label !== 'sound');
  const sound = rows.filter((r) => r.label === 'sound' && r.group !== 'library');
  const count = (of: readonly Scored[], v: Example['rules']) => of.filter((r) => combined(r, t) === v).length;
  return {
    perKind: Object.fromEntries(
      [...HARM_KINDS, 'harm']
        .map((kind) => harmful.filter((r) => r.kind === kind))
        .filter((of) => of.length > 0)
        .map((of) => [of[0]?.kind, { refused: count(of, 'refuse'), of: of.length }]),
    ),
    harmfulRefused: count(harmful, 'refuse'),
    harmfulWarned: count(harmful, 'warn'),
    harmful: harmful.length,
    soundRefused: count(sound, 'refuse'),
    soundWarned: count(sound, 'warn'),
    sound: sound.length,
    rulesAlone: {
      harmfulRefused: harmful.filter((r) => r.rules === 'refuse').length,
      soundRefused: sound.filter((r) => r.rules === 'refuse').length,
      soundWarned: sound.filter((r) => r.rules === 'warn').length,
    },
  };
}

/** The figures of rules alone, the model alone and rules + model at the two thresholds. */
function report(name: string, rows: readonly Scored[], t: Thresholds) {
  const harmful = rows.filter((r) => r.label !== 'sound');
  const sound = rows.filter((r) => r.label === 'sound' && r.group !== 'library');
  const lib = rows.filter((r) => r.group === 'library');
  const is = (v: Example['rules']) => (r: Scored) => combined(r, t) === v;
  const line = (of: readonly Scored[]) =>
    `rules ${pct(of.filter((r) => r.rules === 'refuse').length, of.length)}, rules+model ${pct(of.filter(is('refuse')).length, of.length)} (+ warned ${of.filter(is('warn')).length}), model alone ${pct(of.filter((r) => r.score >= t.refuse).length, of.length)}`;
  console.log(`\n${name} (refuse ${t.refuse.toFixed(3)}, warn ${t.warn.toFixed(3)})`);
  for (const kind of [...HARM_KINDS, 'harm']) {
    const of = harmful.filter((r) => r.kind === kind);
    if (of.length > 0) console.log(`  ${kind}: ${line(of)}`);
  }
  console.log(`  all harmful: ${line(harmful)}`);
  console.log(
    `  sound: refused by rules ${pct(sound.filter((r) => r.rules === 'refuse').length, sound.length)}, by rules+model ${pct(sound.filter(is('refuse')).length, sound.length)}; warned by rules ${pct(sound.filter((r) => r.rules === 'warn').length, sound.length)}, by rules+model ${pct(sound.filter(is('warn')).length, sound.length)}`,
  );
  if (lib.length > 0)
    console.log(
      `  library units: refused by the model ${pct(lib.filter((r) => r.score >= t.refuse).length, lib.length)}, warned ${pct(lib.filter((r) => r.score >= t.warn && r.score < t.refuse).length, lib.length)}`,
    );
  if (env.LIBRARY === '1' && lib.length > 0) {
    // The shipped units out of fold, by length (the model judges no unit under six words).
    const words = (r: Scored) => (fold(r.text).match(/[a-z]+/g) ?? []).length;
    for (const [lo, hi] of [
      [3, 5],
      [6, 7],
      [8, 10],
      [11, 15],
      [16, 999],
    ] as const) {
      const of = lib.filter((r) => words(r) >= lo && words(r) <= hi);
      console.log(
        `  library units of ${lo}–${hi} words: ${of.length}, refused ${of.filter((r) => r.score >= t.refuse).length}, warned ${of.filter((r) => r.score >= t.warn && r.score < t.refuse).length}`,
      );
    }
  }
  if (env.SHOW === '1') {
    for (const r of harmful.filter((r) => !is('refuse')(r)))
      console.log(`    missed ${r.group} ${r.kind} ${r.score.toFixed(2)} ${r.text}`);
    for (const r of sound.filter((r) => !is('pass')(r)))
      console.log(`    ${combined(r, t)} ${r.group} ${r.kind} ${r.score.toFixed(2)} ${r.text}`);
  }
}

/**
 * The lowest thresholds at which, out of fold, the model refuses at most REFUSE_TARGET of the labelled
 * sound sentences the rules do not refuse, and warns about (without refusing) at most WARN_TARGET of
 * those no rule warns about either. (The library
 * is in the final training; that it gets no finding is checked by the tests.)
 */
function chooseThresholds(rows: readonly Scored[]): Thresholds {
  const labelled = rows.filter((r) => r.label === 'sound' && r.group !== 'library');
  // Taking the `allowed - already` highest-scoring sound sentences is allowed; the next one is not.
  const cut = (scores: readonly number[], allowed: number, already: number) =>
    Math.min(0.99, ([...scores].sort((a, b) => b - a)[Math.max(0, allowed - already)] ?? 0) + 1e-3);
  const notRefusedByRules = labelled.filter((r) => r.rules !== 'refuse');
  // The model's own share: the sound sentences the rules already refuse (or warn about) are the rules'
  // problem and do not use up the model's budget (else one rule's false refusals on a new set would
  // switch the model off).
  const refuse = cut(
    notRefusedByRules.map((r) => r.score),
    Math.floor(REFUSE_TARGET * labelled.length),
    0,
  );
  const notRefused = notRefusedByRules.filter((r) => r.score < refuse);
  const warn = cut(
    notRefused.filter((r) => r.rules !== 'warn').map((r) => r.score),
    Math.floor(WARN_TARGET * labelled.length),
    0,
  );
  return {
    refuse: Math.round(refuse * 1000) / 1000,
    warn: Math.round(Math.min(warn, refuse) * 1000) / 1000,
    veto: VETO,
    clear: CLEAR,
  };
}

/** Leave one labelled set out; the old set and the library are split in as many parts and spread over the folds. */
function leaveOneSetOut(pool: readonly Example[]): Scored[] {
  const sets = SETS.filter((set) => pool.some((e) => e.group === set));
  return scored(
    pool,
    outOfFold(pool, (e, i) => (sets.includes(e.group) ? e.group : (sets[i % sets.length] as string))),
  );
}

/** Five folds, stratified by kind within each set. */
function fiveFold(pool: readonly Example[]): Scored[] {
  const seen = new Map<string, number>();
  const folds = pool.map((e) => {
    const key = `${e.group}\u0000${e.kind}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `f${n % 5}`;
  });
  return scored(
    pool,
    outOfFold(pool, (_, i) => folds[i] as string),
  );
}

/**
 * The model trained on a whole pool. The shipped content must pass without a finding: a shipped text
 * the model still scores near the warn threshold weighs three times more in the next training (at
 * most three rounds); if one still reaches it after that, the warn threshold rises above it (and the
 * refuse threshold with it if need be).
 */
function finalModel(examples: readonly Example[], t: Thresholds): LearnedModel {
  const pool = examples.map((e) => ({ ...e }));
  let model = pack(train(pool), t, PRUNE);
  const shipped = pool.filter((e) => e.group === 'library');
  for (let round = 1; round <= 3; round++) {
    const near = shipped.filter((e) => scoreText(model, e.text).harm >= 0.9 * model.warn);
    if (near.length === 0) break;
    console.log(
      `round ${round}: ${near.length} shipped texts near the warn threshold: ${near.map((e) => `"${e.text.slice(0, 50)}"`).join(', ')}`,
    );
    for (const e of near) e.weight *= 3;
    model = pack(train(pool), t, PRUNE);
  }
  const worst = shipped.map((e) => ({ text: e.text, harm: scoreText(model, e.text).harm })).sort((a, b) => b.harm - a.harm)[0];
  console.log(`highest P(harm) of a shipped text under the final model: ${worst?.harm.toFixed(3)} "${worst?.text}"`);
  if (worst && worst.harm >= model.warn) {
    const warn = Math.ceil((worst.harm + 1e-3) * 1000) / 1000;
    model = { ...model, warn, refuse: Math.max(model.refuse, warn) };
    console.log(`thresholds raised to warn ${model.warn}, refuse ${model.refuse} so that the shipped content passes`);
  }
  return model;
}

const SETS = [
  'meaning',
  'dev',
  'holdout',
  'holdout2',
  'holdout3',
  'holdout4',
  'holdout5',
  'holdout6',
  'holdout7',
  'holdout8',
  'holdout9',
  'holdout10',
  'train',
  ...Object.keys(CORPUS),
];
const config = `λ=${LAMBDA}, epochs=${EPOCHS}, library weight=${LIB_WEIGHT}, refuse target=${REFUSE_TARGET}, warn target=${WARN_TARGET}, veto=${VETO}, clear=${CLEAR}`;
console.log(
  `pool: ${POOL.filter((e) => e.group !== 'library').length} labelled texts, ${POOL.filter((e) => e.group === 'library').length} library units; ${config}`,
);

if (env.SIM) {
  // A blind measurement replayed: rules of an older commit (BLIND_RULES: their verdicts as JSON, per
  // set and text) that had not seen the set SIM, plus a model trained without SIM.
  const sim = env.SIM;
  const blind = JSON.parse(readFileSync(env.BLIND_RULES ?? '', 'utf8')) as Record<string, Record<string, Example['rules']>>;
  const rest = POOL.filter((e) => e.group !== sim);
  const t = chooseThresholds(leaveOneSetOut(rest));
  const model = finalModel(rest, t);
  const rows = POOL.filter((e) => e.group === sim).map((e) => ({
    ...e,
    rules: blind[sim]?.[e.text] ?? 'pass',
    score: scoreText(model, e.text).harm,
  }));
  report(`${sim} replayed blind (${config})`, rows, model);
  process.exit(0);
}

const bySet = leaveOneSetOut(POOL);
if (env.DUMP)
  writeFileSync(
    env.DUMP,
    JSON.stringify(bySet.map(({ text, group, kind, label, rules, score }) => ({ text, group, kind, label, rules, score }))),
  );
const thresholds = chooseThresholds(bySet);
const labelledRows = bySet.filter((r) => r.group !== 'library');
report('leave-one-set-out CV (the thresholds are chosen here)', labelledRows, thresholds);
if (env.LIBRARY === '1')
  report(
    'shipped units out of fold',
    bySet.filter((r) => r.group === 'library'),
    thresholds,
  );
for (const set of SETS)
  report(
    `  held out: ${set}`,
    bySet.filter((r) => r.group === set),
    thresholds,
  );
if (env.SKIP5 !== '1') report('5-fold CV (same thresholds)', fiveFold(POOL), thresholds);

if (env.DRY !== '1') {
  const model = finalModel(POOL, thresholds);
  const { classes, bias, weights } = model;
  const body = `/**
 * The weights of the learned backstop (./learned.ts), written by scripts/train-guardrails.ts: do not
 * edit. ${config}; weights below ${PRUNE} left out.
 */
import type { LearnedModel } from './learned';

export const LEARNED_MODEL: LearnedModel = {
  classes: ${JSON.stringify(classes)},
  bias: ${JSON.stringify(bias)},
  refuse: ${model.refuse},
  warn: ${model.warn},
  veto: ${model.veto},
  clear: ${model.clear},
  weights: \`
${weights}
\`,
};
`;
  const path = join(import.meta.dirname, '..', 'lib', 'prompts', 'meaning', 'learned-weights.ts');
  writeFileSync(path, body);
  execFileSync('npx', ['biome', 'format', '--write', path], { stdio: 'ignore' });
  const size = readFileSync(path).length;
  console.log(
    `\nwrote ${path}: ${weights.split('\n').length} features, ${size} bytes, refuse ${model.refuse}, warn ${model.warn}`,
  );
  // The out-of-fold figures at the chosen thresholds, per left-out set and in all (asserted by
  // tests/unit/guardrails-learned.test.ts).
  const cv = {
    config,
    chosen: thresholds,
    shipped: { refuse: model.refuse, warn: model.warn, veto: model.veto, clear: model.clear },
    all: figuresOf(labelledRows, thresholds),
    bySet: Object.fromEntries(
      SETS.map((set) => [
        set,
        figuresOf(
          bySet.filter((r) => r.group === set),
          thresholds,
        ),
      ]),
    ),
  };
  const cvPath = join(import.meta.dirname, '..', 'tests', 'unit', 'guardrails-learned-cv.json');
  writeFileSync(cvPath, `${JSON.stringify(cv, null, 2)}\n`);
  execFileSync('npx', ['biome', 'format', '--write', cvPath], { stdio: 'ignore' });
  console.log(`wrote ${cvPath}`);
}
