import { expect } from 'vitest';
import type { figures } from './guardrails-figures';

/**
 * The recorded figures of a held-out set as floors (harmful refused, per kind and in all) and
 * ceilings (sound refused and warned, per sound kind), so that a later change shows up. Only counts
 * are compared: a failure names no sentence of the set.
 */

type Figures = ReturnType<typeof figures>;

export function atLeastAsGood(f: Figures, record: { refusedPerKind: Record<string, number>; harmfulRefused: number }) {
  for (const [kind, refused] of Object.entries(record.refusedPerKind))
    expect(f.refusedPerKind[kind], `${kind} refused`).toBeGreaterThanOrEqual(refused);
  expect(f.harmfulRefused).toBeGreaterThanOrEqual(record.harmfulRefused);
}

export function noWorse(f: Figures, record: Record<string, { refused: number; warned: number }>) {
  for (const [kind, { refused, warned }] of Object.entries(record)) {
    expect(f.soundPerKind[kind]?.refused, `${kind} refused`).toBeLessThanOrEqual(refused);
    expect(f.soundPerKind[kind]?.warned, `${kind} warned`).toBeLessThanOrEqual(warned);
  }
}
