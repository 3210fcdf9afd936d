import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/release/flavour';
import { newProfileDir, removeProfile } from '../support/chromium';
import { DAAN, type DemoServer, demoUrls, SANNE, startDemoServer } from '../support/demo';
import {
  clickCardPanelControl,
  FIREFOX_BUILD,
  fieldLabelled,
  launchFirefox,
  openAddonPage,
  waitForOurUi,
} from '../support/firefox';

/** The Firefox build in Debian's Firefox ESR, as a temporary add-on (few tests: Firefox starts slowly). */
let demo: DemoServer;
let browser: Browser;
let host: Page;
const profile = newProfileDir();
const NOTE = 'Sanne wil in Firefox meelopen bij een dierenarts.';

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchFirefox(profile);
  expect(await browser.installExtension(FIREFOX_BUILD)).toBe(GECKO_ID);
  [host] = (await browser.pages()) as [Page];
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await demo?.close();
  removeProfile(profile);
});

/** The id of the host tab, asked from an add-on page (no `tabs` permission: it is the only other tab). */
async function hostTabId(addonPage: Page): Promise<number> {
  return addonPage.evaluate(async () => {
    type Tabs = { query(q: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number }> };
    const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
    const own = (await tabs.getCurrent()).id;
    const others = (await tabs.query({})).filter((t) => t.id !== own);
    if (others.length !== 1) throw new Error(`verwacht één ander tabblad, gevonden: ${others.length}`);
    return others[0]?.id ?? -1;
  });
}

/** Opens the sidebar page in a tab of its own, bound to the host tab, once it shows `text`. */
async function openPanel(text = SANNE.name): Promise<Page> {
  const probe = await openAddonPage(browser, 'sidepanel.html');
  const tabId = await hostTabId(probe);
  await probe.close();
  const panel = await openAddonPage(browser, `sidepanel.html?tab=${tabId}`);
  await panel.waitForFunction((wanted) => document.body.textContent?.includes(wanted), {}, text);
  return panel;
}

describe('in Firefox ESR', () => {
  it('shows the card beside the student on the Magister record after late rendering', async () => {
    await host.goto(demoUrls(demo.port, '300-900').magisterRecord(SANNE.id));
    // The card's content (prompts, lens) makes its host grow well beyond a line.
    await waitForOurUi(host, 'student-card', { student: SANNE.id, minHeight: 80 });
    const beside = await host.evaluate(
      () =>
        document.querySelector('[data-lob-ui="student-card"]')?.previousElementSibling?.classList.contains('leerling-header') ??
        false,
    );
    expect(beside).toBe(true);
  });

  it('shows grading cues on the Magister grade grid, and the shortcut opens the question', async () => {
    await host.goto(demoUrls(demo.port).magisterGrades());
    await host.waitForFunction(() => document.querySelectorAll('[data-lob-ui="grading-cue"]').length > 5);
    // From the grade field being typed in, the cue's shortcut opens the question (a real key press).
    await host.click('.cijfer-text-input');
    await host.keyboard.down('Alt');
    await host.keyboard.down('Shift');
    await host.keyboard.press('KeyK');
    await host.keyboard.up('Shift');
    await host.keyboard.up('Alt');
    // The popover is fixed-positioned inside its host: the host itself has no size, its presence is the proof.
    await waitForOurUi(host, 'grading-popover', { minHeight: 0 });
  });

  it('injects "Leer deze pagina herkennen" when the sidebar page starts it, one picker when started twice', async () => {
    await host.goto(demoUrls(demo.port).magisterRecord(SANNE.id).replace('?delay=', '?variant=2027&delay='));
    await host.waitForSelector('.naam-tekst');
    const panel = await openPanel('Deze pagina is niet herkend als leerlingpagina.');
    try {
      const start = 'button::-p-text(Leer deze pagina herkennen)';
      // The picker is fixed-positioned inside its host: the host's presence is the proof.
      await panel.locator(start).click();
      await waitForOurUi(host, 'page-teacher', { minHeight: 0 });
      await host.evaluate(() => document.querySelector('[data-lob-ui="page-teacher"]')?.setAttribute('data-test-first', ''));
      // Started again: the open picker makes way for a new one (not a second one).
      await panel.locator(start).click();
      await host.waitForSelector('[data-lob-ui="page-teacher"]:not([data-test-first])');
      expect(await host.evaluate(() => document.querySelectorAll('[data-lob-ui="page-teacher"]').length)).toBe(1);
      expect(await panel.$('[role="alert"]')).toBeNull();
    } finally {
      await panel.close();
    }
  });

  it('keeps a note saved in the sidebar page after the add-on is removed and installed again', async () => {
    await host.goto(demoUrls(demo.port).magisterRecord(SANNE.id));
    await waitForOurUi(host, 'student-card', { student: SANNE.id });
    const panel = await openPanel();
    await panel.type(await fieldLabelled(panel, 'Notitie'), NOTE);
    await panel.locator('button::-p-text(Gesprek afronden)').click();
    await panel.waitForFunction(() => document.body.textContent?.includes('Gesprek afgerond'));
    await panel.close();

    await browser.uninstallExtension(GECKO_ID);
    expect(await browser.installExtension(FIREFOX_BUILD)).toBe(GECKO_ID);
    await host.reload();
    await waitForOurUi(host, 'student-card', { student: SANNE.id });
    const again = await openPanel();
    await again.waitForFunction((text) => document.body.textContent?.includes(text), {}, NOTE);
    await again.close();
  });

  it('keeps what is typed as a draft: back in the note box when the sidebar page opens again and after a restart, not a note', async () => {
    await host.goto(demoUrls(demo.port).magisterRecord(SANNE.id));
    await waitForOurUi(host, 'student-card', { student: SANNE.id });
    const panel = await openPanel();
    const draft = 'Half af: Sanne wil in Zwolle gaan kijken.';
    await panel.type(await fieldLabelled(panel, 'Notitie'), draft);
    await panel.waitForFunction(() => document.body.textContent?.includes('Concept bewaard om'));
    await panel.close();
    const again = await openPanel();
    await again.waitForFunction(
      (text) => (document.getElementById('lob-note') as HTMLTextAreaElement | null)?.value === text,
      {},
      draft,
    );
    // Not history: not among the earlier notes.
    expect(
      await again.evaluate(
        (text) => [...document.querySelectorAll('.timeline')].some((t) => t.textContent?.includes(text)),
        draft,
      ),
    ).toBe(false);
    await again.close();

    // After Firefox restarts (the temporary add-on installed again, its storage kept): still there.
    await browser.close();
    browser = await launchFirefox(profile);
    expect(await browser.installExtension(FIREFOX_BUILD)).toBe(GECKO_ID);
    [host] = (await browser.pages()) as [Page];
    await host.goto(demoUrls(demo.port).magisterRecord(SANNE.id));
    await waitForOurUi(host, 'student-card', { student: SANNE.id });
    const restarted = await openPanel();
    await restarted.waitForFunction(
      (text) => (document.getElementById('lob-note') as HTMLTextAreaElement | null)?.value === text,
      {},
      draft,
    );
    await restarted.close();
  }, 90_000);

  it('binds the sidebar page to the card’s student when the teacher presses the card’s control, not when the page clicks it', async () => {
    await host.goto(demoUrls(demo.port).magisterRecord(SANNE.id));
    await waitForOurUi(host, 'student-card', { student: SANNE.id, minHeight: 80 });
    // A second record appears in a frame of the same tab (a split view): the panel follows the newest.
    await host.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.title = 'Tweede leerlingkaart';
      document.body.append(frame);
    }, `/magister/frame.html#/leerlingen/${DAAN.id}/kaart`);
    const panel = await openPanel(DAAN.name);
    try {
      const showsSanne = () =>
        panel.evaluate((name) => document.querySelector('h2')?.textContent?.includes(name) ?? false, SANNE.name);
      // A click the page's script dispatches on our card does nothing (the root is closed; not trusted).
      await host.evaluate(() =>
        document
          .querySelector('[data-lob-ui="student-card"]')
          ?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })),
      );
      expect(await showsSanne()).toBe(false);
      // The teacher clicks "Open in zijpaneel" with the mouse: the panel now shows the card's student.
      await clickCardPanelControl(host, SANNE.id);
      await panel.waitForFunction((name) => document.querySelector('h2')?.textContent?.includes(name), {}, SANNE.name);
    } finally {
      await panel.close();
      await host.goto('about:blank');
    }
  });

  it('switches the privacy blur with its command, and it lasts when the sidebar page reopens', async () => {
    await host.goto(demoUrls(demo.port).magisterRecord(SANNE.id));
    await waitForOurUi(host, 'student-card', { student: SANNE.id });
    type Api = {
      browser: {
        runtime: { sendMessage(m: unknown): Promise<unknown> };
        commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
        storage: { session?: unknown };
      };
    };
    const addon = await openAddonPage(browser, 'options.html');
    // The key is bound in Firefox too, and the session area exists in Firefox's MV2 (115+).
    const bound = await addon.evaluate(() => (globalThis as unknown as Api).browser.commands.getAll());
    expect(bound).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'toggle-blur', shortcut: 'Alt+Shift+H' })]));
    expect(await addon.evaluate(() => typeof (globalThis as unknown as Api).browser.storage.session)).toBe('object');
    const tabId = await hostTabId(addon);
    // What the shortcut runs (a browser test cannot press a `commands` key; see tests/e2e/blur.test.ts).
    const runBlur = () =>
      addon.evaluate(() =>
        (globalThis as unknown as Api).browser.runtime.sendMessage({ type: 'command/run', command: 'toggle-blur' }),
      );
    expect(await runBlur()).toEqual({ ok: true, data: null });
    for (let i = 0; i < 2; i++) {
      const panel = await openAddonPage(browser, `sidepanel.html?tab=${tabId}`);
      await panel.waitForSelector('button[aria-pressed="true"]');
      await panel.waitForFunction(() => document.querySelector('h2.student')?.textContent === 'Verborgen');
      expect(await panel.evaluate(() => document.body.textContent)).not.toContain(SANNE.name);
      await panel.close();
    }
    expect(await runBlur()).toEqual({ ok: true, data: null });
    const panel = await openAddonPage(browser, `sidepanel.html?tab=${tabId}`);
    await panel.waitForFunction((name) => document.body.textContent?.includes(name), {}, SANNE.name);
    expect(await panel.$('button[aria-pressed="false"]')).not.toBeNull();
    await panel.close();
    await addon.close();
  });
});
