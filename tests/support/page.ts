import type { Page } from 'playwright-core';
import { clickUiControl, waitForUiControl } from './pierce';

/** Waits until the demo app has rendered the data of its current route. */
export async function waitForDemoRender(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(document.documentElement.dataset.demoRendered));
}

/** Our in-page UI roots (host elements), as the page sees them (their closed roots: tests/support/pierce.ts). */
export function uiRoots(page: Page, feature?: string) {
  return page.locator(feature ? `[data-lob-ui="${feature}"]` : '[data-lob-ui]');
}

/** Console errors on a page, to assert none came from us. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Opens the side panel page in a tab of its own, bound to a host tab (headless cannot open the real panel). */
export async function openPanelFor(hostPage: Page, extensionId: string): Promise<Page> {
  const tabId = await tabIdOf(hostPage, extensionId);
  const panel = await hostPage.context().newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

/**
 * The browser tab id of a page. The extension has no `tabs` permission, so it cannot read the
 * page's address; it can see which tab is active: bring the page to the front and ask the
 * extension's service worker for the active tab.
 */
export async function tabIdOf(page: Page, extensionId: string): Promise<number> {
  const worker = page
    .context()
    .serviceWorkers()
    .find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  if (!worker) throw new Error(`De service worker van ${extensionId} draait niet.`);
  await page.bringToFront();
  return worker.evaluate(async () => {
    type Tab = { id?: number };
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

/** What the background knows about a tab (page type, running features), asked from an extension page. */
export async function tabContext(
  host: Page,
  extensionId: string,
): Promise<{ pageType?: string; features?: string[]; title?: string } | null> {
  const tabId = await tabIdOf(host, extensionId);
  const ext = await host.context().newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  const answer = await ext.evaluate(
    (id) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ data: unknown }> } } }
      ).chrome.runtime.sendMessage({
        type: 'tab/context',
        tabId: id,
      }),
    tabId,
  );
  await ext.close();
  return answer.data as { pageType?: string; features?: string[]; title?: string } | null;
}

/** Opens the first grading cue's popover as a teacher would (click) and waits for its moments. */
export async function openFirstCue(page: Page): Promise<void> {
  await clickUiControl(page, { feature: 'grading-cue', role: 'button', name: /^LOB-vraag bij / });
  await waitForUiControl(page, { feature: 'grading-popover', role: 'button', name: 'Compliment gegeven' });
}

/** Unfolds the panel's list of referrals where it is folded (a list longer than three). */
export async function showAllReferrals(panel: Page): Promise<void> {
  const all = panel.locator('.referral-list > summary');
  if (await all.isVisible()) await all.click();
}

/** Writes a note in the side panel and ends the conversation ("Gesprek afronden"), as a teacher does. */
export async function finishConversation(panel: Page, note: string): Promise<void> {
  await panel.getByRole('textbox', { name: 'Notitie', exact: true }).fill(note);
  await panel.getByRole('button', { name: 'Gesprek afronden' }).click();
  await panel.getByRole('status').filter({ hasText: 'Gesprek afgerond' }).waitFor();
}
