import { Window } from 'happy-dom';
// @ts-expect-error: demo/ is untyped JavaScript
import * as magister from '../../demo/magister/views.js';
// @ts-expect-error: demo/ is untyped JavaScript
import * as somtoday from '../../demo/somtoday/views.js';
import { detectPage } from '../../lib/hosts/detect';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { createScanCache } from '../../lib/hosts/scan-cache';
import { type BenchRow, type BenchSuite, median } from './types';

const RUNS = 21;

const CASES = [
  [
    'Magister',
    40,
    'https://demo.magister.net/magister/#/cijfers/invoeren/veertig/1',
    () => magister.pageForRoute('#/cijfers/invoeren/veertig/1'),
  ],
  [
    'Magister',
    1000,
    'https://demo.magister.net/magister/#/cijfers/invoeren/groot/1',
    () => magister.pageForRoute('#/cijfers/invoeren/groot/1'),
  ],
  [
    'Somtoday Docent',
    40,
    'https://docent.somtoday.nl/resultaten/voortgangsdossier/veertig',
    () => somtoday.pageForRoute('/resultaten/voortgangsdossier/veertig'),
  ],
  [
    'Somtoday Docent',
    1000,
    'https://docent.somtoday.nl/resultaten/voortgangsdossier/groot',
    () => somtoday.pageForRoute('/resultaten/voortgangsdossier/groot'),
  ],
] as const;

/** Detection + extraction of a grade grid (happy-dom in Node: a DOM emulation, slower than a browser). */
export const detection: BenchSuite = {
  name: 'detection + extraction',
  async run() {
    const rows: BenchRow[] = [];
    for (const [host, n, url, html] of CASES) {
      const window = new Window({ url });
      const document = window.document as unknown as Document;
      document.documentElement.innerHTML = (html() as string).replace(/<link rel="stylesheet"[^>]*>/, '');
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        const result = detectPage(url, document, shippedProfiles);
        times.push(performance.now() - t0);
        if (result.status !== 'recognised' || result.context.rows.length !== n) throw new Error(`${host} ${n}: not recognised`);
      }
      // Incremental: the runtime keeps a scan cache; one row's text changes, then the page is scanned again.
      const cache = createScanCache();
      detectPage(url, document, shippedProfiles, cache);
      const texts = [...document.querySelectorAll('td.klas, span.naam')];
      const changes: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const text = texts[(i * 37) % texts.length]?.firstChild;
        if (!text) throw new Error(`${host} ${n}: no text to change`);
        text.nodeValue = `${text.nodeValue} `;
        // As the runtime hands it over: a text change (a MutationRecord of type characterData).
        cache.touched(text, 'characterData');
        const t0 = performance.now();
        detectPage(url, document, shippedProfiles, cache);
        changes.push(performance.now() - t0);
      }
      await window.happyDOM.close();
      rows.push({
        group: 'host layer',
        name: `${host}: detect + extract, ${n}-row grade grid, first scan`,
        value: median(times),
        min: Math.min(...times),
        max: Math.max(...times),
        unit: 'ms',
        note: `${RUNS} runs, happy-dom`,
      });
      rows.push({
        group: 'host layer',
        name: `${host}: scan again after a one-row change, ${n}-row grade grid`,
        value: median(changes),
        min: Math.min(...changes),
        max: Math.max(...changes),
        unit: 'ms',
        ...(n >= 1000 ? { goal: 0.5 } : {}),
        note: `${RUNS} runs, happy-dom`,
      });
    }
    return rows;
  },
};
