import { CORPUS_A } from './guardrails-corpus-a';
import { CORPUS_B } from './guardrails-corpus-b';
import { CORPUS_C } from './guardrails-corpus-c';
import { CORPUS_D } from './guardrails-corpus-d';
import { CORPUS_E } from './guardrails-corpus-e';
import { CORPUS_F } from './guardrails-corpus-f';
import { CORPUS_G } from './guardrails-corpus-g';
import { CORPUS_H } from './guardrails-corpus-h';
import { CORPUS_I } from './guardrails-corpus-i';
import { CORPUS_J } from './guardrails-corpus-j';
import { CORPUS_K } from './guardrails-corpus-k';
import { CORPUS_L } from './guardrails-corpus-l';
import { CORPUS_M } from './guardrails-corpus-m';
import { CORPUS_N } from './guardrails-corpus-n';
import { CORPUS_O } from './guardrails-corpus-o';
import type { LabelledSentence } from './guardrails-meaning-set';

/**
 * The TRAINING corpus of the learned backstop (scripts/train-guardrails.ts), each part written by a
 * separate helper session after reading only lob-content.md and the shape of a labelled set (none saw
 * the rules, the model or another labelled set). Parts A–F: about 350 sentences of all kinds, each with
 * its own focus (A havo/vwo mentor talks, B vmbo/praktijkonderwijs/vso/ISK, C mbo and stage, D
 * vakdocenten while grading, E decaan and campaign texts, F hurried and colloquial writing). Parts G
 * and H: about 300 sentences on the kinds the model still missed most out of fold after A–F (deficit
 * 88 %, then labelling, comparison and care), with sound sentences on the student's own struggles.
 * Parts I and J: 300 sentences each on the kinds the eighth and ninth held-out sets (blind) showed
 * weakest (I grade as the topic and verdict, J comparison and care), with hard sound sentences of the
 * kind the rules refused there (a parent's wish, doubt, a what-if question). Parts K and L, written at
 * the same time as the eleventh and twelfth held-out sets (two near copies of those sets were removed
 * from each, by script, unread): K 300 sentences on pressure, deficit and verdict with 80 hard sound
 * ones (the student's own feeling of falling behind, what-ifs with a deadline, others doubting the
 * plan), L 300 two-sentence campaign texts of every kind with the harm often in the second sentence. Part M,
 * written after them: 200 sentences on the work itself (where, when, pay, what it asks of the body:
 * "thuis werken", "nachtdiensten", "salaris"; 130 sound) against the same words probing the
 * student's own situation (70 care), because the model read such words as care wherever they stood.
 * Parts N and O, written at the same time as the thirteenth and fourteenth held-out sets (one near
 * copy of those sets removed from each, by script, unread), on the kinds below 11 of 12 on the eleventh
 * and twelfth sets: N 110 deficit and 60 labelling in many disguises with 110 sound sentences that look
 * like deficit, O care, pressure and tick-box in disguise with 110 sound look-alikes.
 * Each part is one fold of the leave-one-set-out cross-validation, so the figures of a left-out part
 * are those of sentences by a writer the model had not read.
 */
const CORPUS_FIRST = {
  'corpus-a': CORPUS_A,
  'corpus-b': CORPUS_B,
  'corpus-c': CORPUS_C,
  'corpus-d': CORPUS_D,
  'corpus-e': CORPUS_E,
  'corpus-f': CORPUS_F,
  'corpus-g': CORPUS_G,
  'corpus-h': CORPUS_H,
};

/** The parts in the order they were written: A–H before the ninth held-out set, I–J before the eleventh, K–L with the eleventh and twelfth, M after them, N–O with the thirteenth and fourteenth. */
export const CORPUS_WRITTEN: Readonly<
  Record<'A-H' | 'I-J' | 'K-M' | 'N-O', Readonly<Record<string, readonly LabelledSentence[]>>>
> = {
  'A-H': CORPUS_FIRST,
  'I-J': { 'corpus-i': CORPUS_I, 'corpus-j': CORPUS_J },
  'K-M': { 'corpus-k': CORPUS_K, 'corpus-l': CORPUS_L, 'corpus-m': CORPUS_M },
  'N-O': { 'corpus-n': CORPUS_N, 'corpus-o': CORPUS_O },
};

/** The training pool: parts A–M. */
export const CORPUS: Readonly<Record<string, readonly LabelledSentence[]>> = {
  ...CORPUS_WRITTEN['A-H'],
  ...CORPUS_WRITTEN['I-J'],
  ...CORPUS_WRITTEN['K-M'],
};

/**
 * Parts N and O are NOT in the training pool: a model trained with them (and the eleventh and twelfth
 * held-out sets) out of fold refused 91.9 % of the harmful texts, 1.4 % of the sound ones and warned
 * about 2.0 % (against 91.2 %, 1.1 % and 2.2 % without them), but warned about a sound question of the
 * rules' tests ("Zie je jezelf later thuis werken?", P 0.619 against a warning threshold of 0.601).
 * The shipped model stays the one the eleventh and twelfth sets measured blind, and the thirteenth and
 * fourteenth measured it once more.
 */
export const CORPUS_NEXT: Readonly<Record<string, readonly LabelledSentence[]>> = CORPUS_WRITTEN['N-O'];
