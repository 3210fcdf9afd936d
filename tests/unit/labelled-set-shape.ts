import { expect, it } from 'vitest';
import { HARM_KINDS as LEARNED_HARM_KINDS } from '../../lib/prompts/meaning/learned';
import type { HarmKind, LabelledSentence, SoundKind } from './guardrails-meaning-set';

/**
 * The shape checks every labelled guardrail set shares (the meaning set and the held-out sets): known
 * kinds, no duplicates, nothing taken from an older set, the prompt length limit, a reason for each
 * sentence and labels that match the kinds. The held-out sets add a fixed count per kind and a guard
 * against near copies of older sentences. Call the `it…` helpers inside a `describe`.
 */

/** The harm kinds, as the learned backstop knows them (one list). */
export const HARM_KINDS: readonly HarmKind[] = LEARNED_HARM_KINDS;
export const SOUND_KINDS: readonly SoundKind[] = ['sound', 'sound-hard', 'sound-innocent-word'];

/** One labelled set from its parts, in the order of the kinds above. */
export const inKindOrder = (parts: Record<HarmKind | SoundKind, readonly LabelledSentence[]>): LabelledSentence[] =>
  [...HARM_KINDS, ...SOUND_KINDS].flatMap((kind) => parts[kind]);

/** Case- and space-insensitive key of a sentence. */
const norm = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

export const countOf = (set: readonly LabelledSentence[], kind: HarmKind | SoundKind) =>
  set.filter((s) => s.kind === kind).length;

/** Registers the shared shape tests for `set`; `older` are the texts of the sets it must not repeat. */
export function itHasLabelledSetShape(set: readonly LabelledSentence[], older: readonly string[]): void {
  it('uses only the known kinds', () => {
    const known = new Set<string>([...HARM_KINDS, ...SOUND_KINDS]);
    expect(set.filter((s) => !known.has(s.kind)).map((s) => s.text)).toEqual([]);
  });

  it('has no duplicate texts (case- and space-insensitive)', () => {
    const seen = new Set<string>();
    const dupes: string[] = [];
    for (const { text } of set) {
      const key = norm(text);
      if (seen.has(key)) dupes.push(text);
      seen.add(key);
    }
    expect(dupes).toEqual([]);
  });

  it('takes no sentence from the older labelled sets', () => {
    const old = new Set(older.map(norm));
    expect(set.filter((s) => old.has(norm(s.text))).map((s) => s.text)).toEqual([]);
  });

  it('keeps every text non-empty and within the prompt limit of 170 characters', () => {
    expect(set.filter((s) => s.text.trim() === '' || s.text.length > 170).map((s) => s.text)).toEqual([]);
  });

  it('gives every sentence a reason', () => {
    expect(set.filter((s) => s.why.trim() === '').map((s) => s.text)).toEqual([]);
  });

  it('labels harm kinds refuse and sound kinds allow', () => {
    const harm = new Set<string>(HARM_KINDS);
    const wrong = set.filter((s) => (harm.has(s.kind) ? s.expect !== 'refuse' : s.expect !== 'allow'));
    expect(wrong.map((s) => `${s.kind}: ${s.text}`)).toEqual([]);
  });
}

/** Registers the counts of a held-out set: 12 of each harm kind, 24 sound, 30 sound-hard, 18 sound-innocent-word. */
export function itHasHeldOutCounts(set: readonly LabelledSentence[]): void {
  it('has 168 sentences', () => {
    expect(set.length).toBe(168);
  });

  it.each(HARM_KINDS)('has 12 sentences of harm kind %s', (kind) => {
    expect(countOf(set, kind)).toBe(12);
  });

  it('has 24 sound, 30 sound-hard and 18 sound-innocent-word sentences', () => {
    expect(countOf(set, 'sound')).toBe(24);
    expect(countOf(set, 'sound-hard')).toBe(30);
    expect(countOf(set, 'sound-innocent-word')).toBe(18);
  });
}

const wordsOf = (text: string) => new Set(norm(text).match(/[\p{L}\p{N}]+/gu) ?? []);

/** Shared words over all distinct words of the two word sets (Jaccard). */
function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / (a.size + b.size - shared);
}

/** Registers the near-copy guard: no sentence of `set` shares more than half its words with one of `older`. */
export function itIsNoNearCopy(set: readonly LabelledSentence[], older: readonly string[]): void {
  it('shares at most half of its words with any sentence of the older sets', () => {
    const old = older.map((text) => ({ text, words: wordsOf(text) }));
    const near = set.flatMap(({ text }) => {
      const words = wordsOf(text);
      return old.filter((o) => wordOverlap(words, o.words) > 0.5).map((o) => `${text} ~ ${o.text}`);
    });
    expect(near).toEqual([]);
  });
}
