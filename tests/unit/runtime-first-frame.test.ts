import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import * as magister from '../../demo/magister/views.js';
import { defineFeature, type FeatureServices } from '../../lib/features/define';
import { startRuntime } from '../../lib/features/runtime';
import { shippedProfiles } from '../../lib/hosts/profiles';

const BASE = 'https://demo.magister.net/magister/';

/** A page with the runtime started on it, its frames held back until `paint()`. */
async function pageWith(hash: string) {
  const win = new Window({ url: `${BASE}${hash}` });
  const frames: FrameRequestCallback[] = [];
  (win as unknown as { requestAnimationFrame: (callback: FrameRequestCallback) => number }).requestAnimationFrame = (callback) =>
    frames.push(callback);
  const started: string[] = [];
  const probe = defineFeature({
    id: 'probe',
    setting: 'studentCard',
    appliesTo: () => true,
    init: (context) => {
      started.push(context.pageType);
    },
  });
  const runtime = startRuntime({
    window: win as unknown as globalThis.Window,
    profiles: () => shippedProfiles,
    features: [probe],
    services: {} as FeatureServices,
    report: () => undefined,
  });
  // The page's tasks so far (the runtime's first look, on an empty page) have run.
  const tasks = () => new Promise((done) => win.setTimeout(done, 1));
  await tasks();
  return {
    started,
    /** The host renders its view (one task, like the demo school). */
    render: async () => {
      win.document.documentElement.innerHTML = (magister.pageForRoute(hash) as string).replace(
        /<link rel="stylesheet"[^>]*>/,
        '',
      );
      await Promise.resolve();
    },
    /** The browser draws the next frame, then runs the tasks after it. */
    paint: async () => {
      for (const frame of frames.splice(0)) frame(0);
      await tasks();
    },
    close: async () => {
      runtime.stop();
      await win.happyDOM.abort();
      win.close();
    },
  };
}

describe('the first frame of a view', () => {
  // A correctness check on a large page, not a timing: 1000 rows in happy-dom take seconds under load.
  it('a large grade grid (1000 rows) is drawn by the host before we read it', { timeout: 30_000 }, async () => {
    const page = await pageWith('#/cijfers/invoeren/groot/1');
    await page.render();
    expect(page.started).toEqual([]);
    await page.paint();
    expect(page.started).toEqual(['gradeEntry']);
    await page.close();
  });

  it('a small grade grid (40 rows) is read at once, so its cues come in its first frame', async () => {
    const page = await pageWith('#/cijfers/invoeren/veertig/1');
    await page.render();
    expect(page.started).toEqual(['gradeEntry']);
    await page.close();
  });

  it('a student record is read at once, so its card comes with it', async () => {
    const page = await pageWith('#/leerlingen/48213/kaart');
    await page.render();
    expect(page.started).toEqual(['studentRecord']);
    await page.close();
  });
});

describe('a page no profile recognises', () => {
  it('costs nothing per change while it changes (the teacher types): one scan and one look once it is still', async () => {
    const win = new Window({ url: 'https://demo.magister.net/mx/agenda' });
    let scans = 0;
    const looks: boolean[] = [];
    const runtime = startRuntime({
      window: win as unknown as globalThis.Window,
      profiles: () => {
        scans++;
        return shippedProfiles;
      },
      features: [],
      services: {} as FeatureServices,
      report: () => undefined,
      unrecognised: (on) => looks.push(on),
    });
    const wait = (ms: number) => new Promise((done) => win.setTimeout(done, ms));
    await wait(400);
    expect(looks).toEqual([true]);
    const before = scans;
    // Thirty changes, 20 ms apart (an average updated on every key).
    const cell = win.document.body.appendChild(win.document.createElement('span'));
    for (let key = 0; key < 30; key++) {
      cell.textContent = String(key);
      await wait(20);
    }
    expect(scans - before).toBe(0);
    expect(looks).toEqual([true]);
    await wait(400);
    expect(scans - before).toBe(1);
    expect(looks).toEqual([true, true]);
    runtime.stop();
    await win.happyDOM.abort();
    win.close();
  });
});
