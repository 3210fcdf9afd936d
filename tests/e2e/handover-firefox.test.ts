import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/release/flavour';
import { newProfileDir, removeProfile } from '../support/chromium';
import { putRowsInPage, rowsOfStoreInPage } from '../support/database';
import { DAAN, MOHAMMED, SANNE } from '../support/demo';
import { FIREFOX_BUILD, launchFirefox, openAddonPage } from '../support/firefox';

/**
 * Issue #33 in Firefox ESR (the Firefox build as a temporary add-on), in two fresh profiles: an
 * encrypted backup restores every note and draft in the other profile, and a handover of three
 * students (one without consent) arrives as two, one chosen once on another host, one on its own
 * number; the entries are apart from the own notes and hold no note text.
 */
const PASS = 'paarse-giraf-fietst-naar-school';
const MAGISTER = 'demo.magister.net';
const SOMTODAY = 'docent.somtoday.nl';
const JUNE = '2026-06-15T10:00:00.000Z';
const cleanup: (() => void)[] = [];
afterAll(() => {
  for (const step of cleanup) step();
});

/** Firefox with the add-on, saving downloads into a folder of its own without asking. */
async function firefoxWithAddon(): Promise<{ browser: Browser; downloads: string }> {
  const profile = newProfileDir();
  const downloads = mkdtempSync(join(tmpdir(), 'lob-downloads-'));
  const browser = await launchFirefox(profile, {
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
  });
  cleanup.push(() => {
    removeProfile(profile);
    rmSync(downloads, { recursive: true, force: true });
  });
  expect(await browser.installExtension(FIREFOX_BUILD)).toBe(GECKO_ID);
  return { browser, downloads };
}

const waitForText = (page: Page, text: string) => page.waitForFunction((t) => document.body.textContent?.includes(t), {}, text);

/** Presses the button named `name` inside `scope` once it is there. */
async function press(page: Page, scope: string, name: string): Promise<void> {
  const button = await page.waitForFunction(
    (s, n) =>
      [...document.querySelectorAll(`${s} button`)].find(
        (b) => b.textContent?.trim() === n && !(b as HTMLButtonElement).disabled,
      ),
    {},
    scope,
    name,
  );
  await (button as ElementHandle<HTMLButtonElement>).click();
}

/** Types into a field as the page hears it (Preact listens to `input`). */
async function type(page: Page, selector: string, value: string): Promise<void> {
  const field = (await page.waitForSelector(selector)) as ElementHandle<HTMLInputElement>;
  await field.click();
  await field.type(value);
}

/** The file the browser saved whose name matches, once it is complete. */
async function downloaded(folder: string, name: RegExp): Promise<string> {
  await expect.poll(() => readdirSync(folder).some((f) => name.test(f)), { timeout: 20_000 }).toBe(true);
  return join(folder, readdirSync(folder).find((f) => name.test(f)) as string);
}

async function choose(page: Page, input: string, file: string): Promise<void> {
  const handle = (await page.waitForSelector(input)) as ElementHandle<HTMLInputElement>;
  await handle.uploadFile(file);
}

describe('backup and handover in Firefox ESR', () => {
  it('a backup restores every note and draft, and a handover arrives as the two students who agreed', async () => {
    const laptop = await firefoxWithAddon();
    const seed = await openAddonPage(laptop.browser, 'options.html');
    const students = [SANNE, DAAN, MOHAMMED].map((s) => ({
      key: `${MAGISTER}|${s.id}`,
      host: MAGISTER,
      sisId: s.id,
      name: s.name,
      updatedAt: JUNE,
    }));
    await seed.evaluate(putRowsInPage, { name: 'students', rows: students });
    await seed.evaluate(putRowsInPage, {
      name: 'notes',
      rows: students.map((s) => ({
        id: `note-${s.sisId}`,
        studentKey: s.key,
        date: JUNE,
        competences: ['motieven'],
        promptIds: [],
        text: `EIGEN NOTITIE ${s.sisId}`,
        studentWords: `Woorden van ${s.name}`,
        updatedAt: JUNE,
      })),
    });
    await seed.evaluate(putRowsInPage, {
      name: 'drafts',
      rows: [{ studentKey: students[1]?.key, text: 'Half af', competences: [], promptIds: [], startedAt: JUNE, updatedAt: JUNE }],
    });
    // Sanne and Daan agreed (ticked in the panel: the Chromium test clicks it); Mohammed did not.
    await seed.evaluate(putRowsInPage, {
      name: 'facts',
      rows: students.slice(0, 2).map((s) => ({ studentKey: s.key, handoverConsent: '2026-06-15', updatedAt: JUNE })),
    });
    const before = {
      notes: await seed.evaluate(rowsOfStoreInPage, 'notes'),
      drafts: await seed.evaluate(rowsOfStoreInPage, 'drafts'),
    };
    await seed.close();

    const options = await openAddonPage(laptop.browser, 'options.html#overdracht');
    await type(options, '#lob-backup-pass', PASS);
    await type(options, '#lob-backup-again', PASS);
    await press(options, 'section.backup', 'Versleutelde back-up maken');
    const backup = await downloaded(laptop.downloads, /^lob-back-up-.*\.versleuteld\.txt$/);
    for (const s of [SANNE, DAAN]) {
      await (await options.waitForSelector(`input[aria-label="Meenemen in de overdracht (${s.name})"]:not([disabled])`))?.click();
    }
    expect(
      await options.$eval(
        `input[aria-label="Meenemen in de overdracht (${MOHAMMED.name})"]`,
        (i) => (i as HTMLInputElement).disabled,
      ),
    ).toBe(true);
    await type(options, '#lob-handover-pass', PASS);
    await type(options, '#lob-handover-again', PASS);
    await press(options, 'section.handover', 'Overdrachtsbestand maken');
    const handover = await downloaded(laptop.downloads, /^lob-overdracht-.*\.versleuteld\.txt$/);
    expect(readFileSync(handover, 'utf8')).not.toContain('Sanne');
    await laptop.browser.close();

    // The next mentor: one student already known here, on Somtoday.
    const desktop = await firefoxWithAddon();
    const setUp = await openAddonPage(desktop.browser, 'options.html');
    const there = {
      key: `${SOMTODAY}|${SANNE.somtodayId}`,
      host: SOMTODAY,
      sisId: SANNE.somtodayId,
      name: SANNE.name,
      updatedAt: JUNE,
    };
    await setUp.evaluate(putRowsInPage, { name: 'students', rows: [there] });
    await setUp.close();
    const receive = await openAddonPage(desktop.browser, 'options.html#overdracht');
    await choose(receive, '#lob-handover-file', handover);
    await waitForText(receive, '2 leerlingen');
    await type(receive, '#lob-handover-open-pass', PASS);
    await press(receive, 'section.handover', 'Openen en controleren');
    await receive.waitForSelector('#lob-handover-target-0');
    expect(await receive.$('#lob-handover-target-2')).toBeNull();
    await receive.select('#lob-handover-target-0', there.key);
    await receive.select('#lob-handover-target-1', `${MAGISTER}|${DAAN.id}`);
    // Both chosen, as the page shows it: the "nothing is read in without a choice" lines are gone
    // (the question's buttons move up when they go; a click before that could land beside them).
    await receive.waitForFunction(() => !document.body.textContent?.includes('Zonder keuze wordt niets'));
    await press(receive, 'section.handover', 'Ja, overnemen');
    await waitForText(receive, '2 leerlingen ontvangen, 2 onderdelen van de vorige mentor toegevoegd');
    const handed = await receive.evaluate(rowsOfStoreInPage, 'handed');
    expect(handed.map((h) => h.studentKey).sort()).toEqual([`${MAGISTER}|${DAAN.id}`, there.key]);
    expect(JSON.stringify(handed)).not.toContain('EIGEN NOTITIE');
    expect(await receive.evaluate(rowsOfStoreInPage, 'notes')).toEqual([]);

    await choose(receive, '#lob-backup-file', backup);
    await waitForText(receive, '3 leerlingen, 3 notities, 0 afspraken, 1 concepten');
    await type(receive, '#lob-backup-restore-pass', PASS);
    await press(receive, 'section.backup', 'Openen en controleren');
    await press(receive, 'section.backup', 'Ja, inlezen');
    await waitForText(receive, 'Ingelezen:');
    expect({
      notes: await receive.evaluate(rowsOfStoreInPage, 'notes'),
      drafts: await receive.evaluate(rowsOfStoreInPage, 'drafts'),
    }).toEqual(before);
    await desktop.browser.close();
  }, 180_000);
});
