import type { Page } from 'playwright-core';
import { withBenchBrowsers } from './browsers';
import { pageBundle } from './page-bundle';
import { type BenchRow, type BenchSuite, summarize } from './types';

const RUNS = 21;
/** Fresh page loads for the first scan with cold code, as in a content script that has just started. */
const LOADS = 5;

/** lib/hosts (detect, the shipped profiles, the scan cache) as one script for the page, exposed as `__lobHosts`. */
function hostsBundle(): Promise<string> {
  return pageBundle(`import { detectPage } from './lib/hosts/detect';
import { shippedProfiles } from './lib/hosts/profiles';
import { createScanCache } from './lib/hosts/scan-cache';
globalThis.__lobHosts = { detectPage, shippedProfiles, createScanCache };`);
}

/** In the page (serialised): first scans and scans after a one-row text change, in ms. */
function measureInPage({ runs, rows, changed }: { runs: number; rows: number; changed: string }) {
  type Hosts = {
    detectPage: (
      url: string,
      doc: Document,
      profiles: unknown,
      cache?: unknown,
    ) => { status: string; context?: { rows: unknown[] } };
    shippedProfiles: unknown;
    createScanCache: () => { touched(node: Node, kind?: string): void };
  };
  const hosts = (globalThis as unknown as { __lobHosts: Hosts }).__lobHosts;
  const scan = (cache?: unknown) => {
    const result = hosts.detectPage(location.href, document, hosts.shippedProfiles, cache);
    if (result.status !== 'recognised' || result.context?.rows.length !== rows)
      throw new Error(`not recognised: ${result.status}`);
  };
  const first: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    scan(hosts.createScanCache());
    first.push(performance.now() - t0);
  }
  const cache = hosts.createScanCache();
  scan(cache);
  const texts = [...document.querySelectorAll(changed)];
  const again: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = texts[(i * 37) % texts.length]?.firstChild;
    if (!text) throw new Error('no text to change');
    text.nodeValue = `${text.nodeValue} `;
    // As the runtime hands it over: a text change (a MutationRecord of type characterData).
    cache.touched(text, 'characterData');
    const t0 = performance.now();
    scan(cache);
    again.push(performance.now() - t0);
  }
  return { first, again };
}

async function measure(page: Page, script: string, url: string, rows: number) {
  const cold: number[] = [];
  for (let load = 0; load < LOADS; load++) {
    const { first, again } = await measureLoad(page, script, url.replace('?', `?load=${load}&`), rows);
    cold.push(first[0] as number);
    if (load === LOADS - 1) return { cold, warm: first.slice(1), again };
  }
  throw new Error('no page load');
}

async function measureLoad(page: Page, script: string, url: string, rows: number) {
  await page.goto(url);
  await page.waitForFunction(() => Boolean(document.documentElement.dataset.demoRendered));
  await page.addScriptTag({ content: script });
  // tsx (the bench) wraps named functions in `__name(…)`: give the page a stand-in.
  await page.evaluate('globalThis.__name = (f) => f');
  return page.evaluate(measureInPage, { runs: RUNS, rows, changed: 'td.klas, span.naam' });
}

/** Detection + extraction of the demo's grade grids in real Chromium (the lib/hosts code the content script runs). */
export const detectionBrowser: BenchSuite = {
  name: 'detection in Chromium',
  async run() {
    const script = await hostsBundle();
    return withBenchBrowsers(async ({ without, urls }) => {
      const page = await without.context.newPage();
      const rows: BenchRow[] = [];
      const cases = [
        ['Magister', 40, urls.magisterGrades('veertig', '1')],
        ['Magister', 1000, urls.magisterGrades('groot', '1')],
        ['Somtoday Docent', 40, urls.somtodayGrades('veertig')],
        ['Somtoday Docent', 1000, urls.somtodayGrades('groot')],
      ] as const;
      for (const [host, n, url] of cases) {
        const { cold, warm, again } = await measure(page, script, url, n);
        const note = `${RUNS} runs in one page, Chromium`;
        rows.push(
          {
            group: 'host layer',
            name: `${host}: detect + extract, ${n}-row grade grid, first scan with cold code (Chromium)`,
            ...summarize(cold),
            unit: 'ms',
            note: `the first scan in each of ${LOADS} fresh page loads, Chromium`,
          },
          {
            group: 'host layer',
            name: `${host}: detect + extract, ${n}-row grade grid, warm (Chromium)`,
            ...summarize(warm),
            unit: 'ms',
            note,
          },
          {
            group: 'host layer',
            name: `${host}: scan again after a one-row change, ${n}-row grade grid (Chromium)`,
            ...summarize(again),
            unit: 'ms',
            ...(n >= 1000 ? { goal: 0.5 } : {}),
            note,
          },
        );
      }
      await page.close();
      return rows;
    });
  },
};
