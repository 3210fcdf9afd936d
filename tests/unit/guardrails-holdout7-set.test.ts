import { describe } from 'vitest';
import { HOLDOUT7_SET } from './guardrails-holdout7-set';
import { textsBefore } from './guardrails-older-texts';
import { itHasHeldOutCounts, itHasLabelledSetShape, itIsNoNearCopy } from './labelled-set-shape';

/**
 * The shape of the seventh held-out set (not the linter): exactly 12 sentences of each harm kind, 24
 * sound, 30 sound-hard and 18 sound-innocent-word; nothing taken from, or nearly copied out of, the
 * older sets (the labelled lists, the meaning set, the train set and the first six held-out sets);
 * the prompt length limit and consistent labels.
 */

const OLDER = textsBefore(7);

describe('guardrails seventh held-out set', () => {
  itHasHeldOutCounts(HOLDOUT7_SET);
  itHasLabelledSetShape(HOLDOUT7_SET, OLDER);
  itIsNoNearCopy(HOLDOUT7_SET, OLDER);
});
