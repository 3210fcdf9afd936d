import { CORPUS_WRITTEN } from './guardrails-corpus';
import { HOLDOUT_SET } from './guardrails-holdout-set';
import { HOLDOUT2_SET } from './guardrails-holdout2-set';
import { HOLDOUT3_SET } from './guardrails-holdout3-set';
import { HOLDOUT4_SET } from './guardrails-holdout4-set';
import { HOLDOUT5_SET } from './guardrails-holdout5-set';
import { HOLDOUT6_SET } from './guardrails-holdout6-set';
import { HOLDOUT7_SET } from './guardrails-holdout7-set';
import { HOLDOUT8_SET } from './guardrails-holdout8-set';
import { HOLDOUT9_SET } from './guardrails-holdout9-set';
import { HOLDOUT10_SET } from './guardrails-holdout10-set';
import { HOLDOUT11_SET } from './guardrails-holdout11-set';
import { HOLDOUT12_SET } from './guardrails-holdout12-set';
import { ACCEPTABLE, UNACCEPTABLE } from './guardrails-labelled';
import { type LabelledSentence, MEANING_SET } from './guardrails-meaning-set';
import { TRAIN_SET } from './guardrails-train-set';

/**
 * The texts a held-out set must neither repeat nor nearly copy: those of every labelled set written
 * before it (the shape tests of the seventh set on). The labelled lists, the meaning set, the train set
 * and the first six held-out sets come first; after them, in the order they were written, the seventh
 * and eighth held-out sets, corpus parts A–H (./guardrails-corpus.ts), the ninth set, the tenth set
 * with corpus parts I–J, and the eleventh and twelfth sets with corpus parts K–M.
 */

const texts = (sets: readonly (readonly LabelledSentence[])[]) => sets.flat().map((s) => s.text);

const FIRST = [
  ...UNACCEPTABLE,
  ...ACCEPTABLE,
  ...texts([MEANING_SET, TRAIN_SET, HOLDOUT_SET, HOLDOUT2_SET, HOLDOUT3_SET, HOLDOUT4_SET, HOLDOUT5_SET, HOLDOUT6_SET]),
];

/** Each held-out set from the seventh on, with what was written between it and the set before. */
const LATER: readonly (readonly [heldOut: number, before: readonly (readonly LabelledSentence[])[]])[] = [
  [7, []],
  [8, [HOLDOUT7_SET]],
  [9, [HOLDOUT8_SET, ...Object.values(CORPUS_WRITTEN['A-H'])]],
  [10, [HOLDOUT9_SET]],
  [11, [HOLDOUT10_SET, ...Object.values(CORPUS_WRITTEN['I-J'])]],
  [13, [HOLDOUT11_SET, HOLDOUT12_SET, ...Object.values(CORPUS_WRITTEN['K-M'])]],
];

/**
 * The texts written before the `heldOut`-th held-out set (7 to 14). The eleventh and twelfth sets were
 * written at the same time, by two helpers who did not see each other's set, and so were the
 * thirteenth and fourteenth: each pair is checked against the same older texts.
 */
export function textsBefore(heldOut: 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14): string[] {
  const upTo = heldOut === 12 || heldOut === 14 ? heldOut - 1 : heldOut;
  return [...FIRST, ...texts(LATER.filter(([n]) => n <= upTo).flatMap(([, before]) => before))];
}
