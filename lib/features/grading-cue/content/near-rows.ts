/**
 * Which rows of a grid are near the viewport, without measuring all of them on every frame. A grade
 * grid lists its students top to bottom, so after one full pass (which also checks that order) a
 * scroll or a re-rendered cell needs only the rows around the ones that were near last time: the
 * search walks from there until it passes the margin on both sides. Rows in any other order are
 * measured in full every time.
 */

/** The vertical extent of a row's anchor on screen (a DOMRect will do). */
export interface Extent {
  top: number;
  bottom: number;
}

export interface NearRows<T> {
  /**
   * The rows whose extent lies within `margin` px of a viewport `height` px tall, with their
   * extents, in row order. `extentOf` gives undefined for a row without a box (hidden or gone).
   */
  find<E extends Extent>(rows: readonly T[], extentOf: (row: T) => E | undefined, height: number): Map<T, E>;
  /** Other rows than before: the next `find` measures them all. */
  reset(): void;
}

export function createNearRows<T>(margin: number): NearRows<T> {
  /** Whether the last full pass found the rows top to bottom; undefined: not measured yet. */
  let ordered: boolean | undefined;
  /** Index of the first near row of the last pass. */
  let from: number | undefined;

  const full = <E extends Extent>(rows: readonly T[], extentOf: (row: T) => E | undefined, height: number) => {
    const near = new Map<T, E>();
    let last = Number.NEGATIVE_INFINITY;
    ordered = true;
    from = undefined;
    rows.forEach((row, i) => {
      const extent = extentOf(row);
      if (!extent) return;
      if (extent.top < last) ordered = false;
      last = extent.top;
      if (extent.bottom < -margin || extent.top > height + margin) return;
      from ??= i;
      near.set(row, extent);
    });
    return near;
  };

  return {
    find<E extends Extent>(rows: readonly T[], extentOf: (row: T) => E | undefined, height: number) {
      if (!ordered || from === undefined || from >= rows.length) return full(rows, extentOf, height);
      // Each row measured at most once per pass.
      const measured = new Map<number, E | undefined>();
      const extentAt = (at: number) => {
        if (!measured.has(at)) measured.set(at, extentOf(rows[at] as T));
        return measured.get(at);
      };
      /** Entirely above the margin, or without a box: not near, and the near rows come later. */
      const before = (at: number) => {
        const extent = extentAt(at);
        return extent === undefined || extent.bottom < -margin;
      };
      /** Measured and entirely above the margin: where the walk up stops. */
      const beyondAbove = (at: number) => (extentAt(at)?.bottom ?? 0) < -margin;
      let i = from;
      if (before(i)) {
        // Scrolled down: skip the rows that went up and out.
        while (i < rows.length && before(i)) i++;
      } else {
        // Scrolled up (or not at all): take in the rows above (hidden ones too) until one lies beyond the margin.
        while (i > 0 && !beyondAbove(i - 1)) i--;
      }
      const near = new Map<T, E>();
      from = undefined;
      for (; i < rows.length; i++) {
        const row = rows[i] as T;
        const extent = extentAt(i);
        if (!extent) continue;
        if (extent.top > height + margin) break;
        if (extent.bottom < -margin) continue;
        from ??= i;
        near.set(row, extent);
      }
      return near;
    },
    reset() {
      ordered = undefined;
      from = undefined;
    },
  };
}
