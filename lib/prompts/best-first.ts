/**
 * The indices 0…n−1 best first by `scores` (highest first), found as they are asked for (a binary
 * heap): taking the first k of n costs about n + k·log n comparisons, not the n·log n of a full sort.
 * Equal scores go to `tieBreak` (negative: `a` first), which must order every pair. Indices marked in
 * `skip` are left out.
 */
export class BestFirst implements IterableIterator<number> {
  // Plain arrays: small typed arrays live outside the heap in V8 and cost more to make than to use.
  private readonly heap: number[] = [];
  private size = 0;

  constructor(
    private readonly scores: readonly number[],
    private readonly tieBreak: (a: number, b: number) => number,
    skip?: readonly boolean[],
  ) {
    for (let i = 0; i < scores.length; i++) if (!skip?.[i]) this.heap[this.size++] = i;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  next(): IteratorResult<number> {
    if (this.size === 0) return { done: true, value: undefined };
    const heap = this.heap;
    const top = heap[0] as number;
    this.size--;
    heap[0] = heap[this.size] as number;
    this.siftDown(0);
    return { done: false, value: top };
  }

  [Symbol.iterator]() {
    return this;
  }

  private better(a: number, b: number): boolean {
    const d = (this.scores[a] as number) - (this.scores[b] as number);
    return d > 0 || (d === 0 && this.tieBreak(a, b) < 0);
  }

  private siftDown(from: number): void {
    const { heap, size } = this;
    const item = heap[from] as number;
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && this.better(heap[right] as number, heap[left] as number) ? right : left;
      if (!this.better(heap[child] as number, item)) break;
      heap[i] = heap[child] as number;
      i = child;
    }
    heap[i] = item;
  }
}
