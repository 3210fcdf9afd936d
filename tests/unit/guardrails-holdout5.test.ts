import { describe, expect, it } from 'vitest';
import { figures } from './guardrails-figures';
import { HOLDOUT5_SET } from './guardrails-holdout5-set';
import { keepsRecord, perKind, soundRecord } from './guardrails-records';

/**
 * The guardrails on the fifth held-out set (commit 850d64f, written blind by a separate session),
 * which neither the rules nor the learned backstop saw: measured once, on 2026-12-07, after the rules
 * were changed on the fourth set and a training set and the backstop was retrained on every other
 * labelled set (thresholds refuse 0.987, warn 0.96, chosen by cross-validation). The figures below are
 * that measurement, kept as floors and ceilings so that a later change shows up; they are a record,
 * not a target. The bounds of issue #30 (≥ 90 % refused per kind, sound ≤ 2 % refused and ≤ 5 %
 * warned) are not met: 76 of 96 harmful refused (79 %), 3 of 72 sound refused (4.2 %, all by the
 * rules), 1 warned (1.4 %, by the backstop). On the fourth set, blind, it was 75 of 96 and 7 of 72.
 * Since then the set is used for development (issue #30, rules on sentence structure: a predicate
 * said of the student, care as the student's own situation, a stereotype of the student's group,
 * proof as the point, an ultimatum, a decision made for the student): the bounds below are the
 * figures after that work (rules alone 95 of 96, none of 72 sound refused; as shipped 95 of 96, none
 * refused, 1 warned), so they are no longer blind figures; the eighth to tenth held-out sets are the blind ones.
 * Only counts are compared: a failure names no sentence of the set.
 */

describe('guardrails on the fifth held-out set (blind once, now development)', () => {
  it('rules alone: 95 of 96 harmful refused (blind: 74); 0 of 72 sound refused (blind: 3), none warned', () => {
    const f = figures(HOLDOUT5_SET, false);
    expect([f.harmful, f.sound]).toEqual([96, 72]);
    keepsRecord(f, { refusedPerKind: perKind(12, { deficit: 11 }), harmfulRefused: 95, sound: soundRecord() });
  });

  it('rules + learned backstop (as shipped): 95 of 96 harmful refused (blind: 76); 0 of 72 sound refused (blind: 3), 1 warned', () => {
    const f = figures(HOLDOUT5_SET, true);
    keepsRecord(f, {
      refusedPerKind: perKind(12, { deficit: 11 }),
      harmfulRefused: 95,
      sound: soundRecord({ sound: { refused: 0, warned: 1 } }),
    });
  });
});
