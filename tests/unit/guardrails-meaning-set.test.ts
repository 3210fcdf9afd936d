import { describe, expect, it } from 'vitest';
import { ACCEPTABLE, UNACCEPTABLE } from './guardrails-labelled';
import { type HarmKind, MEANING_SET, type SoundKind } from './guardrails-meaning-set';

/**
 * The shape of the meaning set itself (not the linter): size, spread over the kinds, no duplicates,
 * nothing taken from the older labelled set, the prompt length limit and consistent labels.
 */

const HARM_KINDS: readonly HarmKind[] = [
  'deficit',
  'grade-topic',
  'comparison',
  'labelling',
  'care',
  'tick-box',
  'pressure',
  'verdict',
];
const SOUND_KINDS: readonly SoundKind[] = ['sound', 'sound-hard', 'sound-innocent-word'];

/** Case- and space-insensitive key of a sentence. */
const norm = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

const countOf = (kind: HarmKind | SoundKind) => MEANING_SET.filter((s) => s.kind === kind).length;

describe('guardrails meaning set', () => {
  it('has at least 320 sentences', () => {
    expect(MEANING_SET.length).toBeGreaterThanOrEqual(320);
  });

  it.each(HARM_KINDS)('has at least 20 sentences of harm kind %s', (kind) => {
    expect(countOf(kind)).toBeGreaterThanOrEqual(20);
  });

  it('has at least 140 sound sentences, a third of them hard and at least 25 with an innocent word', () => {
    const soundTotal = SOUND_KINDS.reduce((n, kind) => n + countOf(kind), 0);
    expect(soundTotal).toBeGreaterThanOrEqual(140);
    expect(countOf('sound-hard') * 3).toBeGreaterThanOrEqual(soundTotal);
    expect(countOf('sound-innocent-word')).toBeGreaterThanOrEqual(25);
  });

  it('uses only the known kinds', () => {
    const known = new Set<string>([...HARM_KINDS, ...SOUND_KINDS]);
    expect(MEANING_SET.filter((s) => !known.has(s.kind)).map((s) => s.text)).toEqual([]);
  });

  it('has no duplicate texts (case- and space-insensitive)', () => {
    const seen = new Set<string>();
    const dupes: string[] = [];
    for (const { text } of MEANING_SET) {
      const key = norm(text);
      if (seen.has(key)) dupes.push(text);
      seen.add(key);
    }
    expect(dupes).toEqual([]);
  });

  it('takes no sentence from the existing labelled set', () => {
    const old = new Set([...UNACCEPTABLE, ...ACCEPTABLE].map(norm));
    expect(MEANING_SET.filter((s) => old.has(norm(s.text))).map((s) => s.text)).toEqual([]);
  });

  it('keeps every text non-empty and within the prompt limit of 170 characters', () => {
    expect(MEANING_SET.filter((s) => s.text.trim() === '' || s.text.length > 170).map((s) => s.text)).toEqual([]);
  });

  it('gives every sentence a reason', () => {
    expect(MEANING_SET.filter((s) => s.why.trim() === '').map((s) => s.text)).toEqual([]);
  });

  it('labels harm kinds refuse and sound kinds allow', () => {
    const harm = new Set<string>(HARM_KINDS);
    const wrong = MEANING_SET.filter((s) => (harm.has(s.kind) ? s.expect !== 'refuse' : s.expect !== 'allow'));
    expect(wrong.map((s) => `${s.kind}: ${s.text}`)).toEqual([]);
  });
});
