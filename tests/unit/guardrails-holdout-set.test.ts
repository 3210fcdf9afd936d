import { describe, expect, it } from 'vitest';
import { HOLDOUT_SET } from './guardrails-holdout-set';
import { ACCEPTABLE, UNACCEPTABLE } from './guardrails-labelled';
import { MEANING_SET } from './guardrails-meaning-set';
import { countOf, HARM_KINDS, itHasLabelledSetShape, norm } from './labelled-set-shape';

/**
 * The shape of the held-out set (not the linter): exactly 12 sentences of each harm kind, 24 sound,
 * 30 sound-hard and 18 sound-innocent-word; nothing taken from, or nearly copied out of, the two
 * older sets; the prompt length limit and consistent labels.
 */

const OLDER = [...UNACCEPTABLE, ...ACCEPTABLE, ...MEANING_SET.map((s) => s.text)];

const wordsOf = (text: string) => new Set(norm(text).match(/[\p{L}\p{N}]+/gu) ?? []);

/** Shared words over all distinct words of the two word sets (Jaccard). */
function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / (a.size + b.size - shared);
}

describe('guardrails held-out set', () => {
  it('has 168 sentences', () => {
    expect(HOLDOUT_SET.length).toBe(168);
  });

  it.each(HARM_KINDS)('has 12 sentences of harm kind %s', (kind) => {
    expect(countOf(HOLDOUT_SET, kind)).toBe(12);
  });

  it('has 24 sound, 30 sound-hard and 18 sound-innocent-word sentences', () => {
    expect(countOf(HOLDOUT_SET, 'sound')).toBe(24);
    expect(countOf(HOLDOUT_SET, 'sound-hard')).toBe(30);
    expect(countOf(HOLDOUT_SET, 'sound-innocent-word')).toBe(18);
  });

  itHasLabelledSetShape(HOLDOUT_SET, OLDER);

  it('shares at most half of its words with any sentence of the older sets', () => {
    const older = OLDER.map((text) => ({ text, words: wordsOf(text) }));
    const near = HOLDOUT_SET.flatMap(({ text }) => {
      const words = wordsOf(text);
      return older.filter((old) => wordOverlap(words, old.words) > 0.5).map((old) => `${text} ~ ${old.text}`);
    });
    expect(near).toEqual([]);
  });
});
