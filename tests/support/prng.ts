/** Small deterministic PRNG (mulberry32): generated tests and benchmarks see the same cases every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A picker of random elements over `rnd`. */
export function picker(rnd: () => number) {
  return <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
}
