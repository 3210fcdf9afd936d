import { describe } from 'vitest';
import { HOLDOUT13_SET } from './guardrails-holdout13-set';
import { textsBefore } from './guardrails-older-texts';
import { itHasHeldOutCounts, itHasLabelledSetShape, itIsNoNearCopy } from './labelled-set-shape';

/**
 * The shape of the thirteenth held-out set (not the linter): exactly 12 sentences of each harm kind,
 * 24 sound, 30 sound-hard and 18 sound-innocent-word; nothing taken from, or nearly copied out of, the
 * older sets (the labelled lists, the meaning set, the train set, the first twelve held-out sets and
 * the whole training corpus of the time); the prompt length limit and consistent labels.
 */

const OLDER = textsBefore(13);

describe('guardrails thirteenth held-out set', () => {
  itHasHeldOutCounts(HOLDOUT13_SET);
  itHasLabelledSetShape(HOLDOUT13_SET, OLDER);
  itIsNoNearCopy(HOLDOUT13_SET, OLDER);
});
