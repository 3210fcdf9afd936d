import { describe } from 'vitest';
import { HOLDOUT14_SET } from './guardrails-holdout14-set';
import { textsBefore } from './guardrails-older-texts';
import { itHasHeldOutCounts, itHasLabelledSetShape, itIsNoNearCopy } from './labelled-set-shape';

/**
 * The shape of the fourteenth held-out set (not the linter): exactly 12 sentences of each harm kind,
 * 24 sound, 30 sound-hard and 18 sound-innocent-word; nothing taken from, or nearly copied out of, the
 * older sets (the labelled lists, the meaning set, the train set, the first thirteen held-out sets and
 * the whole training corpus, as gathered by textsBefore(14)); the prompt length limit and consistent
 * labels.
 */

const OLDER = textsBefore(14);

describe('guardrails fourteenth held-out set', () => {
  itHasHeldOutCounts(HOLDOUT14_SET);
  itHasLabelledSetShape(HOLDOUT14_SET, OLDER);
  itIsNoNearCopy(HOLDOUT14_SET, OLDER);
});
