import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newProfileDir, removeProfile } from '../support/chromium';
import { ATTACKS, type Attack, hostileCover, offeredQuestion } from '../support/clickjacking';
import { type DemoServer, demoUrls } from '../support/demo';
import { openAddonPage, ourShadowRoot, startFirefoxWithAddon, waitForOurUi, webTabId } from '../support/firefox';

/**
 * Clickjacking (#31) in Firefox ESR: the same attacks as tests/e2e/clickjacking.test.ts, with the
 * teacher's real clicks as WebDriver BiDi input actions. Our controls sit in closed shadow roots;
 * the test reaches inside them through WebDriver BiDi (tests/support/firefox.ts `ourShadowRoot`).
 */
let demo: DemoServer;
let browser: Browser;
let host: Page;
const profile = newProfileDir();

beforeAll(async () => {
  ({ demo, browser, host } = await startFirefoxWithAddon(profile));
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
  removeProfile(profile);
});

/** The moments in the add-on's database, read from an add-on page. */
async function moments(): Promise<{ id: string; studentKey: string; type: string }[]> {
  const addon = await openAddonPage(browser, 'options.html');
  try {
    return await addon.evaluate(
      () =>
        new Promise<{ id: string; studentKey: string; type: string }[]>((resolve, reject) => {
          const open = indexedDB.open('lob-naast-de-leerling');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('moments', 'readonly').objectStore('moments').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );
  } finally {
    await addon.close();
  }
}

const popoverRoot = () => ourShadowRoot(host, '[data-lob-ui="grading-popover"]');

/** Our first moment button ("Compliment gegeven") in the open popover (closed root: found by role and name), once it counts a press. */
async function seenMoment(): Promise<{ button: ElementHandle; at: { x: number; y: number } }> {
  const root = await popoverRoot();
  const button = await root.waitForSelector('.moment-choice');
  if (!button) throw new Error('no moment button');
  await host.waitForFunction((el) => el.hasAttribute('data-lob-armed'), {}, button);
  return { button, at: await centre(button) };
}

async function centre(button: ElementHandle): Promise<{ x: number; y: number }> {
  const box = await button.boundingBox();
  if (!box) throw new Error('moment button not drawn');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The grade grid with the first row's cue opened by its shortcut from the grade field (a real key press). */
async function openCue(): Promise<{ id: string; name: string }> {
  await host.goto(demoUrls(demo.port).magisterGrades());
  await host.waitForFunction(() => document.querySelectorAll('[data-lob-ui="grading-cue"]').length > 5);
  const id = await host.$eval('tr.k-master-row', (row) => row.getAttribute('data-leerling-id') ?? '');
  await host.click('tr.k-master-row .cijfer-text-input');
  // Alt+Shift+K, the cue's shortcut.
  for (const modifier of ['Alt', 'Shift'] as const) await host.keyboard.down(modifier);
  await host.keyboard.press('KeyK');
  for (const modifier of ['Shift', 'Alt'] as const) await host.keyboard.up(modifier);
  await waitForOurUi(host, 'grading-popover', { minHeight: 0 });
  const dialog = await (await popoverRoot()).waitForSelector('[role="dialog"]');
  const label = (await dialog?.evaluate((el) => el.getAttribute('aria-label'))) ?? '';
  return { id, name: label.replace(/^LOB-vraag bij /, '') };
}

describe('clickjacking in Firefox ESR', () => {
  it('on an honest page one real click logs the moment', async () => {
    const before = await moments();
    const { id } = await openCue();
    const { at } = await seenMoment();
    await host.mouse.click(at.x, at.y);
    const root = await popoverRoot();
    await host.waitForFunction(
      (r) => (r as ShadowRoot).querySelector('[role="status"]')?.textContent?.startsWith('Genoteerd'),
      {},
      root,
    );
    const added = (await moments()).filter((m) => !before.some((b) => b.id === m.id));
    expect(added.map((m) => m.type)).toEqual(['compliment-gegeven']);
    expect(added[0]?.studentKey).toContain(id);
  });

  it.each(ATTACKS)(
    '%s: two real clicks write nothing; the sidebar page offers the moment, "Ja" writes it once',
    async (kind: Attack) => {
      const before = await moments();
      const { id, name } = await openCue();
      const { button, at } = await seenMoment();
      // WebDriver BiDi moves the pointer by whole pixels: shrunk to 5 % (not 1 %), the button still covers one.
      await host.evaluate(hostileCover, { kind, at, scale: 0.05 });
      const drawn = await centre(button);
      const target = { x: Math.round(drawn.x), y: Math.round(drawn.y) };
      await host.mouse.click(target.x, target.y);
      await host.mouse.click(target.x, target.y);
      const probe = await openAddonPage(browser, 'sidepanel.html');
      const tabId = await webTabId(probe);
      await probe.close();
      const panel = await openAddonPage(browser, `sidepanel.html?tab=${tabId}`);
      try {
        const question = offeredQuestion(name);
        const offered = await panel.waitForFunction(
          (source) => {
            const found = [...document.querySelectorAll('.suggestions li p')]
              .map((p) => p.textContent ?? '')
              .filter((t) => new RegExp(source).test(t));
            return found.length > 0 && found;
          },
          {},
          question.source,
        );
        const texts = (await offered.jsonValue()) as string[];
        // One suggestion for the two presses; nothing written yet.
        expect(texts).toHaveLength(1);
        expect(await moments()).toEqual(before);
        const moment = question.exec(texts[0] ?? '')?.[1];
        if (kind !== 'scale') expect(moment).toBe('Compliment gegeven');
        await panel.locator(`button[aria-label="Ja — Bevestig: ${moment} voor ${name}?"]`).click();
        await panel.waitForFunction(() => !document.querySelector('.suggestions'));
        const added = (await moments()).filter((m) => !before.some((b) => b.id === m.id));
        expect(added).toHaveLength(1);
        expect(added[0]?.studentKey).toContain(id);
      } finally {
        await panel.close();
      }
    },
  );
});
