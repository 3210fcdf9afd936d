const FNV_OFFSET = 0x811c9dc5;

/** Continues an FNV-1a hash over the code points of `text`. */
function fnv1a(text: string, hash = FNV_OFFSET): number {
  let h = hash;
  for (const ch of text) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The murmur3 finaliser: FNV-1a alone barely moves for inputs that differ in their last character
 * ("…-kw-1" vs "…-kw-2"), which made the daily rotation cluster; this spreads every bit.
 */
function mix32(h: number): number {
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

/**
 * `stableRandom(...prefix, last)` for many `last` values: hashes the shared prefix once.
 * `stableRandomFrom(prefix)(last) === stableRandom(...prefix, last)`.
 */
export function stableRandomFrom(...prefix: string[]): (last: string) => number {
  const h = stablePrefix(...prefix);
  return (last) => mix32(fnv1a(last, h)) / 0x1_0000_0000;
}

/**
 * `stableRandom(...prefix, text)` for every text of a fixed list, sharing the work of
 * their common beginnings ("gs-terug-kw-1", "gs-terug-kw-2", …): the texts are read once into a trie
 * of code points, and each question hashes every trie node once.
 */
export class SharedPrefixRandoms {
  /** Per trie node, in creation order (a parent before its children): its parent (−1: the root) and code point. */
  private readonly parents: Int32Array;
  private readonly codes: Uint32Array;
  /** Per text, the node where it ends (−1: the empty text). */
  private readonly ends: Int32Array;
  private readonly states: Uint32Array;

  constructor(texts: readonly string[]) {
    const parents: number[] = [];
    const codes: number[] = [];
    const children = new Map<string, number>();
    this.ends = Int32Array.from(texts, (text) => {
      let node = -1;
      for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        const key = `${node}:${code}`;
        let child = children.get(key);
        if (child === undefined) {
          child = parents.length;
          parents.push(node);
          codes.push(code);
          children.set(key, child);
        }
        node = child;
      }
      return node;
    });
    this.parents = Int32Array.from(parents);
    this.codes = Uint32Array.from(codes);
    this.states = new Uint32Array(parents.length);
  }

  /** Fills `out[i]` with `stableRandom(...prefix, texts[i])`, given `stablePrefix(...prefix)`. */
  fill(prefix: number, out: number[]): void {
    const { parents, codes, states, ends } = this;
    for (let n = 0; n < parents.length; n++) {
      const parent = parents[n] as number;
      const h = (parent < 0 ? prefix : (states[parent] as number)) ^ (codes[n] as number);
      states[n] = Math.imul(h, 0x01000193) >>> 0;
    }
    for (let i = 0; i < ends.length; i++) {
      const end = ends[i] as number;
      out[i] = mix32(end < 0 ? prefix : (states[end] as number)) / 0x1_0000_0000;
    }
  }
}
