import { describe, expect, it } from 'vitest';
import { z } from '../../lib/core/zod';
import { ROW_SCHEMAS } from '../../lib/db/transfer/file-schema';

/**
 * The import keeps the rows as read once they pass their schemas (lib/db/transfer/check.ts): that
 * is only right while the schemas check and never change a value. These tests hold it.
 */

/** Kinds of zod schema that can give back something else than they were given. */
const CHANGING = new Set(['transform', 'pipe', 'default', 'prefault', 'catch', 'success', 'nan', 'promise', 'lazy']);

/** Every kind of schema reachable from `schema` (objects, arrays, optionals, unions, records…). */
function kindsIn(schema: unknown, seen = new Set<unknown>(), out = new Set<string>()): Set<string> {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return out;
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return out;
  out.add(String(def.type));
  for (const value of Object.values(def)) {
    if (Array.isArray(value)) for (const item of value) kindsIn(item, seen, out);
    else if (value && typeof value === 'object') {
      if ((value as { _zod?: unknown })._zod) kindsIn(value, seen, out);
      else for (const inner of Object.values(value)) kindsIn(inner, seen, out);
    }
  }
  return out;
}

describe('the schemas of an import file only check', () => {
  it('have no transform, default, catch or pipe anywhere (so a checked row is the row as read)', () => {
    for (const [table, schema] of Object.entries(ROW_SCHEMAS)) {
      const kinds = kindsIn(schema);
      // The walk reaches the fields (not only the row object): a sanity check of the walk itself.
      expect(kinds.has('object') && kinds.has('string'), table).toBe(true);
      expect(
        [...kinds].filter((k) => CHANGING.has(k)),
        table,
      ).toEqual([]);
    }
  });

  it('the walk finds a transform or default nested in a row (so the test above can fail)', () => {
    const changing = z.strictObject({ a: z.array(z.strictObject({ b: z.string().transform((v) => v.trim()) })).optional() });
    expect([...kindsIn(changing)].filter((k) => CHANGING.has(k)).length).toBeGreaterThan(0);
    expect(kindsIn(z.strictObject({ c: z.number().default(1) })).has('default')).toBe(true);
  });

  it('give back exactly the row they were given', () => {
    const note = {
      id: 'n-1',
      studentKey: 'demo.magister.net|48213',
      date: '2026-11-23T10:00:00.000Z',
      context: 'mentorgesprek',
      competences: ['kwaliteiten', 'motieven'],
      promptIds: ['p-1'],
      text: 'Vertelde over haar bijbaan',
      studentWords: 'Ik help graag mensen',
      nextStep: 'Meeloopdag',
      updatedAt: '2026-11-23T10:00:00.000Z',
    };
    expect(ROW_SCHEMAS.notes.parse(note)).toStrictEqual(note);
    const handed = {
      id: 'h-1',
      kind: 'afspraak',
      studentKey: 'demo.magister.net|48213',
      date: '2026-10-01T09:00:00.000Z',
      handedOn: '2026-11-01T09:00:00.000Z',
      receivedAt: '2026-11-02T09:00:00.000Z',
      what: 'Open dag bezoeken',
      due: '2026-12-01',
    };
    expect(ROW_SCHEMAS.handed.parse(handed)).toStrictEqual(handed);
  });
});
