import type { Session } from '../support/chromium';
import { waitForUiElement } from '../support/pierce';
import { type BenchBrowsers, withBenchBrowsers } from './browsers';
import { scriptTimeDuring } from './ours-while-typing';
import { pageBundle } from './page-bundle';
import { type BenchRow, type BenchSuite, median, summarize } from './types';

/**
 * Recognition by meaning in real Chromium: one pass (what the content script runs once a page no
 * profile recognises has settled, at most once per batch of page changes; never on a recognised
 * page, never per keystroke) over the demo's 1000-row grade grids, as if no profile knew them.
 */
const RUNS = 11;
const TYPING_RUNS = 5;
const KEYS = 60;
/** Longer than the pause after which recognition by meaning looks (300 ms) plus one pass. */
const SETTLED_MS = 800;

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
    return withBenchBrowsers(async ({ withExt, without, urls }) => {
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
      rows.push(...(await typingOnUnrecognised(withExt, urls)));
      return rows;
    });
  },
};

/**
 * The teacher types a column on the rebuilt Magister's 1000-row grid, which no shipped profile
 * recognises (the proposal is on screen, unanswered): what the extension's scripts run meanwhile,
 * per keystroke. Recognition by meaning waits until the page has been still for 300 ms, so while
 * the teacher types it does not run at all.
 */
async function typingOnUnrecognised(session: Session, urls: BenchBrowsers['urls']): Promise<BenchRow[]> {
  const url = urls.magisterPath('/cijfers/groep/4v.sk1/sk').replace('?delay=', '?variant=mx&rows=1000&delay=');
  const perKey: number[] = [];
  const hostPerKey: number[] = [];
  const afterTyping: number[] = [];
  for (let run = 0; run < TYPING_RUNS; run++) {
    const page = await session.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => Boolean(document.documentElement.dataset.demoRendered));
    // The page is unrecognised and has been looked at: the proposal asks.
    await waitForUiElement(page, 'meaning-proposal', 'question');
    const input = page.locator('input.mx-invoer').first();
    await input.click();
    const time = await scriptTimeDuring(page, async () => {
      for (let i = 0; i < KEYS; i++) await page.keyboard.press(i % 4 === 3 ? 'Backspace' : String((i % 9) + 1), { delay: 20 });
    });
    perKey.push(time.ours / KEYS);
    hostPerKey.push(time.host / KEYS);
    // Still for a moment after the last key: the one pass of recognition by meaning for the whole batch.
    const after = await scriptTimeDuring(page, () => page.waitForTimeout(SETTLED_MS));
    afterTyping.push(after.ours);
    await page.close();
  }
  return [
    {
      group: 'host layer',
      name: 'Magister (rebuilt, no profile knows it): our scripts per keystroke while the teacher types, 1000-row grid, proposal unanswered (Chromium)',
      ...summarize(perKey),
      unit: 'ms',
      note: `${TYPING_RUNS} page loads × ${KEYS} keys (the host updates the row's average on each), sampling profiler every 100 µs; the host's own scripts per key: ${median(hostPerKey).toFixed(2)} ms`,
    },
    {
      group: 'host layer',
      name: 'Magister (rebuilt, no profile knows it): our scripts in the 800 ms after the last key (one recognition pass for the whole column), 1000-row grid (Chromium)',
      ...summarize(afterTyping),
      unit: 'ms',
      note: `${TYPING_RUNS} page loads, sampling profiler every 100 µs`,
    },
  ];
}
