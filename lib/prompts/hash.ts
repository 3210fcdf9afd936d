const FNV_OFFSET = 0x811c9dc5;

/** Continues an FNV-1a hash over the code points of `text`. */
export function fnv1a(text: string, hash = FNV_OFFSET): number {
  let h = hash;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The code points of `text`, read once to hash it many times: `fnv1aCodePoints(codePoints(t), h) === fnv1a(t, h)`. */
export function codePoints(text: string): Uint32Array {
  return Uint32Array.from(text, (ch) => ch.codePointAt(0) ?? 0);
}

/** `fnv1a` over code points read beforehand (`codePoints`). */
export function fnv1aCodePoints(codes: Uint32Array, hash = FNV_OFFSET): number {
  let h = hash;
  for (let i = 0; i < codes.length; i++) {
    h ^= codes[i] as number;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The murmur3 finaliser: FNV-1a alone barely moves for inputs that differ in their last character
 * ("…-kw-1" vs "…-kw-2"), which made the daily rotation cluster; this spreads every bit.
 */
export function mix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b) >>> 0;
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35) >>> 0;
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a with a finaliser → [0, 1): a stable pseudo-random number for deterministic rotation. */
export function stableRandom(...parts: string[]): number {
  return mix32(fnv1a(parts.join('\u0000'))) / 0x1_0000_0000;
}

/** The hash state after `prefix` and a separator: what `stableRandom(...prefix, last)` shares for every `last`. */
export function stablePrefix(...prefix: string[]): number {
  return fnv1a(`${prefix.join('\u0000')}\u0000`);
}

/** `stableRandom(...prefix, last)` from `stablePrefix(...prefix)` and `codePoints(last)`. */
export function stableRandomAfter(prefix: number, last: Uint32Array): number {
  return mix32(fnv1aCodePoints(last, prefix)) / 0x1_0000_0000;
}

/**
 * `stableRandom(...prefix, last)` for many `last` values: hashes the shared prefix once.
 * `stableRandomFrom(prefix)(last) === stableRandom(...prefix, last)`.
 */
export function stableRandomFrom(...prefix: string[]): (last: string) => number {
  const h = stablePrefix(...prefix);
  return (last) => mix32(fnv1a(last, h)) / 0x1_0000_0000;
}
