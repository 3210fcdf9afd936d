import { describe } from 'vitest';
import { HOLDOUT10_SET } from './guardrails-holdout10-set';
import { textsBefore } from './guardrails-older-texts';
import { itHasHeldOutCounts, itHasLabelledSetShape, itIsNoNearCopy } from './labelled-set-shape';

/**
 * The shape of the tenth held-out set (not the linter): exactly 12 sentences of each harm kind, 24
 * sound, 30 sound-hard and 18 sound-innocent-word; nothing taken from, or nearly copied out of, the
 * older sets (the labelled lists, the meaning set, the train set, the first nine held-out sets and
 * corpus parts A–H, the training corpus of the time); the prompt length limit and consistent labels.
 */

const OLDER = textsBefore(10);

describe('guardrails tenth held-out set', () => {
  itHasHeldOutCounts(HOLDOUT10_SET);
  itHasLabelledSetShape(HOLDOUT10_SET, OLDER);
  itIsNoNearCopy(HOLDOUT10_SET, OLDER);
});
