import { describe, expect, it } from 'vitest';
import { DEV_SET } from './guardrails-dev-set';
import { HOLDOUT_SET } from './guardrails-holdout-set';
import { HOLDOUT2_SET } from './guardrails-holdout2-set';
import { HOLDOUT3_SET } from './guardrails-holdout3-set';
import { HOLDOUT4_SET } from './guardrails-holdout4-set';
import { HOLDOUT5_SET } from './guardrails-holdout5-set';
import { ACCEPTABLE, UNACCEPTABLE } from './guardrails-labelled';
import { MEANING_SET } from './guardrails-meaning-set';
import { TRAIN_SET } from './guardrails-train-set';
import { countOf, HARM_KINDS, itHasLabelledSetShape, itIsNoNearCopy } from './labelled-set-shape';

/**
 * The shape of the training set (not the linter): exactly 15 sentences of each harm kind, 60 sound (at
 * least 40 of them statements or imperatives, i.e. not ending in a question mark), 50 sound-hard and 40
 * sound-innocent-word; nothing taken from, or nearly copied out of, the older sets (the labelled lists,
 * the meaning set, the development set and the first to fifth held-out sets); the prompt length limit
 * and consistent labels.
 */

const OLDER = [
  ...UNACCEPTABLE,
  ...ACCEPTABLE,
  ...[...MEANING_SET, ...DEV_SET, ...HOLDOUT_SET, ...HOLDOUT2_SET, ...HOLDOUT3_SET, ...HOLDOUT4_SET].map((s) => s.text),
  // The fifth held-out set was written at the same time, blind; the model trains on this set and is
  // measured on that one, so no sentence here may nearly copy one there (checked: none shares more
  // than 40 % of its words).
  ...HOLDOUT5_SET.map((s) => s.text),
];

describe('guardrails training set', () => {
  it('has 270 sentences', () => {
    expect(TRAIN_SET.length).toBe(270);
  });

  it.each(HARM_KINDS)('has 15 sentences of harm kind %s', (kind) => {
    expect(countOf(TRAIN_SET, kind)).toBe(15);
  });

  it('has 60 sound, 50 sound-hard and 40 sound-innocent-word sentences', () => {
    expect(countOf(TRAIN_SET, 'sound')).toBe(60);
    expect(countOf(TRAIN_SET, 'sound-hard')).toBe(50);
    expect(countOf(TRAIN_SET, 'sound-innocent-word')).toBe(40);
  });

  it('has at least 40 sound statements or imperatives (not ending in a question mark)', () => {
    const statements = TRAIN_SET.filter((s) => s.kind === 'sound' && !s.text.trim().endsWith('?'));
    expect(statements.length).toBeGreaterThanOrEqual(40);
  });

  itHasLabelledSetShape(TRAIN_SET, OLDER);
  itIsNoNearCopy(TRAIN_SET, OLDER);
});
