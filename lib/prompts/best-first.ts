/**
 * The indices 0…n−1 best first, found as they are asked for (a binary heap): taking the first few of
 * n costs about n comparisons, not the n·log n of a full sort. `better` must be a strict total order
 * (break every tie), so the order is the one a sort would give.
 */
export function* bestFirst(n: number, better: (a: number, b: number) => boolean): Generator<number> {
  const heap = Array.from({ length: n }, (_, i) => i);
  const siftDown = (from: number, size: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) return;
      const right = left + 1;
      const child = right < size && better(heap[right] as number, heap[left] as number) ? right : left;
      if (!better(heap[child] as number, heap[i] as number)) return;
      [heap[i], heap[child]] = [heap[child] as number, heap[i] as number];
      i = child;
    }
  };
  for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(i, n);
  for (let size = n; size > 0; size--) {
    const top = heap[0] as number;
    heap[0] = heap[size - 1] as number;
    siftDown(0, size - 1);
    yield top;
  }
}
