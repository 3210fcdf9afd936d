import type { Page } from 'playwright-core';
import type { Session } from '../support/chromium';
import { DOCENT_GRID, expectCuesOnRowsInView, type GridSpec, MAGISTER_GRID } from '../support/cues';
import type { demoUrls } from '../support/demo';
import { withBenchBrowsers } from './browsers';
import { type BenchRow, type BenchSuite, median, summarize } from './types';

const RUNS = 7;
const TYPING_RUNS = 7;
const KEYS = 40;

type Host = 'Magister' | 'Somtoday Docent';
/** `spec`: the grid's rows and anchors (tests/support/cues); `activate`: what the teacher clicks to start typing (Docent: a cell, whose input appears then). */
const GRIDS: {
  host: Host;
  rows: number;
  spec: GridSpec;
  activate: string;
  input: string;
  url: (u: ReturnType<typeof demoUrls>) => string;
}[] = [
  {
    host: 'Magister',
    rows: 40,
    spec: MAGISTER_GRID,
    activate: '.cijfer-text-input',
    input: '.cijfer-text-input',
    url: (u) => u.magisterGrades('veertig', '1'),
  },
  {
    host: 'Magister',
    rows: 1000,
    spec: MAGISTER_GRID,
    activate: '.cijfer-text-input',
    input: '.cijfer-text-input',
    url: (u) => u.magisterGrades('groot', '1'),
  },
  ...([40, 1000] as const).map((rows) => ({
    host: 'Somtoday Docent' as const,
    rows,
    spec: DOCENT_GRID,
    activate: 'dt-toetskolom dt-resultaat-cell',
    input: 'input.resultaat-input',
    url: (u: ReturnType<typeof demoUrls>) => u.somtodayGrades(rows === 40 ? 'veertig' : 'groot'),
  })),
];

/**
 * In the page: when each of our cue hosts was added (the last one completes the rows in view), and
 * when the first frame with the host's rows was done (the host's own layout and paint).
 */
function watchCues() {
  const w = window as unknown as { __bench: { lastCue?: number; firstFrame?: number } };
  w.__bench = {};
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && document.documentElement.dataset.demoRendered && w.__bench.firstFrame === undefined) {
        requestAnimationFrame(() =>
          setTimeout(() => {
            w.__bench.firstFrame = performance.now();
          }),
        );
      }
      for (const node of record.addedNodes) {
        if (node instanceof HTMLElement && node.dataset.lobUi === 'grading-cue') w.__bench.lastCue = performance.now();
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-demo-rendered'] });
}

/** The same page loaded afresh for each run (a changed query, so never a same-document navigation). */
const freshUrl = (url: string, run: number) => url.replace('?', `?run=${run}&`);

/** One page load: from the demo page's own "rows rendered" mark to the last cue, and to the host's first frame. */
interface Shown {
  cues: number;
  firstFrame: number;
}

/**
 * From the demo page's own "rows rendered" mark to the moment the last cue of the rows in view was
 * added (checked with the same rule as the browser tests: every row within 400 px has its cue), and
 * to the end of the first frame that shows the rows (the host's own share; without the extension
 * only that one).
 */
async function rowsToCues(sessions: readonly Session[], url: string, spec: GridSpec): Promise<Shown[][]> {
  const pages = await Promise.all(sessions.map((session) => session.context.newPage()));
  await Promise.all(pages.map((page) => page.addInitScript(watchCues)));
  const times: Shown[][] = sessions.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    // One load in each browser in turn, so drift on this shared machine hits both alike.
    for (const [s, session] of sessions.entries()) {
      const page = pages[s] as Page;
      await page.goto(freshUrl(url, i));
      if (session.extensionId) await expectCuesOnRowsInView(page, spec);
      await page.waitForFunction(
        () => (window as unknown as { __bench: { firstFrame?: number } }).__bench.firstFrame !== undefined,
      );
      times[s]?.push(
        await page.evaluate(() => {
          const rendered = performance.getEntriesByName('demo-rendered').at(-1)?.startTime ?? Number.NaN;
          const b = (window as unknown as { __bench: { lastCue?: number; firstFrame?: number } }).__bench;
          return { cues: (b.lastCue ?? Number.NaN) - rendered, firstFrame: (b.firstFrame ?? Number.NaN) - rendered };
        }),
      );
    }
  }
  await Promise.all(pages.map((page) => page.close()));
  return times;
}

const range = (values: number[]) =>
  `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}) ms`;

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

async function openGrid(session: Session, url: string, activate: string, spec: GridSpec): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => Boolean(document.documentElement.dataset.demoRendered));
  await page.locator(activate).first().waitFor();
  // With the extension: type only once the cues are in place (the steady state of grading).
  if (session.extensionId) await expectCuesOnRowsInView(page, spec);
  return page;
}

/** Grading cues in real Chromium: how soon they are shown beside the host's rows. */
export const grading: BenchSuite = {
  name: 'grading cues (Chromium)',
  async run() {
    return withBenchBrowsers(async ({ withExt, without, urls }) => {
      const rows: BenchRow[] = [];
      for (const grid of GRIDS) {
        const [shown = [], alone = []] = await rowsToCues([withExt, without], grid.url(urls), grid.spec);
        const hostAlone = alone.map((s) => s.firstFrame);
        rows.push(
          {
            group: 'grading',
            name: `${grid.host}: rows rendered → cues on the rows in view, ${grid.rows} rows`,
            ...summarize(shown.map((s) => s.cues)),
            unit: 'ms',
            note: `${RUNS} page loads; the host alone, rows rendered → end of its first frame with them: ${range(hostAlone)}`,
          },
          {
            group: 'grading',
            name: `${grid.host}: last cue added − end of the host's own first frame with the rows (same load; < 0: in that frame), ${grid.rows} rows`,
            ...summarize(shown.map((s) => s.cues - s.firstFrame)),
            unit: 'ms',
            goal: grid.rows >= 1000 ? 50 : 16.7,
            note: `${RUNS} page loads`,
          },
          {
            group: 'grading',
            name: `${grid.host}: the host's own first frame with the rows, with ÷ without the extension, ${grid.rows} rows`,
            ...summarize(shown.map((s, i) => s.firstFrame / (hostAlone[i] as number))),
            unit: 'ratio',
            ...(grid.rows >= 1000 ? { goal: 1.05 } : {}),
            note: `${RUNS} alternating page loads; with ${range(shown.map((s) => s.firstFrame))}, without ${range(hostAlone)}`,
          },
        );
      }
      return rows;
    });
  },
};

/** What the cues cost the host's typing: with ÷ without the extension, alternating in one process. */
export const typing: BenchSuite = {
  name: 'typing (Chromium)',
  async run() {
    return withBenchBrowsers(async ({ withExt, without, urls }) => {
      const rows: BenchRow[] = [];
      for (const grid of GRIDS) {
        const ours: number[] = [];
        const theirs: number[] = [];
        for (let i = 0; i < TYPING_RUNS; i++) {
          // Alternate with and without the extension so drift hits both alike.
          for (const [session, into] of [
            [withExt, ours],
            [without, theirs],
          ] as const) {
            const page = await openGrid(session, grid.url(urls), grid.activate, grid.spec);
            into.push(await typingLatency(page, grid.activate, grid.input));
            await page.close();
          }
        }
        rows.push({
          group: 'grading',
          name: `${grid.host}: typing latency with / without extension, ${grid.rows} rows`,
          ...summarize(ours.map((v, i) => v / (theirs[i] as number))),
          unit: 'ratio',
          ...(grid.rows >= 1000 ? { goal: 1.05 } : {}),
          note: `per run: median of ${KEYS} keys with ÷ without, ${TYPING_RUNS} alternating runs; latency medians ${median(ours).toFixed(1)} / ${median(theirs).toFixed(1)} ms`,
        });
      }
      return rows;
    });
  },
};
