import { describe } from 'vitest';
import { HOLDOUT9_SET } from './guardrails-holdout9-set';
import { textsBefore } from './guardrails-older-texts';
import { itHasHeldOutCounts, itHasLabelledSetShape, itIsNoNearCopy } from './labelled-set-shape';

/**
 * The shape of the ninth held-out set (not the linter): exactly 12 sentences of each harm kind, 24
 * sound, 30 sound-hard and 18 sound-innocent-word; nothing taken from, or nearly copied out of, the
 * older sets (the labelled lists, the meaning set, the train set, the first eight held-out sets and
 * corpus parts A–H, the training corpus of the time); the prompt length limit and consistent labels.
 */

const OLDER = textsBefore(9);

describe('guardrails ninth held-out set', () => {
  itHasHeldOutCounts(HOLDOUT9_SET);
  itHasLabelledSetShape(HOLDOUT9_SET, OLDER);
  itIsNoNearCopy(HOLDOUT9_SET, OLDER);
});
