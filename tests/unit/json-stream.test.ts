import { describe, expect, it } from 'vitest';
import { StreamedJsonParser } from '../../lib/core/json-stream';
import { parseJsonWithoutUnsafeKeys } from '../../lib/core/safe-keys';
import { picker, prng } from '../support/prng';

/**
 * The streamed parser against `JSON.parse` on the whole text (through `parseJsonWithoutUnsafeKeys`,
 * which an import used before): over generated texts, valid and broken, each split into pieces at
 * random places, it gives the same value and unsafe-key flag, or throws where the whole parse throws.
 */

const rnd = prng(2026_12_07);
const pick = picker(rnd);

const STRINGS = ['', 'a', 'Hé, "ja"', 'back\\slash', 'ë € 😀', '[{,}]', '__proto__', 'regel\nnieuw', 'x'.repeat(40)];
const KEYS = ['id', 'notes', 'students', 'format', 'text', 'a b', '"q"', 'constructor', '\\u005f_proto__'];

function value(depth: number): unknown {
  const r = rnd();
  if (depth > 3 || r < 0.35) return pick([0, -1.5, 2e3, true, false, null, ...STRINGS]);
  if (r < 0.65) return Array.from({ length: Math.floor(rnd() * 5) }, () => value(depth + 1));
  return Object.fromEntries(Array.from({ length: Math.floor(rnd() * 4) }, () => [pick(KEYS), value(depth + 1)]));
}

/**
 * A top-level object like an export: scalars, arrays of rows, nested objects; sometimes with an unsafe
 * key. Keys are not repeated: of a repeated key `JSON.parse` sees only the last value, so it misses an
 * unsafe key in an earlier one, which the streamed parser reports (stricter; see the test below).
 */
function exportLike(): string {
  const members: string[] = [];
  const used = new Set<string>();
  const n = Math.floor(rnd() * 6);
  for (let i = 0; i < n; i++) {
    const key = rnd() < 0.1 ? pick(['__proto__', '\\u005f_proto__', 'prototype']) : pick(KEYS);
    if (used.has(key)) continue;
    used.add(key);
    const v = rnd() < 0.5 ? Array.from({ length: Math.floor(rnd() * 12) }, () => value(1)) : value(1);
    const space = () => pick(['', ' ', '\n', '\t', '\r\n  ']);
    const keyText = key.startsWith('\\') ? `"${key}"` : JSON.stringify(key);
    members.push(`${space()}${keyText}${space()}:${space()}${JSON.stringify(v, null, rnd() < 0.3 ? 1 : undefined)}${space()}`);
  }
  return `${pick(['', ' ', '\n'])}{${members.join(',')}}${pick(['', '\n', '  '])}`;
}

/** The text broken in one place: a character removed, doubled or replaced by a structural one. */
function broken(text: string): string {
  const i = Math.floor(rnd() * text.length);
  const r = rnd();
  if (r < 0.33) return text.slice(0, i) + text.slice(i + 1);
  if (r < 0.66) return text.slice(0, i) + text.charAt(i) + text.slice(i);
  return text.slice(0, i) + pick(['{', '}', '[', ']', ',', '"', ':', '\\', 'x', '\u00a0', '\ufeff', '\v']) + text.slice(i + 1);
}

function pieces(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    const size = 1 + Math.floor(rnd() * (rnd() < 0.5 ? 4 : 40));
    out.push(text.slice(at, at + size));
    at += size;
  }
  return out;
}

type Outcome = { value: unknown; unsafe: boolean } | 'throws';

function whole(text: string): Outcome {
  try {
    return parseJsonWithoutUnsafeKeys(text);
  } catch {
    return 'throws';
  }
}

function streamed(parts: readonly string[]): Outcome {
  const parser = new StreamedJsonParser();
  try {
    for (const part of parts) parser.feed(part);
    return parser.end();
  } catch {
    return 'throws';
  }
}

describe('streamed JSON parser', () => {
  it('gives what JSON.parse gives on 3000 generated export-like texts, split at random', () => {
    for (let n = 0; n < 3000; n++) {
      const text = exportLike();
      expect(streamed(pieces(text)), text).toEqual(whole(text));
      expect(streamed([text]), text).toEqual(whole(text));
    }
  });

  it('throws where JSON.parse throws, and parses where it parses, on 6000 broken texts', () => {
    let throws = 0;
    for (let n = 0; n < 6000; n++) {
      const text = broken(exportLike());
      const expected = whole(text);
      if (expected === 'throws') throws++;
      expect(streamed(pieces(text)), text).toEqual(expected);
    }
    // About half the breaks break the JSON (both sides are compared either way); the rest, such as a
    // doubled digit or space or a changed letter inside a string, still parse.
    expect(throws).toBeGreaterThan(2000);
  });

  it('keeps the last value of a repeated key, as JSON.parse does, and reports an unsafe key in an earlier one', () => {
    const text = '{"notes": [{"id": 1}], "format": "x", "notes": [{"id": 2}, {"id": 3}]}';
    expect(streamed(pieces(text))).toEqual(whole(text));
    expect(streamed(pieces('{"a": [{"__proto__": 1}], "a": []}'))).toEqual({ value: { a: [] }, unsafe: true });
  });

  it('reads any other top-level value whole', () => {
    for (const text of ['[1, {"a": 2}]', ' "tekst" ', '12', 'null', '[]', '', ' ', '{', '}', '{}', '{} {}', '[1,]']) {
      expect(streamed(pieces(text)), text).toEqual(whole(text));
    }
  });

  it('takes only JSON white space (not a no-break space, byte order mark or vertical tab) between parts', () => {
    for (const space of ['\u00a0', '\ufeff', '\v', '\u2028']) {
      for (const text of [`{"a":[${space}]}`, `{${space}}`, `{"n":${space}[1]}`, `{${space}"n":[1]}`, `{"n":[1,${space}2]}`]) {
        expect(streamed(pieces(text)), JSON.stringify(text)).toBe('throws');
        expect(whole(text), JSON.stringify(text)).toBe('throws');
      }
    }
  });

  it('reads an export of 20 000 rows in pieces the size a browser streams a file in', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      id: `n${i}`,
      text: `Notitie ${i}, "met" {haakjes} [en] komma's, ë`,
    }));
    const text = JSON.stringify({ format: 'lob-export', schemaVersion: 6, notes: rows, students: [] });
    const parser = new StreamedJsonParser();
    for (let at = 0; at < text.length; at += 65_536) parser.feed(text.slice(at, at + 65_536));
    expect(parser.end()).toEqual({ value: JSON.parse(text), unsafe: false });
  });

  it('hands the rows of an array with a sink over in batches, in order, and keeps an empty array in the value', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => ({ id: `n${i}`, text: 'x'.repeat(i % 50) }));
    const text = JSON.stringify({ format: 'f', notes: rows, other: [1, 2] });
    const batches: unknown[][] = [];
    const parser = new StreamedJsonParser((key) => (key === 'notes' ? (batch) => batches.push(batch) : undefined));
    for (const part of pieces(text)) parser.feed(part);
    expect(parser.end()).toEqual({ value: { format: 'f', notes: [], other: [1, 2] }, unsafe: false });
    expect(batches.length).toBeGreaterThan(100);
    expect(batches.flat()).toEqual(rows);
  });
});
