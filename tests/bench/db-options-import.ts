import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { CDPSession, Page } from 'playwright-core';
import { launch, removeProfile } from '../support/chromium';
import { seededExportText } from './db-data';
import { type BenchRow, summarize } from './types';

/**
 * A full 100 000-note export read in through the real options page of the production build: the
 * first time into the empty profile, then again (the same rows: read and compared, not rewritten) RE_IMPORTS times. Time: from
 * the file input's change event to the Dutch success message, both stamped in the page. Peak memory:
 * the highest JSHeapUsedSize of the options page's renderer, sampled through the DevTools protocol
 * every SAMPLE_MS during each import (a sample waits while the page runs one long task, so a peak
 * inside such a task can be missed). A re-import ends with its dry run ("Niets in te lezen"), which
 * keeps no rows; the first import also writes, which holds every row for one transaction: its peak
 * is reported apart.
 */

const NOTES = 100_000;
const RE_IMPORTS = 3;
const SAMPLE_MS = 50;
const GROUP = 'database (Chromium, options page)';

interface ImportRun {
  ms: number;
  ok: boolean;
  message: string;
  /** Distinct "Importeren… n %" texts the status region showed. */
  progressTexts: number;
  /** Whether a named <progress> was shown. */
  progressBar: boolean;
}

type Watched = typeof globalThis & { __lobImport?: Promise<ImportRun> };

/** In the options page: `__lobImport` resolves when the import started by the next file choice ends, with what it showed. */
function watchImport(): void {
  (globalThis as Watched).__lobImport = new Promise((resolve) => {
    const status = document.querySelector('section.data p[role=status]');
    const alert = document.querySelector('section.data p[role=alert]');
    let start = 0;
    let started = false;
    const texts = new Set<string>();
    let progressBar = false;
    document.addEventListener('change', () => (start = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const text = status?.textContent ?? '';
      if (/\d+ %/.test(text)) texts.add(text);
      if (document.querySelector('section.data progress[aria-label]')) progressBar = true;
      if (!start) return;
      // The teacher confirms the dry-run summary at once ("Ja, inlezen"), so the time is check + write.
      const yes = [...document.querySelectorAll<HTMLButtonElement>('section.data fieldset.confirm button')].find(
        (b) => b.textContent === 'Ja, inlezen',
      );
      yes?.click();
      // The previous import's message stays until this one clears it. A re-import of the same file
      // has nothing to write: its dry run ends with "Niets in te lezen".
      const finished = /^(Ingelezen|Niets in te lezen)/.test(text);
      if (!finished) started = true;
      const error = alert?.textContent ?? '';
      if (started && (finished || error)) {
        observer.disconnect();
        const ms = performance.now() - start;
        resolve({ ms, ok: !error, message: error || text, progressTexts: texts.size, progressBar });
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

/** One import of `file`, with the options page's heap sampled until it ends; returns the run and the peak heap. */
async function importOnce(page: Page, cdp: CDPSession, file: string): Promise<ImportRun & { peak: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  await page.evaluate(watchImport);
  let done = false;
  let peak = await heapUsed(cdp);
  const sampling = (async () => {
    while (!done) {
      peak = Math.max(peak, await heapUsed(cdp));
      await delay(SAMPLE_MS);
    }
  })();
  await page.locator('#lob-import').setInputFiles(file);
  const run = await page.evaluate(() => (globalThis as Watched).__lobImport as Promise<ImportRun>);
  done = true;
  await sampling;
  peak = Math.max(peak, await heapUsed(cdp));
  // Settled: the page clears the input after reloading its student list; only then does choosing
  // the same file again fire a change event.
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#lob-import')?.files?.length === 0);
  return { ...run, peak };
}

const MB = 1024 * 1024;

export async function optionsImportRows(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lob-bench-export-'));
  const file = join(dir, 'lob-export-bench.json');
  const text = seededExportText(NOTES);
  const bytes = Buffer.byteLength(text);
  writeFileSync(file, text);
  const session = await launch();
  try {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.locator('#lob-import').waitFor({ state: 'attached' });
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');

    const runs: (ImportRun & { peak: number })[] = [];
    for (let i = 0; i <= RE_IMPORTS; i++) {
      const run = await importOnce(page, cdp, file);
      if (!run.ok) throw new Error(`options page import failed: ${run.message}`);
      runs.push(run);
    }
    const [first, ...again] = runs as [ImportRun & { peak: number }, ...(ImportRun & { peak: number })[]];
    const size = `${(bytes / MB).toFixed(1)} MB file`;
    const progress = (r: ImportRun[]) =>
      `progress shown: ${r.every((x) => x.progressBar) ? '<progress>' : 'no <progress>'}, ${Math.min(...r.map((x) => x.progressTexts))}–${Math.max(...r.map((x) => x.progressTexts))} "Importeren… n %" steps`;
    return [
      {
        group: GROUP,
        name: `import a full ${NOTES.toLocaleString('nl-NL')}-note export into an empty profile`,
        unit: 'ms',
        ...summarize([first.ms]),
        note: `${size}; change event → dry run → "Ja, inlezen" → "Ingelezen"; ${progress([first])}`,
      },
      {
        group: GROUP,
        name: `re-import the full export (${NOTES.toLocaleString('nl-NL')} notes)`,
        unit: 'ms',
        ...summarize(again.map((r) => r.ms)),
        note: `${size}, the same rows, read and compared in the dry run: "Niets in te lezen", none rewritten`,
      },
      {
        group: GROUP,
        name: 'peak JS heap of the options page during the re-import',
        unit: 'MB',
        ...summarize(again.map((r) => r.peak / MB)),
        note: `JSHeapUsedSize every ${SAMPLE_MS} ms (Performance.getMetrics); into the empty profile: ${(first.peak / MB).toFixed(0)} MB`,
      },
      {
        group: GROUP,
        name: 'peak JS heap ÷ file size during the re-import',
        unit: '×',
        ...summarize(again.map((r) => r.peak / bytes)),
        goal: 3,
        note: `${size}; the dry run the teacher sees before confirming, read piece by piece (lib/db/transfer/dry-run-file.ts)`,
      },
      {
        group: GROUP,
        name: 'peak JS heap ÷ file size during the import into the empty profile',
        unit: '×',
        ...summarize([first.peak / bytes]),
        note: `${size}; the write after "Ja, inlezen" holds all rows for its one transaction (one run)`,
      },
    ];
  } finally {
    await session.close();
    removeProfile(session.userDataDir);
    removeProfile(dir);
  }
}
