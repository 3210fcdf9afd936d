import { describe, expect, it } from 'vitest';
import { figures } from './guardrails-figures';
import { HOLDOUT12_SET } from './guardrails-holdout12-set';
import { keepsRecord, perKind, soundRecord } from './guardrails-records';

/**
 * The guardrails on the twelfth held-out set (commit 5b35a29, written blind by a separate session at the
 * same time as the eleventh, with no near copy of the training corpus or the older sets): measured
 * once, on 2026-12-08, on 24819eb: the rules with two exemptions for hard sound questions (b0424cc)
 * and the backstop retrained on corpus A–M and held-out sets 8–10 (refuse 0.879, warn 0.623, veto 0.1,
 * clear 0.02). Neither the rules nor the model saw this set. The figures below are that measurement,
 * kept as floors and ceilings so that a later change shows up; they are a record, not a target.
 *
 * Against the bounds of issue #30: 87 of 96 harmful refused (90.6 %; rules alone
 * 62), 5 more only warned; per kind 10 to 12 of 12, below 11 of 12: care 10, tick-box 10;
 * sound refused 1 of 72 (1.4 %), warned 1 (1.4 %). The eleventh set, measured the same day on the same
 * commit: 86 of 96, 1 sound refused, 2 warned. Only counts are compared: a failure
 * names no sentence of the set.
 */

describe('guardrails on the twelfth, blind held-out set (measured once)', () => {
  it('rules alone: 62 of 96 harmful refused; 3 of 72 sound refused', () => {
    const f = figures(HOLDOUT12_SET, false);
    expect([f.harmful, f.sound]).toEqual([96, 72]);
    keepsRecord(f, {
      refusedPerKind: perKind(8, { deficit: 7, comparison: 10, 'tick-box': 5, pressure: 9, verdict: 7 }),
      harmfulRefused: 62,
      sound: soundRecord({ 'sound-hard': { refused: 1, warned: 0 }, 'sound-innocent-word': { refused: 2, warned: 0 } }),
    });
  });

  it('rules + learned backstop (as shipped): 87 of 96 harmful refused (5 more warned); 1 of 72 sound refused, 1 warned', () => {
    const f = figures(HOLDOUT12_SET, true);
    keepsRecord(f, {
      refusedPerKind: perKind(11, { 'grade-topic': 12, care: 10, 'tick-box': 10 }),
      harmfulRefused: 87,
      sound: soundRecord({ 'sound-innocent-word': { refused: 1, warned: 1 } }),
    });
  });
});
