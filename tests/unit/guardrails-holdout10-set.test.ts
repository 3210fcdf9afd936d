import { describe } from 'vitest';
import { CORPUS } from './guardrails-corpus';
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
import { ACCEPTABLE, UNACCEPTABLE } from './guardrails-labelled';
import { MEANING_SET } from './guardrails-meaning-set';
import { TRAIN_SET } from './guardrails-train-set';
import { itHasHeldOutCounts, itHasLabelledSetShape, itIsNoNearCopy } from './labelled-set-shape';

/**
 * The shape of the tenth held-out set (not the linter): exactly 12 sentences of each harm kind, 24
 * sound, 30 sound-hard and 18 sound-innocent-word; nothing taken from, or nearly copied out of, the
 * older sets (the labelled lists, the meaning set, the train set, the first nine held-out sets and
 * every sentence of the training corpus); the prompt length limit and consistent labels.
 */

const OLDER = [
  ...UNACCEPTABLE,
  ...ACCEPTABLE,
  ...[
    ...MEANING_SET,
    ...TRAIN_SET,
    ...HOLDOUT_SET,
    ...HOLDOUT2_SET,
    ...HOLDOUT3_SET,
    ...HOLDOUT4_SET,
    ...HOLDOUT5_SET,
    ...HOLDOUT6_SET,
    ...HOLDOUT7_SET,
    ...HOLDOUT8_SET,
    ...HOLDOUT9_SET,
    ...Object.values(CORPUS).flat(),
  ].map((s) => s.text),
];

describe('guardrails tenth held-out set', () => {
  itHasHeldOutCounts(HOLDOUT10_SET);
  itHasLabelledSetShape(HOLDOUT10_SET, OLDER);
  itIsNoNearCopy(HOLDOUT10_SET, OLDER);
});
