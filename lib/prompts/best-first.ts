/**
 * The indices 0…n−1 best first by `scores` (highest first), found as they are asked for: each step
 * scans what is left, so taking the first few of n costs a few times n, with no sort and no heap.
 * Equal scores go to `tieBreak` (negative: `a` first), which must order every pair.
 */
export class BestFirst implements IterableIterator<number> {
  private readonly taken: Uint8Array;
  private left: number;

  constructor(
    private readonly scores: Float64Array,
    private readonly tieBreak: (a: number, b: number) => number,
  ) {
    this.taken = new Uint8Array(scores.length);
    this.left = scores.length;
  }

  next(): IteratorResult<number> {
    if (this.left === 0) return { done: true, value: undefined };
    const { scores, taken } = this;
    let best = -1;
    for (let i = 0; i < scores.length; i++) {
      if (taken[i]) continue;
      if (best < 0) best = i;
      else {
        const d = (scores[i] as number) - (scores[best] as number);
        if (d > 0 || (d === 0 && this.tieBreak(i, best) < 0)) best = i;
      }
    }
    taken[best] = 1;
    this.left--;
    return { done: false, value: best };
  }

  [Symbol.iterator]() {
    return this;
  }
}
