import type { Page } from 'playwright-core';
import type { Session } from '../support/chromium';
import { DOCENT_GRID, expectCuesOnRowsInView, MAGISTER_GRID } from '../support/cues';
import { SANNE } from '../support/demo';
import { withBenchBrowsers } from './browsers';
import type { BenchRow, BenchSuite } from './types';
import { summarize } from './types';

const RUNS = 7;

/** In the page: when the student card's content is shown (its host grows beyond a line). */
function watchCard() {
  const w = window as unknown as { __card?: number };
  const sized = new ResizeObserver((entries) => {
    if (w.__card === undefined && entries.some((e) => e.contentRect.height >= 80)) w.__card = performance.now();
  });
  new MutationObserver(() => {
    const host = document.querySelector('[data-lob-ui="student-card"]');
    if (host) sized.observe(host);
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Stops the extension's service worker (as the browser does after 30 s idle), from one of the
 * extension's own pages, and waits for the DevTools protocol to report it stopped.
 */
async function stopWorker(session: Session, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
      const ours = event.versions.filter((v) => v.scriptURL.includes(session.extensionId));
      if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/** From the demo page's own "rendered" mark to the card's content shown. */
async function pageReadyToCard(session: Session, url: string, cold: boolean): Promise<number> {
  const page = await session.context.newPage();
  await page.addInitScript(watchCard);
  if (cold) {
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await stopWorker(session, page);
  }
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __card?: number }).__card !== undefined);
  const ms = await page.evaluate(
    () =>
      ((window as unknown as { __card: number }).__card ?? Number.NaN) -
      (performance.getEntriesByName('demo-rendered').at(-1)?.startTime ?? Number.NaN),
  );
  await page.close();
  return ms;
}

interface TraceEvent {
  name: string;
  dur?: number;
  args?: { data?: { url?: string } };
}

/**
 * The browser's own trace of one page load: how long evaluating our content script took (the
 * `EvaluateScript` event of content.js: parse, compile and the top-level run, which starts `main`).
 */
async function contentScriptEvaluate(session: Session, url: string): Promise<number> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForSelector('[data-lob-ui="student-card"]', { state: 'attached' });
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const ours = events.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('content-scripts/content.js'));
  return ours.reduce((ms, e) => ms + (e.dur ?? 0) / 1000, 0);
}

/** JS heap of the grid page's renderer (main world and our isolated world share it), after GC. */
async function heapUsed(session: Session, url: string, spec: typeof MAGISTER_GRID): Promise<number> {
  const page = await session.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => Boolean(document.documentElement.dataset.demoRendered));
  if (session.extensionId) await expectCuesOnRowsInView(page, spec);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  await page.close();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

/** Start-up and memory in real Chromium: card time with a cold and a warm worker, heap added on a big grid. */
export const startup: BenchSuite = {
  name: 'startup and memory (Chromium)',
  async run() {
    return withBenchBrowsers(async ({ withExt, without, urls }) => {
      const rows: BenchRow[] = [];
      for (const [host, url] of [
        ['Magister', urls.magisterRecord(SANNE.id)],
        ['Somtoday Docent', urls.somtodayRecord(SANNE.somtodayId)],
      ] as const) {
        for (const cold of [true, false]) {
          const times: number[] = [];
          for (let i = 0; i < RUNS; i++) times.push(await pageReadyToCard(withExt, url, cold));
          rows.push({
            group: 'start-up',
            name: `${host}: page ready → card shown, ${cold ? 'cold (stopped) worker' : 'warm worker'}`,
            ...summarize(times),
            unit: 'ms',
            ...(cold ? {} : { goal: 50 }),
            note: `${RUNS} page loads`,
          });
        }
      }
      const evaluate: number[] = [];
      for (let i = 0; i < RUNS; i++) evaluate.push(await contentScriptEvaluate(withExt, urls.magisterRecord(SANNE.id)));
      rows.push({
        group: 'start-up',
        name: 'content script: parse, compile and top-level run (trace event EvaluateScript), Magister record',
        ...summarize(evaluate),
        unit: 'ms',
        note: `${RUNS} page loads`,
      });
      for (const [host, url, spec] of [
        ['Magister', urls.magisterGrades('groot', '1'), MAGISTER_GRID],
        ['Somtoday Docent', urls.somtodayGrades('groot'), DOCENT_GRID],
      ] as const) {
        const added: number[] = [];
        for (let i = 0; i < 5; i++) {
          // Alternately, so drift hits both alike.
          const ours = await heapUsed(withExt, url, spec);
          const theirs = await heapUsed(without, url, spec);
          added.push((ours - theirs) / 1024 / 1024);
        }
        rows.push({
          group: 'memory',
          name: `${host}: JS heap added by the extension, 1000-row grid`,
          ...summarize(added),
          unit: 'MB',
          note: 'JSHeapUsedSize with − without, after GC, 5 alternating pairs',
        });
      }
      return rows;
    });
  },
};
