import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/release/flavour';
import { newProfileDir, removeProfile } from '../support/chromium';
import { FIREFOX_BUILD, launchFirefox, openAddonPage } from '../support/firefox';

/**
 * Debian's firefox-esr reads system policy from /etc/firefox/policies/policies.json (checked: a file
 * in /etc/firefox-esr/policies/ is not read). Written before Firefox starts, removed once it runs.
 */
const POLICY_FILE = '/etc/firefox/policies/policies.json';
/** Values no other Firefox test depends on (another run on this machine may see them meanwhile). */
const SCHOOL = { schoolName: 'Het Linde College', retentionDays: 365 };

let browser: Browser;
/** The first folder this test made (on a machine without any Firefox policy), removed again afterwards. */
let createdDir: string | undefined;
const profile = newProfileDir();

beforeAll(async () => {
  try {
    createdDir = mkdirSync(dirname(POLICY_FILE), { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: SCHOOL } } } }));
  } catch (error) {
    throw new Error(`De Firefox-beleidstest schrijft ${POLICY_FILE} en moet als root draaien: ${(error as Error).message}`);
  }
  try {
    browser = await launchFirefox(profile);
  } finally {
    // Firefox reads the file once, at start-up: remove it at once, so other runs on this machine don't see it.
    removePolicy();
  }
  expect(await browser.installExtension(FIREFOX_BUILD)).toBe(GECKO_ID);
}, 90_000);
function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
  if (createdDir) rmSync(createdDir, { recursive: true, force: true });
  createdDir = undefined;
}

afterAll(async () => {
  removePolicy();
  await browser?.close();
  removeProfile(profile);
});

describe("Firefox ESR: the school's policy from policies.json (3rdparty)", () => {
  let options: Page;

  it('reaches the temporarily installed add-on through storage.managed', async () => {
    options = await openAddonPage(browser, 'options.html');
    const managed = await options.evaluate(() =>
      (
        globalThis as unknown as { browser: { storage: { managed: { get(): Promise<Record<string, unknown>> } } } }
      ).browser.storage.managed.get(),
    );
    expect(managed).toMatchObject(SCHOOL);
  });

  it('the options page shows the school and the retention period it set, locked', async () => {
    await options.waitForFunction((name) => document.body.textContent?.includes(`School: ${name}`), {}, SCHOOL.schoolName);
    const retention = await options.waitForFunction(() => {
      const field = document.querySelector<HTMLInputElement>('#setting-retention');
      return field?.disabled ? field.value : false;
    });
    expect(await retention.jsonValue()).toBe(String(SCHOOL.retentionDays));
  });
});
