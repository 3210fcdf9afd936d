import { withBenchBrowsers } from './browsers';
import { pageBundle } from './page-bundle';
import { type BenchRow, type BenchSuite, summarize } from './types';

/**
 * Recognition by meaning in real Chromium: one pass (what the content script runs once a page no
 * profile recognises has settled, at most once per batch of page changes; never on a recognised
 * page, never per keystroke) over the demo's 1000-row grade grids, as if no profile knew them.
 */
const RUNS = 11;

function meaningBundle(): Promise<string> {
  return pageBundle(`import { recogniseByMeaning } from './lib/hosts/meaning/recognise';
globalThis.__lobMeaning = { recogniseByMeaning };`);
}

/** In the page (serialised): the time of each pass, and what the first found. */
function passesInPage(runs: number) {
  type Meaning = { recogniseByMeaning: (doc: Document, href: string) => { kind: string; count?: number } | undefined };
  const meaning = (globalThis as unknown as { __lobMeaning: Meaning }).__lobMeaning;
  const times: number[] = [];
  let found: { kind: string; count?: number } | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    found = meaning.recogniseByMeaning(document, location.href);
    times.push(performance.now() - t0);
  }
  return { times, kind: found?.kind ?? 'none', count: found?.count ?? 0 };
}

export const meaningBrowser: BenchSuite = {
  name: 'recognition by meaning in Chromium',
  async run() {
    const script = await meaningBundle();
    return withBenchBrowsers(async ({ without, urls }) => {
      const page = await without.context.newPage();
      const rows: BenchRow[] = [];
      const cases = [
        ['Magister', urls.magisterGrades('groot', '1')],
        ['Somtoday Docent', urls.somtodayGrades('groot')],
      ] as const;
      for (const [host, url] of cases) {
        await page.goto(url);
        await page.waitForFunction(() => Boolean(document.documentElement.dataset.demoRendered));
        await page.addScriptTag({ content: script });
        await page.evaluate('globalThis.__name = (f) => f');
        const { times, kind, count } = await page.evaluate(passesInPage, RUNS);
        if (kind !== 'gradeEntry' || count < 1000) throw new Error(`${host}: recognition by meaning found ${kind} (${count})`);
        rows.push({
          group: 'host layer',
          name: `${host}: one recognition pass by meaning, 1000-row grade grid no profile knows (Chromium)`,
          ...summarize(times),
          unit: 'ms',
          note: `${RUNS} passes in one page, Chromium; runs once the page has settled, never per keystroke`,
        });
      }
      await page.close();
      return rows;
    });
  },
};
