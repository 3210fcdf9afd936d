import { describe, expect, it } from 'vitest';
import { type Box, MARGIN, placePopover } from '../../lib/features/grading-cue/content/place-popover';

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The popover's box as placed (its height clipped to maxHeight). */
function placed(anchor: Box, field: Box, size: { width: number; height: number }, viewport: { width: number; height: number }) {
  const p = placePopover(anchor, field, size, viewport);
  return { ...p, box: box(p.left, p.top, Math.min(size.width, viewport.width - 2 * MARGIN), Math.min(size.height, p.maxHeight)) };
}

const inside = (b: Box, viewport: { width: number; height: number }) =>
  b.left >= MARGIN && b.top >= MARGIN && b.right <= viewport.width - MARGIN && b.bottom <= viewport.height - MARGIN;

const POPOVER = { width: 320, height: 520 };

describe('placing the grading popover (cue popover)', () => {
  it('goes beside the row when there is room on the right, within the screen, clear of the grade field', () => {
    const viewport = { width: 1280, height: 720 };
    const field = box(300, 680, 80, 24);
    const cue = box(380, 682, 26, 20);
    const { box: b, maxHeight } = placed(cue, field, POPOVER, viewport);
    expect(inside(b, viewport)).toBe(true);
    expect(overlaps(b, field)).toBe(false);
    expect(b.left).toBe(cue.right + 8);
    expect(maxHeight).toBe(704);
  });

  it('flips below or above the row when there is no room beside it, never over the field', () => {
    const viewport = { width: 1024, height: 768 };
    const field = box(780, 100, 100, 24);
    const cue = box(880, 102, 26, 20);
    const top = placed(cue, field, POPOVER, viewport);
    expect(top.top).toBe(field.bottom + 8);
    expect(top.maxHeight).toBeGreaterThanOrEqual(520);
    const low = box(780, 700, 100, 24);
    const bottom = placed(box(880, 702, 26, 20), low, POPOVER, viewport);
    expect(bottom.box.bottom).toBe(low.top - 8);
    for (const p of [top, bottom]) {
      expect(inside(p.box, viewport)).toBe(true);
      expect(overlaps(p.box, field)).toBe(false);
      expect(overlaps(p.box, low)).toBe(false);
    }
  });

  it('scrolls inside on the side with more room when neither side holds it whole', () => {
    const viewport = { width: 1024, height: 768 };
    const field = box(780, 300, 100, 24);
    const p = placed(box(880, 302, 26, 20), field, POPOVER, viewport);
    // 292 px above, 428 below: below, 428 px tall at most.
    expect(p.top).toBe(332);
    expect(p.maxHeight).toBe(428);
    expect(inside(p.box, viewport)).toBe(true);
    expect(overlaps(p.box, field)).toBe(false);
    const high = box(780, 500, 100, 24);
    const q = placed(box(880, 502, 26, 20), high, POPOVER, viewport);
    expect(q).toMatchObject({ top: MARGIN, maxHeight: 484 });
    expect(overlaps(q.box, high)).toBe(false);
  });

  it('keeps every position within the screen at 1280×720 and 1024×768, for any row and a narrow window', () => {
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1024, height: 768 },
      { width: 300, height: 500 },
    ]) {
      for (let y = 0; y < viewport.height - 24; y += 37) {
        for (const x of [0, 200, viewport.width - 140]) {
          const field = box(x, y, 100, 24);
          const p = placed(box(x + 100, y + 2, 26, 20), field, POPOVER, viewport);
          expect(inside(p.box, viewport), `${viewport.width}×${viewport.height} at ${x},${y}`).toBe(true);
          expect(overlaps(p.box, field), `${viewport.width}×${viewport.height} at ${x},${y}`).toBe(false);
        }
      }
    }
  });

  it('a short popover is not stretched: it sits right under its row, its right edge at the cue', () => {
    const p = placePopover(
      box(880, 102, 26, 20),
      box(780, 100, 100, 24),
      { width: 320, height: 90 },
      { width: 1024, height: 768 },
    );
    expect(p).toEqual({ top: 132, left: 906 - 320, maxHeight: 768 - 8 - 132 });
  });
});
