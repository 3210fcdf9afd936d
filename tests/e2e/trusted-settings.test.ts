import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newProfileDir, removeProfile, type Session } from '../support/chromium';
import { readStore, writeDatedNote } from '../support/database';

/**
 * Settings only from trusted contexts (issue 31). Every content script of ours can write
 * storage.local; what a compromised school-page process could do there is exactly what an extension
 * page does with `chrome.storage.local.set` (a content script's own world cannot be reached from a
 * test), so an extension page stands in for it. The teacher's settings live in the trusted store
 * (IndexedDB `lob-instellingen`, written by the background); the copies in storage.local are
 * published from there again when anything else writes them, and retention acts on the trusted period.
 */

const DAY = 86_400_000;
/** Older than the default two years (730 days), younger than the teacher's own 1000 days. */
const OLD = new Date(Date.now() - 800 * DAY).toISOString();

let profile: string;
let session: Session | undefined;

type Chrome = {
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

async function optionsPage(s: Session): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Gegevens' }).waitFor();
  return page;
}

/** What storage.local holds under a key, as any page of the extension reads it. */
function local(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (k) => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(k))[k], key);
}

/** Writes storage.local directly, as a compromised content script could. */
function writeLocal(page: Page, items: Record<string, unknown>): Promise<void> {
  return page.evaluate((values) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set(values), items);
}

async function publishedRetention(page: Page): Promise<unknown> {
  return ((await local(page, 'appConfig')) as { settings?: { retentionDays?: unknown } } | undefined)?.settings?.retentionDays;
}

async function retentionLastRun(page: Page): Promise<unknown> {
  return (await readStore(page, 'meta')).find((row) => row.key === 'retentionLastRun')?.value;
}

/** Forgets when retention last ran and which period was in force: the next run is like a first one (no grace period). */
function asIfRetentionNeverRan(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lob-naast-de-leerling');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('meta', 'readwrite');
          tx.objectStore('meta').delete('retentionLastRun');
          tx.objectStore('meta').delete('retentionInForce');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

beforeAll(() => {
  profile = newProfileDir();
});

afterAll(async () => {
  await session?.close();
  removeProfile(profile);
});

describe('settings only from trusted contexts', () => {
  it('a write to the published copy is undone, and retention acts on the trusted period', async () => {
    session = await launch({ userDataDir: profile });
    const page = await optionsPage(session);
    // The start-up run (empty database) is over before anything goes in.
    await expect.poll(() => retentionLastRun(page), { timeout: 20_000 }).toBeTypeOf('string');

    // The teacher keeps notes 1000 days, through the background (the options page's path).
    const answer = await page.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
        type: 'settings/save',
        settings: { retentionDays: 1000 },
      }),
    );
    expect(answer).toEqual({ ok: true, data: null });
    await expect.poll(() => publishedRetention(page), { timeout: 10_000 }).toBe(1000);
    const contentCopy = await local(page, 'contentConfig');
    expect(contentCopy).toMatchObject({ quietMode: false });

    // The copies are changed as a compromised content script could: the background undoes it.
    const appConfig = (await local(page, 'appConfig')) as { settings: Record<string, unknown> };
    await writeLocal(page, {
      appConfig: { ...appConfig, settings: { ...appConfig.settings, retentionDays: 30 } },
      contentConfig: { ...(contentCopy as object), quietMode: true, profiles: [] },
      // The key the settings were kept under before: no longer read.
      userSettings: { retentionDays: 30 },
    });
    await expect.poll(() => publishedRetention(page), { timeout: 10_000 }).toBe(1000);
    await expect.poll(() => local(page, 'contentConfig'), { timeout: 10_000 }).toEqual(contentCopy);
    // Removing a copy is undone too.
    await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }
      ).chrome.storage.local.remove('contentConfig'),
    );
    await expect.poll(() => local(page, 'contentConfig'), { timeout: 10_000 }).toEqual(contentCopy);

    // A note older than the default period, younger than the teacher's: it survives the next run.
    await writeDatedNote(page, OLD, 'Gesprek van 800 dagen geleden');
    await asIfRetentionNeverRan(page);
    // Right before the browser closes, once more: the copy says 30 days.
    await writeLocal(page, { appConfig: { ...appConfig, settings: { ...appConfig.settings, retentionDays: 30 } } });
    await session.close();

    // The next start runs retention, on the teacher's trusted 1000 days.
    session = await launch({ userDataDir: profile });
    const again = await optionsPage(session);
    await expect.poll(() => retentionLastRun(again), { timeout: 20_000 }).toBeTypeOf('string');
    expect((await readStore(again, 'notes')).map((n) => n.text)).toEqual(['Gesprek van 800 dagen geleden']);
    const inForce = (await readStore(again, 'meta')).find((row) => row.key === 'retentionInForce')?.value;
    expect(JSON.parse(String(inForce))).toEqual({ days: 1000 });
    await expect.poll(() => publishedRetention(again), { timeout: 10_000 }).toBe(1000);
  });
});
