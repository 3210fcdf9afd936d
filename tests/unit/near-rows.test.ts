import { describe, expect, it } from 'vitest';
import { createNearRows, type Extent } from '../../lib/features/grading-cue/content/near-rows';
import { prng } from '../support/prng';

const MARGIN = 400;

/** A grid: each row's top in the page (rows top to bottom), its height, and whether it has a box. */
function generateGrid(rnd: () => number, count: number) {
  let y = rnd() * 300;
  return Array.from({ length: count }, (_, id) => {
    const height = 20 + Math.floor(rnd() * 40);
    const row = { id, top: y, height, hidden: rnd() < 0.08 };
    y += row.hidden ? 0 : height + Math.floor(rnd() * 4);
    return row;
  });
}
type Row = ReturnType<typeof generateGrid>[number];

/** What every row's box says, measured in full: the contract the finder must keep. */
function expected(rows: readonly Row[], scroll: number, height: number): number[] {
  return rows
    .filter((r) => !r.hidden && r.top - scroll + r.height >= -MARGIN && r.top - scroll <= height + MARGIN)
    .map((r) => r.id);
}

describe('rows near the viewport', () => {
  it('finds exactly the rows within the margin after any scroll, resize or change in row heights, measuring few rows', () => {
    const rnd = prng(16);
    let measuredTotal = 0;
    let passes = 0;
    for (let grid = 0; grid < 40; grid++) {
      const rows = generateGrid(rnd, 1 + Math.floor(rnd() * 1200));
      const near = createNearRows<Row>(MARGIN);
      const end = (rows.at(-1)?.top ?? 0) + 60;
      let scroll = 0;
      let height = 900;
      for (let step = 0; step < 60; step++) {
        const move = rnd();
        if (move < 0.5) scroll = Math.max(0, scroll + (rnd() - 0.5) * 600);
        else if (move < 0.7) scroll = rnd() * end;
        else if (move < 0.8) height = 300 + rnd() * 900;
        else {
          // A re-rendered row changes height: everything below moves.
          const at = Math.floor(rnd() * rows.length);
          const delta = Math.floor((rnd() - 0.5) * 40);
          for (const row of rows.slice(at + 1)) row.top += delta;
        }
        let measured = 0;
        const extentOf = (row: Row): Extent | undefined => {
          measured++;
          return row.hidden ? undefined : { top: row.top - scroll, bottom: row.top - scroll + row.height };
        };
        const found = near.find(rows, extentOf, height);
        expect([...found.keys()].map((r) => r.id)).toEqual(expected(rows, scroll, height));
        if (step > 0) {
          measuredTotal += measured;
          passes++;
        }
      }
    }
    // A full pass would measure ~600 rows on average; the walk measures the near ones and a few more.
    expect(measuredTotal / passes).toBeLessThan(120);
  });

  it('measures every row when the rows are not listed top to bottom', () => {
    const rows = [
      { id: 0, top: 500 },
      { id: 1, top: 100 },
      { id: 2, top: 3000 },
    ];
    const near = createNearRows<(typeof rows)[number]>(MARGIN);
    const extentOf = (r: (typeof rows)[number]) => ({ top: r.top, bottom: r.top + 30 });
    expect([...near.find(rows, extentOf, 900).keys()].map((r) => r.id)).toEqual([0, 1]);
    let measured = 0;
    near.find(
      rows,
      (r) => {
        measured++;
        return extentOf(r);
      },
      900,
    );
    expect(measured).toBe(3);
  });
});
