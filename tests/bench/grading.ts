import type { Page } from 'playwright-core';
import { launch, removeProfile, type Session } from '../support/chromium';
import { demoUrls, startDemoServer } from '../support/demo';
import { type BenchRow, type BenchSuite, median } from './types';

const RUNS = 5;
const KEYS = 40;

type Host = 'Magister' | 'Somtoday Docent';
/** `row`: one per student; `activate`: what the teacher clicks to start typing (Docent: a cell, whose input appears then). */
const GRIDS: {
  host: Host;
  rows: number;
  row: string;
  activate: string;
  input: string;
  url: (u: ReturnType<typeof demoUrls>) => string;
}[] = [
  {
    host: 'Magister',
    rows: 40,
    row: 'tr.k-master-row',
    activate: '.cijfer-text-input',
    input: '.cijfer-text-input',
    url: (u) => u.magisterGrades('veertig', '1'),
  },
  {
    host: 'Magister',
    rows: 1000,
    row: 'tr.k-master-row',
    activate: '.cijfer-text-input',
    input: '.cijfer-text-input',
    url: (u) => u.magisterGrades('groot', '1'),
  },
  ...([40, 1000] as const).map((rows) => ({
    host: 'Somtoday Docent' as const,
    rows,
    row: '.leerling-bar dt-leerling',
    activate: 'dt-toetskolom dt-resultaat-cell',
    input: 'input.resultaat-input',
    url: (u: ReturnType<typeof demoUrls>) => u.somtodayGrades(rows === 40 ? 'veertig' : 'groot'),
  })),
];

/** In the page: when all rows were rendered, and when every row had its cue. */
function watchRowsAndCues(args: { row: string; n: number }) {
  const w = window as unknown as { __bench: { rows?: number; cues?: number } };
  w.__bench = {};
  const observer = new MutationObserver(() => {
    const b = w.__bench;
    if (b.rows === undefined && document.querySelectorAll(args.row).length >= args.n) b.rows = performance.now();
    if (b.rows !== undefined && document.querySelectorAll('[data-lob-ui="grading-cue"]').length >= args.n) {
      b.cues = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function rowsToCues(session: Session, url: string, row: string, n: number): Promise<number[]> {
  const page = await session.context.newPage();
  await page.addInitScript(watchRowsAndCues, { row, n });
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __bench: { cues?: number } }).__bench.cues !== undefined);
    times.push(
      await page.evaluate(() => {
        const b = (window as unknown as { __bench: { rows: number; cues: number } }).__bench;
        return b.cues - b.rows;
      }),
    );
  }
  await page.close();
  return times;
}

/** Median time from a key press to the next frame after the host's input event, over KEYS keystrokes. */
async function typingLatency(page: Page, activate: string, input: string): Promise<number> {
  await page.locator(activate).first().click();
  await page.waitForFunction((sel) => document.activeElement?.matches(sel), input);
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __down: number };
    w.__lat = [];
    window.addEventListener(
      'keydown',
      (e) => {
        w.__down = e.timeStamp;
      },
      true,
    );
    document.addEventListener('input', () => {
      const down = w.__down;
      requestAnimationFrame(() => w.__lat.push(performance.now() - down));
    });
  });
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press(i % 4 === 3 ? 'Backspace' : String((i % 9) + 1));
  }
  await page.waitForFunction((k) => (window as unknown as { __lat: number[] }).__lat.length >= k, KEYS);
  return median(await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat));
}

async function openGrid(session: Session, url: string, activate: string, rows: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => Boolean(document.documentElement.dataset.demoRendered));
  await page.locator(activate).first().waitFor();
  // With the extension: type only once every cue is in place (the steady state of grading).
  if (session.extensionId) {
    await page.waitForFunction((n) => document.querySelectorAll('[data-lob-ui="grading-cue"]').length >= n, rows);
  }
  return page;
}

/** Grading cues in real Chromium: time to show them, and what they cost the host's typing. */
export const grading: BenchSuite = {
  name: 'grading cues (Chromium)',
  async run() {
    const server = await startDemoServer();
    const urls = demoUrls(server.port, '200-200');
    const [withExt, without] = await Promise.all([launch(), launch({ extension: false })]);
    const rows: BenchRow[] = [];
    try {
      for (const grid of GRIDS) {
        const shown = await rowsToCues(withExt, grid.url(urls), grid.row, grid.rows);
        rows.push({
          group: 'grading',
          name: `${grid.host}: rows rendered → a cue on every row, ${grid.rows} rows`,
          value: median(shown),
          unit: 'ms',
          note: `median of ${RUNS} page loads`,
        });
      }
      for (const grid of GRIDS) {
        const ours: number[] = [];
        const theirs: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          // Alternate with and without the extension so drift hits both alike.
          for (const [session, into] of [
            [withExt, ours],
            [without, theirs],
          ] as const) {
            const page = await openGrid(session, grid.url(urls), grid.activate, grid.rows);
            into.push(await typingLatency(page, grid.activate, grid.input));
            await page.close();
          }
        }
        rows.push({
          group: 'grading',
          name: `${grid.host}: typing latency with / without extension, ${grid.rows} rows`,
          value: median(ours) / median(theirs),
          unit: 'ratio',
          note: `medians ${median(ours).toFixed(1)} / ${median(theirs).toFixed(1)} ms, ${RUNS}×${KEYS} keys alternating`,
        });
      }
    } finally {
      await Promise.all([withExt.close(), without.close()]);
      removeProfile(withExt.userDataDir);
      removeProfile(without.userDataDir);
      await server.close();
    }
    return rows;
  },
};
