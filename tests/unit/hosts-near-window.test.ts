import { describe, expect, it } from 'vitest';
import { detectPage } from '../../lib/hosts/detect';
import { nearWindow } from '../../lib/hosts/near-window';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { createScanCache } from '../../lib/hosts/scan-cache';
import { load, recognised } from '../fixtures/load';

/**
 * The first scan of a large grade grid reads the rows near the viewport first (lib/hosts/near-window.ts,
 * lib/features/runtime.ts); the scan of all rows that follows gives the same rows.
 */

const ROW = 30;
const VIEW = { innerHeight: 600 };

/** `n` rows of ROW px top to bottom, the page scrolled by `scroll` px; counts the boxes read. */
function rows(n: number, scroll: number, box = (i: number) => ({ top: i * ROW - scroll, height: ROW })) {
  const read = { boxes: 0 };
  const elements = Array.from({ length: n }, (_, i) => ({
    getBoundingClientRect() {
      read.boxes++;
      const { top, height } = box(i);
      return { top, bottom: top + height, height, width: height ? 500 : 0 } as DOMRect;
    },
  })) as unknown as Element[];
  return { elements, read };
}

describe('rows near the viewport', () => {
  it('finds exactly the rows within the margin, reading about 2 × log2(n) boxes', () => {
    for (const scroll of [0, 12_000, 29_400]) {
      const { elements, read } = rows(1000, scroll);
      const window = nearWindow(VIEW, 800)(elements);
      const expected = Array.from({ length: 1000 }, (_, i) => i).filter((i) => {
        const top = i * ROW - scroll;
        return top + ROW >= -800 && top <= 600 + 800;
      });
      expect(window).toEqual({ from: expected[0], to: (expected.at(-1) ?? 0) + 1 });
      expect(read.boxes).toBeLessThan(30);
    }
  });

  it('reads everything at once when in doubt: a short list, rows without a box, rows bottom to top, no row near', () => {
    const near = nearWindow(VIEW, 800);
    expect(near(rows(200, 0).elements)).toBeUndefined();
    expect(near(rows(1000, 0, (i) => ({ top: i * ROW, height: i === 500 ? 0 : ROW })).elements)).toBeUndefined();
    expect(near(rows(1000, 12_000, (i) => ({ top: (999 - i) * ROW - 12_000, height: ROW })).elements)).toBeUndefined();
    expect(near(rows(1000, 90_000).elements)).toBeUndefined();
    expect(near(rows(1000, -5_000).elements)).toBeUndefined();
  });
});

describe('a scan of the rows near view, then of all rows', () => {
  const firstPart = () => ({ from: 5, to: 12 });

  it('Magister (a grid of rows): the part first, marked partial; the whole scan after it has the same rows', () => {
    const { doc, url } = load('magister/grade-entry.html');
    const cache = createScanCache();
    const part = recognised(detectPage(url, doc, shippedProfiles, cache, firstPart));
    expect(part.partial).toBe(true);
    const whole = recognised(detectPage(url, doc, shippedProfiles, cache));
    expect(whole.partial).toBeUndefined();
    expect(whole.rows).toHaveLength(31);
    // Read once: the whole scan keeps the rows the first part read.
    expect(part.rows).toEqual(whole.rows.slice(5, 12));
    expect(part.rows.every((row, i) => row === whole.rows[5 + i])).toBe(true);
  });

  it('Somtoday Docent (a grid by column): the part has the same students, grades and own results as the whole', () => {
    const { doc, url } = load('somtoday/voortgangsdossier.html');
    const cache = createScanCache();
    const part = recognised(detectPage(url, doc, shippedProfiles, cache, firstPart));
    const whole = recognised(detectPage(url, doc, shippedProfiles, cache));
    expect(part.partial).toBe(true);
    expect(whole.rows).toHaveLength(31);
    const view = (r: (typeof whole.rows)[number]) => ({ id: r.id, name: r.name, grade: r.grade, ownResults: r.ownResults });
    expect(part.rows.map(view)).toEqual(whole.rows.slice(5, 12).map(view));
    expect(whole.rows.some((r) => (r.ownResults?.length ?? 0) > 0)).toBe(true);
    // Without a cache too (every row read afresh).
    expect(recognised(detectPage(url, doc, shippedProfiles, undefined, firstPart)).rows.map(view)).toEqual(part.rows.map(view));
  });
});
