import { describe } from 'vitest';
import { HOLDOUT_SET } from './guardrails-holdout-set';
import { ACCEPTABLE, UNACCEPTABLE } from './guardrails-labelled';
import { MEANING_SET } from './guardrails-meaning-set';
import { itHasHeldOutCounts, itHasLabelledSetShape, itIsNoNearCopy } from './labelled-set-shape';

/**
 * The shape of the held-out set (not the linter): exactly 12 sentences of each harm kind, 24 sound,
 * 30 sound-hard and 18 sound-innocent-word; nothing taken from, or nearly copied out of, the two
 * older sets; the prompt length limit and consistent labels.
 */

const OLDER = [...UNACCEPTABLE, ...ACCEPTABLE, ...MEANING_SET.map((s) => s.text)];

describe('guardrails held-out set', () => {
  itHasHeldOutCounts(HOLDOUT_SET);
  itHasLabelledSetShape(HOLDOUT_SET, OLDER);
  itIsNoNearCopy(HOLDOUT_SET, OLDER);
});
