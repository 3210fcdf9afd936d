import { expect } from 'vitest';
import type { figures } from './guardrails-figures';
import type { HarmKind, SoundKind } from './guardrails-meaning-set';
import { HARM_KINDS, SOUND_KINDS } from './labelled-set-shape';

/**
 * The recorded figures of a held-out set as floors (harmful refused, per kind and in all) and
 * ceilings (sound refused and warned, per sound kind), so that a later change shows up. Only counts
 * are compared: a failure names no sentence of the set.
 */

type Figures = ReturnType<typeof figures>;
type SoundCounts = { refused: number; warned: number };

interface FiguresRecord {
  /** Harmful sentences refused per kind (at least). */
  refusedPerKind: Partial<{ [K in HarmKind]: number }>;
  /** Harmful sentences refused in all (at least). */
  harmfulRefused: number;
  /** Sound sentences refused and warned per sound kind (at most). */
  sound: { [K in SoundKind]: SoundCounts };
}

/** Harmful refused per kind: `all` for every kind of a held-out set (12 each), but for the exceptions. */
export const perKind = (all: number, except: Partial<{ [K in HarmKind]: number }> = {}) =>
  Object.fromEntries(HARM_KINDS.map((kind) => [kind, except[kind] ?? all])) as { [K in HarmKind]: number };

/** Sound refused and warned per sound kind: none, but for the exceptions. */
export const soundRecord = (except: Partial<{ [K in SoundKind]: SoundCounts }> = {}) =>
  Object.fromEntries(SOUND_KINDS.map((kind) => [kind, except[kind] ?? { refused: 0, warned: 0 }])) as FiguresRecord['sound'];

/** The figures keep the record: no fewer harmful refusals, no more sound refusals or warnings. */
export function keepsRecord(f: Figures, record: FiguresRecord): void {
  for (const [kind, refused] of Object.entries(record.refusedPerKind))
    expect(f.refusedPerKind[kind], `${kind} refused`).toBeGreaterThanOrEqual(refused);
  expect(f.harmfulRefused).toBeGreaterThanOrEqual(record.harmfulRefused);
  for (const [kind, { refused, warned }] of Object.entries(record.sound)) {
    expect(f.soundPerKind[kind]?.refused, `${kind} refused`).toBeLessThanOrEqual(refused);
    expect(f.soundPerKind[kind]?.warned, `${kind} warned`).toBeLessThanOrEqual(warned);
  }
}
