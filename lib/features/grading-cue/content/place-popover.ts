/**
 * Where the grading popover goes, from measured boxes only (no DOM here): beside its row when there
 * is room on the right, else below or above the row, whichever holds it; never over the grade field.
 * When neither side holds it whole, the side with more room does, and the popover scrolls inside
 * (`maxHeight`) rather than covering the field. Everything stays `MARGIN` px inside the viewport.
 */

/** A box on screen, as `getBoundingClientRect` gives it. */
export interface Box {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** The most the popover may be tall here; taller content scrolls inside it. */
  maxHeight: number;
}

/** Space kept free between the popover and the viewport's edges. */
export const MARGIN = 8;
/** Space between the popover and its row. */
const GAP = 8;

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * `anchor` is what the teacher opened it from (the cue beside the row's anchor), `field` the row's
 * grade field, `size` the popover's own measured size (its full content, unclipped), `viewport` the
 * window's inner size.
 */
export function placePopover(anchor: Box, field: Box, size: Size, viewport: Size): Placement {
  const width = Math.min(size.width, viewport.width - 2 * MARGIN);
  const whole = Math.max(0, viewport.height - 2 * MARGIN);
  // The row as far as it must stay visible: the cue and the field being typed in.
  const row: Box = {
    top: Math.min(anchor.top, field.top),
    right: Math.max(anchor.right, field.right),
    bottom: Math.max(anchor.bottom, field.bottom),
    left: Math.min(anchor.left, field.left),
  };
  if (row.right + GAP + width <= viewport.width - MARGIN) {
    // Beside: clear of the row sideways, so it may use the whole height.
    const height = Math.min(size.height, whole);
    return { top: clamp(anchor.top - 12, MARGIN, viewport.height - MARGIN - height), left: row.right + GAP, maxHeight: whole };
  }
  const left = clamp(anchor.right - width, MARGIN, viewport.width - MARGIN - width);
  const below = row.bottom + GAP;
  const roomBelow = Math.max(0, viewport.height - MARGIN - below);
  const roomAbove = Math.max(0, row.top - GAP - MARGIN);
  if (size.height <= roomBelow || (size.height > roomAbove && roomBelow >= roomAbove)) {
    return { top: below, left, maxHeight: roomBelow };
  }
  const height = Math.min(size.height, roomAbove);
  return { top: row.top - GAP - height, left, maxHeight: roomAbove };
}
