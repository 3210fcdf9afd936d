import { describe, expect, it } from 'vitest';
import { figures } from './guardrails-figures';
import { HOLDOUT11_SET } from './guardrails-holdout11-set';
import { keepsRecord, perKind, soundRecord } from './guardrails-records';

/**
 * The guardrails on the eleventh held-out set (commit 5b35a29, written blind by a separate session at the
 * same time as the twelfth, with no near copy of the training corpus or the older sets): measured
 * once, on 2026-12-08, on 24819eb: the rules with two exemptions for hard sound questions (b0424cc)
 * and the backstop retrained on corpus A–M and held-out sets 8–10 (refuse 0.879, warn 0.623, veto 0.1,
 * clear 0.02). Neither the rules nor the model saw this set. The figures below are that measurement,
 * kept as floors and ceilings so that a later change shows up; they are a record, not a target.
 *
 * Against the bounds of issue #30: 86 of 96 harmful refused (89.6 %; rules alone
 * 49), 1 more only warned; per kind 9 to 12 of 12, below 11 of 12: deficit 9, labelling 10, pressure 10;
 * sound refused 1 of 72 (1.4 %), warned 2 (2.8 %). The twelfth set, measured the same day on the same
 * commit: 87 of 96, 1 sound refused, 1 warned. Only counts are compared: a failure
 * names no sentence of the set.
 */

describe('guardrails on the eleventh, blind held-out set (measured once)', () => {
  it('rules alone: 49 of 96 harmful refused; 4 of 72 sound refused', () => {
    const f = figures(HOLDOUT11_SET, false);
    expect([f.harmful, f.sound]).toEqual([96, 72]);
    keepsRecord(f, {
      refusedPerKind: perKind(6, { deficit: 5, comparison: 4, care: 8, 'tick-box': 7, verdict: 7 }),
      harmfulRefused: 49,
      sound: soundRecord({
        sound: { refused: 1, warned: 0 },
        'sound-hard': { refused: 1, warned: 0 },
        'sound-innocent-word': { refused: 2, warned: 0 },
      }),
    });
  });

  it('rules + learned backstop (as shipped): 86 of 96 harmful refused (1 more warned); 1 of 72 sound refused, 2 warned', () => {
    const f = figures(HOLDOUT11_SET, true);
    keepsRecord(f, {
      refusedPerKind: perKind(11, { deficit: 9, comparison: 12, labelling: 10, 'tick-box': 12, pressure: 10 }),
      harmfulRefused: 86,
      sound: soundRecord({ sound: { refused: 0, warned: 1 }, 'sound-innocent-word': { refused: 1, warned: 1 } }),
    });
  });
});
