import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/release/flavour';
import { newProfileDir, removeProfile } from '../support/chromium';
import { type DemoServer, demoUrls, SANNE, startDemoServer } from '../support/demo';
import { FIREFOX_BUILD, fieldLabelled, launchFirefox, openAddonPage, waitForOurUi } from '../support/firefox';

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

/** Opens the sidebar page in a tab of its own, bound to the host tab. */
async function openPanel(): Promise<Page> {
  const probe = await openAddonPage(browser, 'sidepanel.html');
  const tabId = await hostTabId(probe);
  await probe.close();
  const panel = await openAddonPage(browser, `sidepanel.html?tab=${tabId}`);
  await panel.waitForFunction((name) => document.body.textContent?.includes(name), {}, SANNE.name);
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

  it('keeps a note saved in the sidebar page after the add-on is removed and installed again', async () => {
    await host.goto(demoUrls(demo.port).magisterRecord(SANNE.id));
    await waitForOurUi(host, 'student-card', { student: SANNE.id });
    const panel = await openPanel();
    await panel.type(await fieldLabelled(panel, 'Notitie'), NOTE);
    await panel.locator('button::-p-text(Opslaan)').click();
    await panel.waitForFunction(() => document.body.textContent?.includes('Notitie opgeslagen'));
    await panel.close();

    await browser.uninstallExtension(GECKO_ID);
    expect(await browser.installExtension(FIREFOX_BUILD)).toBe(GECKO_ID);
    await host.reload();
    await waitForOurUi(host, 'student-card', { student: SANNE.id });
    const again = await openPanel();
    await again.waitForFunction((text) => document.body.textContent?.includes(text), {}, NOTE);
    await again.close();
  });
});
