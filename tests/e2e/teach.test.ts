import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import { students as demoStudents } from '../../demo/data/students.js';
import { seriousViolations } from '../support/axe';
import { launch, loadedExtensionId, removeProfile, type Session } from '../support/chromium';
import { type DemoServer, demoUrls, SANNE, startDemoServer } from '../support/demo';
import { useOwnExtensionId } from '../support/own-id';
import { openPanelFor, waitForDemoRender } from '../support/page';
import { clickUiControl, uiHosts, waitForUiElement } from '../support/pierce';
import { exportedPolicy, point, startTeaching, teachButton, writeHostProfilesPolicy } from '../support/teach';

/**
 * "Leer deze pagina herkennen" on the demo school's 2027 markup (other classes, wrappers, labels, no
 * data attributes): recognition fails; a teacher teaches the page by pointing and clicking, checks
 * it on a second student, saves; the card and the grading cues come back. The exported policy JSON,
 * put into a real Chromium policy file, does the same for a fresh profile without any local patch.
 */
const POLICY_FILE = '/etc/chromium/policies/managed/lob-naast-de-leerling-teach-test.json';
// The policy names this file's own id: other files' browsers run meanwhile (vitest.e2e.config.ts).
useOwnExtensionId();
/** The policy JSON the options page gave (test 3), put into a policy file (test 4). */
let exported = '';

let server: DemoServer;
let session: Session;
let urls: ReturnType<typeof demoUrls>;
const variant = (url: string) => url.replace('?delay=', '?variant=2027&delay=');

beforeAll(async () => {
  server = await startDemoServer();
  urls = demoUrls(server.port, '0-50');
  session = await launch();
});
afterAll(async () => {
  rmSync(POLICY_FILE, { force: true });
  await session?.close();
  await server?.close();
  if (session) removeProfile(session.userDataDir);
});

const kenmerk = (page: Page, label: string) => page.locator('li.kenmerk', { hasText: label }).locator('.kenmerk-waarde');

describe('teach a page: the school repairs recognition by pointing and clicking', () => {
  // First, while the 2027 record is not recognised yet (the panel offers teaching only then).
  it('is injected when started: twice gives one picker, after Stoppen it starts again, and only where the extension works', async () => {
    const page = await session.context.newPage();
    await page.goto(variant(urls.magisterPath('/leerlingen/51877/kaart')));
    await page.locator('.naam-tekst').waitFor();
    const panel = await openPanelFor(page, session.extensionId);
    const start = panel.getByRole('button', { name: 'Leer deze pagina herkennen' });
    await start.click();
    await page.bringToFront();
    await waitForUiElement(page, 'page-teacher', 'teach');
    await page.keyboard.press('Enter'); // the first kind of page: on to its first step
    await waitForUiElement(page, 'page-teacher', 'prompt-text', 'naam');
    // Started again: the open picker makes way for a new one at its start (not a second one).
    await start.click();
    await waitForUiElement(page, 'page-teacher', 'teach', 'Wat voor pagina is dit?');
    expect(await uiHosts(page, 'page-teacher')).toHaveLength(1);
    expect((await uiHosts(page, 'page-teacher'))[0]?.find('prompt-text')).toEqual([]);
    await teachButton(page, 'Stoppen');
    await expect.poll(async () => (await uiHosts(page, 'page-teacher')).length).toBe(0);
    await start.click();
    await waitForUiElement(page, 'page-teacher', 'teach');
    expect(await uiHosts(page, 'page-teacher')).toHaveLength(1);
    expect(await panel.getByRole('alert').count()).toBe(0);
    await panel.close();
    // The login page (no content script, though within the host permission) and classic Somtoday
    // (outside it): the panel says it could not begin, and nothing appears.
    for (const url of [urls.magisterLogin, urls.somtodayClassic]) {
      await page.goto(url);
      const other = await openPanelFor(page, session.extensionId);
      await other.getByRole('button', { name: 'Leer deze pagina herkennen' }).click();
      await other.getByRole('alert').getByText('Kon niet beginnen').waitFor();
      expect(await uiHosts(page, 'page-teacher')).toEqual([]);
      await other.close();
    }
    await page.close();
  });

  it('is operable by keyboard: arrow keys move the mark, the marked element is said, Enter picks it', async () => {
    const page = await session.context.newPage();
    await page.goto(variant(urls.magisterPath('/leerlingen/51877/kaart')));
    await page.locator('.naam-tekst').waitFor();
    await startTeaching(page, session.extensionId);
    // The first choice has the focus: Enter chooses it, and the focus goes to the step's controls.
    await page.keyboard.press('Enter');
    await waitForUiElement(page, 'page-teacher', 'prompt-text', 'naam');
    const name = (await page.locator('.naam-tekst').textContent())?.trim() ?? '';
    const marked = async () => (await uiHosts(page, 'page-teacher'))[0]?.find('marked')[0]?.text ?? '';
    for (let i = 0; i < 120 && !(await marked()).endsWith(name); i++) await page.keyboard.press('ArrowDown');
    expect(await marked()).toBe(`Gemarkeerd: ${name}`);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForUiElement(page, 'page-teacher', 'prompt-text', 'leerlingnummer');
    await waitForUiElement(page, 'page-teacher', 'muted', `Gekozen: ${name}`);
    await page.keyboard.press('Escape');
    await waitForUiElement(page, 'page-teacher', 'prompt-text', 'naam');
    await page.close();
  });

  it('restores the card on a student record whose markup changed, checked on a second student', async () => {
    const page = await session.context.newPage();
    await page.goto(variant(urls.magisterRecord(SANNE.id)));
    await waitForDemoRender(page);
    await page.locator('.naam-tekst').waitFor();
    expect(await uiHosts(page, 'student-card')).toEqual([]);

    await startTeaching(page, session.extensionId);
    await teachButton(page, 'Leerlingkaart (één leerling)');
    await waitForUiElement(page, 'page-teacher', 'prompt-text', 'naam');
    await point(page.locator('.naam-tekst'));
    await waitForUiElement(page, 'page-teacher', 'prompt-text', 'leerlingnummer');
    // Escape steps back; the name is picked again.
    await page.keyboard.press('Escape');
    await waitForUiElement(page, 'page-teacher', 'prompt-text', 'naam');
    await point(page.locator('.naam-tekst'));
    await point(kenmerk(page, 'Leerlingnummer'));
    await point(kenmerk(page, 'Klas'));
    await point(kenmerk(page, 'Opleiding'));
    await point(kenmerk(page, 'Mentor'));
    await waitForUiElement(page, 'page-teacher', 'found', `naam ${SANNE.name}, leerlingnummer ${SANNE.id}`);

    // The second check: to the next student with the page's own link (the picker lets it through now).
    await teachButton(page, 'Ga naar een andere leerling om te controleren');
    await page.getByRole('link', { name: 'Volgende leerling' }).click();
    await page.waitForURL((url) => !url.hash.includes(SANNE.id));
    const nextId = new URL(page.url()).hash.split('/')[2] ?? '';
    await waitForUiElement(page, 'page-teacher', 'found', `leerlingnummer ${nextId}`);
    await waitForUiElement(page, 'page-teacher', 'muted', 'Het klopt ook hier.');
    await teachButton(page, 'Klopt, opslaan');
    await waitForUiElement(page, 'page-teacher', 'status', 'Opgeslagen');
    // The card is back, for this student, and for the first one after a reload.
    await waitForUiElement(page, 'student-card', 'prompt-text');
    expect((await uiHosts(page, 'student-card'))[0]?.student).toBe(nextId);
    await page.goto(variant(urls.magisterRecord(SANNE.id)));
    await waitForUiElement(page, 'student-card', 'prompt-text');
    await page.close();
  });

  it('restores the grading cues on a grade grid whose markup changed', async () => {
    const page = await session.context.newPage();
    await page.goto(variant(urls.magisterGrades()));
    await waitForDemoRender(page);
    const firstRow = page.locator('tr.raster-rij', { has: page.locator('input.score-invoer') }).first();
    await firstRow.waitFor();
    expect(await uiHosts(page, 'grading-cue')).toEqual([]);

    await startTeaching(page, session.extensionId);
    await teachButton(page, 'Cijfers invoeren (een lijst met rijen)');
    await point(firstRow.locator('td').first());
    await point(firstRow.locator('.cel-naam a'));
    await point(firstRow.locator('td', { hasText: /^\s*\d{4,}\s*$/ }).first());
    await point(firstRow.locator('input.score-invoer'));
    await waitForUiElement(page, 'page-teacher', 'found', /\d+ rijen/);
    await teachButton(page, 'Ga naar een andere leerling om te controleren');
    await page.locator('a.toets-tab').first().click();
    await waitForUiElement(page, 'page-teacher', 'muted', 'Het klopt ook hier.');
    await clickUiControl(page, { feature: 'page-teacher', role: 'button', name: 'Klopt, opslaan' });
    await waitForUiElement(page, 'page-teacher', 'status', 'Opgeslagen');
    await waitForUiElement(page, 'grading-cue', 'cue');
    await page.close();
  });

  it('keeps the taught pages as the teacher’s own, with no student data, exportable as policy JSON', async () => {
    const { text, options } = await exportedPolicy(session);
    const policy = JSON.parse(text) as { hostProfiles: string[] };
    expect(policy.hostProfiles.length).toBeGreaterThan(0);
    for (const entry of policy.hostProfiles) expect(typeof entry).toBe('string');
    // No name or id of any demo student, anywhere in it.
    for (const s of demoStudents as { id: string; name: string; uuid: string; somtodayId: string; leerlingnummer: string }[]) {
      for (const value of [s.id, s.name, s.uuid, s.somtodayId, s.leerlingnummer]) expect(text).not.toContain(value);
    }
    await options.getByRole('button', { name: /^Verwijder Leerlingkaart/ }).waitFor();
    expect(await seriousViolations(options, false)).toEqual([]);
    exported = text;
    await options.close();
  });

  it('the exported JSON in a real Chromium policy file restores recognition in a fresh profile', async () => {
    const { hostProfiles } = JSON.parse(exported) as { hostProfiles: string[] };
    writeHostProfilesPolicy(POLICY_FILE, hostProfiles);
    const fresh = await launch();
    // Chromium watches the policy folder: the file stays until the end of this test (removed in finally).
    expect(fresh.extensionId).toBe(loadedExtensionId());
    try {
      const page = await fresh.context.newPage();
      await page.goto(variant(urls.magisterRecord(SANNE.id)));
      await waitForUiElement(page, 'student-card', 'prompt-text');
      await page.goto(variant(urls.magisterGrades()));
      await waitForUiElement(page, 'grading-cue', 'cue');
      // It came from the policy: the fresh profile has no taught page of its own.
      const options = await fresh.context.newPage();
      await options.goto(`chrome-extension://${fresh.extensionId}/options.html`);
      await options.getByText(/Nog geen eigen herkenning/).waitFor();
    } finally {
      rmSync(POLICY_FILE, { force: true });
      await fresh.close();
      removeProfile(fresh.userDataDir);
    }
  });
});
