import { describe } from 'vitest';
import { HOLDOUT11_SET } from './guardrails-holdout11-set';
import { textsBefore } from './guardrails-older-texts';
import { itHasHeldOutCounts, itHasLabelledSetShape, itIsNoNearCopy } from './labelled-set-shape';

/**
 * The shape of the eleventh held-out set (not the linter): exactly 12 sentences of each harm kind, 24
 * sound, 30 sound-hard and 18 sound-innocent-word; nothing taken from, or nearly copied out of, the
 * older sets (the labelled lists, the meaning set, the train set, the first ten held-out sets and the
 * whole training corpus of the time); the prompt length limit and consistent labels.
 */

const OLDER = textsBefore(11);

describe('guardrails eleventh held-out set', () => {
  itHasHeldOutCounts(HOLDOUT11_SET);
  itHasLabelledSetShape(HOLDOUT11_SET, OLDER);
  itIsNoNearCopy(HOLDOUT11_SET, OLDER);
});
