import { describe, expect, it } from 'vitest';
import { ACCEPTABLE, UNACCEPTABLE } from './guardrails-labelled';
import { MEANING_SET } from './guardrails-meaning-set';
import { countOf, HARM_KINDS, itHasLabelledSetShape, SOUND_KINDS } from './labelled-set-shape';

/**
 * The shape of the meaning set itself (not the linter): size, spread over the kinds, no duplicates,
 * nothing taken from the older labelled set, the prompt length limit and consistent labels.
 */

describe('guardrails meaning set', () => {
  it('has at least 320 sentences', () => {
    expect(MEANING_SET.length).toBeGreaterThanOrEqual(320);
  });

  it.each(HARM_KINDS)('has at least 20 sentences of harm kind %s', (kind) => {
    expect(countOf(MEANING_SET, kind)).toBeGreaterThanOrEqual(20);
  });

  it('has at least 140 sound sentences, a third of them hard and at least 25 with an innocent word', () => {
    const soundTotal = SOUND_KINDS.reduce((n, kind) => n + countOf(MEANING_SET, kind), 0);
    expect(soundTotal).toBeGreaterThanOrEqual(140);
    expect(countOf(MEANING_SET, 'sound-hard') * 3).toBeGreaterThanOrEqual(soundTotal);
    expect(countOf(MEANING_SET, 'sound-innocent-word')).toBeGreaterThanOrEqual(25);
  });

  itHasLabelledSetShape(MEANING_SET, [...UNACCEPTABLE, ...ACCEPTABLE]);
});
