import { describe } from 'vitest';
import { HOLDOUT8_SET } from './guardrails-holdout8-set';
import { textsBefore } from './guardrails-older-texts';
import { itHasHeldOutCounts, itHasLabelledSetShape, itIsNoNearCopy } from './labelled-set-shape';

/**
 * The shape of the eighth held-out set (not the linter): exactly 12 sentences of each harm kind, 24
 * sound, 30 sound-hard and 18 sound-innocent-word; nothing taken from, or nearly copied out of, the
 * older sets (the labelled lists, the meaning set, the train set and the first seven held-out sets);
 * the prompt length limit and consistent labels.
 */

const OLDER = textsBefore(8);

describe('guardrails eighth held-out set', () => {
  itHasHeldOutCounts(HOLDOUT8_SET);
  itHasLabelledSetShape(HOLDOUT8_SET, OLDER);
  itIsNoNearCopy(HOLDOUT8_SET, OLDER);
});
