import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/release/flavour';
import { type DemoServer, startDemoServer } from './demo';

export const FIREFOX_BUILD = resolve(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');
/** A fixed internal UUID, so the tests know the add-on's moz-extension:// address. */
const ADDON_UUID = '6b1f6f0e-4c1a-4a4e-9d2b-1e0f6c9a5b01';
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** System Firefox: FIREFOX_PATH, else Debian's firefox-esr. Never downloads a browser. */
export function firefoxPath(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH wijst naar ${fromEnv}, maar daar staat geen Firefox.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Geen Firefox gevonden voor de Firefox-tests. Installeer het met `sudo apt-get install -y firefox-esr` ' +
        'of wijs een Firefox aan met FIREFOX_PATH=/pad/naar/firefox.',
    );
  }
  return found;
}

/**
 * The oldest Firefox the browser tests are checked with. Debian 12's point release has ESR 140, where
 * the add-on pages' CSP blocks puppeteer's evaluations ("call to Function() blocked by CSP");
 * bookworm-security has the current ESR (153).
 */
const MIN_FIREFOX_FOR_TESTS = 153;

/** Fails at once, with the fix, when the Firefox found is older than the tests need. */
export function assertFirefoxVersion(executable: string): void {
  const version = spawnSync(executable, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  const major = Number(/Firefox (\d+)\./.exec(version)?.[1]);
  if (Number.isFinite(major) && major < MIN_FIREFOX_FOR_TESTS) {
    throw new Error(
      `${version.trim()} (${executable}) is te oud voor de Firefox-tests (nodig: ${MIN_FIREFOX_FOR_TESTS} of nieuwer). ` +
        'Haal de beveiligingsupdates van Debian binnen (bookworm-security in de pakketbronnen, dan ' +
        '`sudo apt-get install --only-upgrade firefox-esr`), of wijs een nieuwere Firefox aan met FIREFOX_PATH.',
    );
  }
}

/**
 * Headless Firefox over WebDriver BiDi on a given profile, with the demo hosts resolved to this
 * machine and the add-on's storage and UUID kept when it is removed (so a reinstall finds its data).
 */
export async function launchFirefox(profileDir: string, prefs: Record<string, unknown> = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profileDir,
    // Lets WebDriver BiDi open the add-on's own pages (moz-extension://) in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }),
      ...prefs,
    },
  });
}

/** The add-on's own page (options, sidepanel) by path. */
const addonUrl = (path: string) => `moz-extension://${ADDON_UUID}/${path}`;

/**
 * Opens an add-on page in a new tab. Firefox loads it in the extension process and WebDriver BiDi
 * reports no navigation for that, so we wait for the document itself.
 */
export async function openAddonPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = addonUrl(path);
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  // While the tab switches from about:blank to the add-on's process, an evaluation can reach a realm
  // that is being torn down; Firefox then answers with a protocol error instead of a retryable one,
  // and WebDriver BiDi reports no event for the switch that we could await instead. So such an error
  // ends one wait, not the test: we try again after a short pause, for at most ten seconds.
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', {}, url);
      return page;
    } catch (error) {
      if (Date.now() > until || !isRealmTornDown(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function isRealmTornDown(error: unknown): boolean {
  const text = `${error instanceof Error ? error.message : ''} ${String((error as { cause?: unknown })?.cause ?? '')}`;
  return /protocol error|context.*destroyed|no such frame|realm/i.test(text);
}

/**
 * Waits until one of our in-page UI hosts of a feature (for this student, when given) has rendered
 * content. Our shadow roots are closed, so the page (and a page-side test) sees only the host element:
 * its attributes and its size, which grows once the content inside has rendered.
 */
export async function waitForOurUi(
  page: Page,
  feature: string,
  options: { student?: string; minHeight?: number } = {},
): Promise<void> {
  await page.waitForFunction(
    (f, s, h) =>
      [...document.querySelectorAll<HTMLElement>(`[data-lob-ui="${f}"]`)].some(
        (el) => (s === '' || el.dataset.lobStudent === s) && el.getBoundingClientRect().height >= h,
      ),
    {},
    feature,
    options.student ?? '',
    options.minHeight ?? 1,
  );
}

/**
 * The teacher clicks the card's "Open in zijpaneel" with the mouse (a real pointer event through
 * WebDriver BiDi), found inside our closed root (`ourShadowRoot`), and waits for the card's status
 * line that answers it.
 */
export async function clickCardPanelControl(page: Page, student: string): Promise<void> {
  const card = `[data-lob-ui="student-card"][data-lob-student="${student}"]`;
  await page.$eval(card, (el) => el.scrollIntoView({ block: 'center' }));
  const root = await ourShadowRoot(page, card);
  const button = await root.waitForSelector('.open-panel button');
  const box = await button?.boundingBox();
  if (!box) throw new Error('the card has no "Open in zijpaneel"');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction((r) => ((r as ShadowRoot).querySelector('.panel-status')?.textContent ?? '') !== '', {}, root);
}

/** The form field a visible label names, as a CSS selector. */
export async function fieldLabelled(page: Page, label: string): Promise<string> {
  const id = await page.waitForFunction(
    (l) => [...document.querySelectorAll('label')].find((el) => el.textContent?.trim() === l)?.htmlFor || false,
    {},
    label,
  );
  return `#${await id.jsonValue()}`;
}

interface BidiRemoteNode {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: BidiRemoteNode | null };
}
/** The parts of puppeteer's WebDriver BiDi element handle that reach the protocol (not in its public types). */
interface BidiHandleInternals {
  remoteValue(): BidiRemoteNode;
  realm: {
    realm: { callFunction(fn: string, awaitPromise: boolean, options: object): Promise<{ result: BidiRemoteNode }> };
    createHandle(value: BidiRemoteNode): ElementHandle<Node>;
  };
}

/**
 * The closed shadow root of one of our in-page hosts, as a handle the test can query (`$`, then
 * `boundingBox` for a real click). The page cannot reach it; WebDriver BiDi serialises closed roots
 * when asked (`includeShadowTree: 'all'`), like the DevTools protocol's `pierce` in Chromium.
 */
export async function ourShadowRoot(page: Page, selector: string): Promise<ElementHandle<Node>> {
  const host = await page.waitForSelector(selector);
  if (!host) throw new Error(`${selector} not found`);
  const internals = host as unknown as BidiHandleInternals;
  const { sharedId } = internals.remoteValue();
  const { result } = await internals.realm.realm.callFunction('(el) => el', false, {
    arguments: [{ sharedId }],
    resultOwnership: 'root',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const root = result.value?.shadowRoot;
  if (!root?.sharedId) throw new Error(`${selector}: no shadow root serialised`);
  return internals.realm.createHandle(root);
}

/** A demo school server and Firefox ESR with the add-on installed (the build under test), started together. */
export async function startFirefoxWithAddon(profileDir: string): Promise<{ demo: DemoServer; browser: Browser; host: Page }> {
  const demo = await startDemoServer();
  const browser = await launchFirefox(profileDir);
  if ((await browser.installExtension(FIREFOX_BUILD)) !== GECKO_ID) throw new Error('the add-on did not install under its id');
  const [host] = (await browser.pages()) as [Page];
  return { demo, browser, host };
}

/** The single web tab's id, asked from an add-on page (no `tabs` permission needed for that). */
export function webTabId(addonPage: Page): Promise<number> {
  return addonPage.evaluate(async () => {
    type TabsApi = { query(q: object): Promise<{ id?: number }[]>; getCurrent(): Promise<{ id?: number }> };
    const api = (globalThis as unknown as { browser: { tabs: TabsApi } }).browser.tabs;
    const self = (await api.getCurrent()).id;
    return (await api.query({})).find((tab) => tab.id !== self)?.id ?? -1;
  });
}
