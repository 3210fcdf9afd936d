/**
 * The first scan of a large grade grid reads the rows near the viewport first, so their cues come
 * within a few frames of the host's own first frame; the rest is read in the next task
 * (lib/features/runtime.ts). Which rows are near is found by bisection over the rows' boxes (a grid
 * lists its students top to bottom): about 2 × log2(n) boxes read, not n.
 */

/** The rows of a list to read first, as indexes [from, to); undefined: read them all now. */
export type NearWindow = (elements: readonly Element[]) => { from: number; to: number } | undefined;

/** Lists up to this long are read whole at once (a 40-row grid costs a millisecond or two). */
export const SMALL_LIST = 200;

/**
 * Rows within `margin` px of a viewport `innerHeight` px tall. Wider than the cue layer's own margin
 * (400 px, lib/features/grading-cue/content/cue-layer.ts), so every row that gets a cue at once is
 * read in the first part. Any doubt (a row without a box, edges that do not fit a list top to bottom,
 * no row near) reads all. A disorder the bisection cannot see only delays some cues to the scan of
 * all rows, a frame later.
 */
export function nearWindow(view: { readonly innerHeight: number }, margin = 800): NearWindow {
  return (elements) => {
    const n = elements.length;
    if (n <= SMALL_LIST) return undefined;
    const low = -margin;
    const high = view.innerHeight + margin;
    const boxes = new Map<number, DOMRect>();
    let doubt = false;
    const box = (i: number) => {
      let rect = boxes.get(i);
      if (!rect) {
        rect = (elements[i] as Element).getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) doubt = true;
        boxes.set(i, rect);
      }
      return rect;
    };
    /** The first index for which `past` holds (it holds for every later one in a list top to bottom). */
    const first = (past: (rect: DOMRect) => boolean) => {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (past(box(mid))) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    const from = first((rect) => rect.bottom >= low);
    const to = first((rect) => rect.top > high);
    if (doubt || from >= to) return undefined;
    // The edges must agree with a list top to bottom: the row before lies above, the row after below.
    const fits =
      (from === 0 || box(from - 1).bottom < low) &&
      (to === n || box(to).top > high) &&
      box(from).top <= box(to - 1).top &&
      !doubt;
    return fits ? { from, to } : undefined;
  };
}
