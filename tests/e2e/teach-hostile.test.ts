import { rmSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: demo/ is untyped JavaScript served to the browser as-is
import { students as demoStudents } from '../../demo/data/students.js';
import { launch, loadedExtensionId, removeProfile } from '../support/chromium';
import { SANNE } from '../support/demo';
import { useOwnExtensionId } from '../support/own-id';
import { openPanelFor } from '../support/page';
import { uiHosts, waitForUiElement } from '../support/pierce';
import { useDemoSchool } from '../support/school';
import { exportedPolicy, point, startTeaching, teachButton, writeHostProfilesPolicy } from '../support/teach';

/**
 * "Leer deze pagina herkennen" against pages that try to steer it, and on pages built in ways the
 * first picker could not teach (demo/teach-lab): a decoy that fakes pointer moves and clicks, a page
 * routed by its query string, an average where the id should be, a student's name in the markup,
 * a record inside an open shadow root and inside a same-origin frame, a grid of `div`s with ARIA
 * roles. The teacher's clicks are real input events (Playwright's mouse); the page's are not.
 */
// The policy names this file's own id: other files' browsers run meanwhile (vitest.e2e.config.ts).
useOwnExtensionId();
const school = useDemoSchool();
const POLICY_FILE = '/etc/chromium/policies/managed/lob-naast-de-leerling-teach-hostile-test.json';

interface DemoStudent {
  id: string;
  name: string;
  uuid: string;
  somtodayId: string;
  leerlingnummer: string;
}
const STUDENTS = demoStudents as DemoStudent[];

/** Every form of every demo student's name and numbers a profile could carry (lower case). */
function studentForms(): string[] {
  return STUDENTS.flatMap((s) => {
    const folded = s.name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    const parts = folded.split(/\s+/);
    const last = parts[parts.length - 1] ?? '';
    return [
      s.id,
      s.uuid,
      s.somtodayId,
      s.leerlingnummer,
      folded,
      folded.replace(/\s+/g, '-'),
      folded.replace(/\s+/g, ''),
      last,
      parts[0] ?? '',
    ];
  }).filter((form) => form.length >= 3);
}

const lab = (file: string) => `http://demo.magister.net:${school.server.port}/teach-lab/${file}`;

async function openLab(file: string): Promise<Page> {
  const page = await school.session.context.newPage();
  await page.goto(lab(file));
  await page.waitForFunction(() => Boolean(document.documentElement.dataset.labRendered));
  return page;
}

/** The picker's texts (its closed root, read through the DevTools protocol). */
async function pickerText(page: Page): Promise<string> {
  return (await uiHosts(page, 'page-teacher'))[0]?.text ?? '';
}

/** The second check (to the next student with `next`, as the teacher would) and "Klopt, opslaan". */
async function checkOnNextStudentAndSave(page: Page, next: () => Promise<void>): Promise<void> {
  await teachButton(page, 'Ga naar een andere leerling om te controleren');
  await next();
  await waitForUiElement(page, 'page-teacher', 'muted', 'Het klopt ook hier.');
  await teachButton(page, 'Klopt, opslaan');
  await waitForUiElement(page, 'page-teacher', 'status', 'Opgeslagen');
}

/** Teaches a student record from the name and the Leerlingnummer value (other fields skipped). */
async function teachRecord(page: Page, scope: Page | FrameLocator, name: string): Promise<void> {
  await startTeaching(page, school.session.extensionId);
  await teachButton(page, 'Leerlingkaart (één leerling)');
  await point(scope.locator(name).first());
  await waitForUiElement(page, 'page-teacher', 'prompt-text', 'leerlingnummer');
  await point(scope.locator('.gegeven', { hasText: 'Leerlingnummer' }).locator('dd'));
  for (let i = 0; i < 3; i++) await teachButton(page, 'Sla over');
}

/** The route a page routed by its query string gives (`/magister/?lab=query&…`): it matches every Magister page. */
const CAPTURING = '^/magister/(?=[/?#]|$)';

/**
 * The teacher's kept pages, as they are in the trusted store (the extension's settings database,
 * lib/config/trusted-store.ts), read and written from an extension page.
 */
function trustedPatches(extensionPage: Page, write?: unknown[]): Promise<unknown[]> {
  return extensionPage.evaluate(
    (value) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('lob-instellingen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('items', value === undefined ? 'readonly' : 'readwrite');
          const items = tx.objectStore('items');
          const request =
            value === undefined ? items.get('teacherHostProfiles') : items.put({ key: 'teacherHostProfiles', value });
          let result: unknown[] = [];
          request.onsuccess = () => {
            const entry = request.result as { value?: unknown[] } | undefined;
            result = value === undefined ? (entry?.value ?? []) : (value as unknown[]);
          };
          tx.oncomplete = () => {
            db.close();
            resolve(result);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    write,
  );
}

function teacherPatches(extensionPage: Page): Promise<unknown[]> {
  return trustedPatches(extensionPage);
}

/** Writes the kept pages straight into the trusted store, and has the background read its settings again. */
async function setTeacherPatches(extensionPage: Page, patches: unknown[]): Promise<void> {
  await trustedPatches(extensionPage, patches);
  const answer = await extensionPage.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
      type: 'settings/save',
      settings: {},
    }),
  );
  expect(answer).toEqual({ ok: true, data: null });
}

describe('a school page cannot steer what the teacher teaches', () => {
  it('untrusted pointer moves and clicks from the page mark and pick nothing; the picker follows the blur', async () => {
    const page = await openLab(`decoy.html#/leerlingen/${SANNE.id}/kaart`);
    await startTeaching(page, school.session.extensionId);
    await teachButton(page, 'Leerlingkaart (één leerling)');
    await waitForUiElement(page, 'page-teacher', 'prompt-text', 'naam');
    // The teacher points at the name; the page answers every move with fake moves on its decoy.
    await page.locator('h1.leerling-naam').hover();
    await page.mouse.move(5, 5);
    await page.locator('h1.leerling-naam').hover();
    expect(await page.evaluate(() => (window as unknown as { __decoyEvents: number }).__decoyEvents)).toBeGreaterThan(0);
    await waitForUiElement(page, 'page-teacher', 'marked', `Gemarkeerd: ${SANNE.name}`);
    // With the blur on, the picker says no name either.
    const panel = await openPanelFor(page, school.session.extensionId);
    await panel.getByRole('button', { name: 'Verberg leerlinggegevens', pressed: false }).click();
    await waitForUiElement(page, 'page-teacher', 'marked', 'Gemarkeerd: Verborgen');
    expect(await pickerText(page)).not.toContain(SANNE.name);
    await panel.getByRole('button', { name: 'Verberg leerlinggegevens', pressed: true }).click();
    await waitForUiElement(page, 'page-teacher', 'marked', `Gemarkeerd: ${SANNE.name}`);
    await panel.close();
    // "Kies het gemarkeerde element": the page's fake click on its decoy picks nothing either.
    await teachButton(page, 'Kies het gemarkeerde element');
    await waitForUiElement(page, 'page-teacher', 'prompt-text', 'leerlingnummer');
    await waitForUiElement(page, 'page-teacher', 'muted', `Gekozen: ${SANNE.name}`);
    expect(await pickerText(page)).not.toContain('999999');
    await page.close();
  });

  it('a page routed by its query string cannot be taught: the route would capture every Magister page', async () => {
    const page = await school.session.context.newPage();
    await page.goto(`http://demo.magister.net:${school.server.port}/magister/?lab=query&pagina=leerling&id=${SANNE.id}`);
    await page.waitForFunction(() => Boolean(document.documentElement.dataset.labRendered));
    await teachRecord(page, page, 'h1.leerling-naam');
    await waitForUiElement(page, 'page-teacher', 'error', 'voor elke pagina van het schoolsysteem');
    expect((await uiHosts(page, 'page-teacher'))[0]?.find('primary')).toEqual([]);
    // Nothing was kept: the genuine Magister record keeps its card.
    await page.goto(school.urls.magisterRecord(SANNE.id));
    await waitForUiElement(page, 'student-card', 'prompt-text');
    await page.close();
  });

  it('at export the checks run again: a kept page whose route would capture every page is left out of the policy, with its reason', async () => {
    const options = await school.session.context.newPage();
    await options.goto(`chrome-extension://${school.session.extensionId}/options.html`);
    await options.getByText(/Nog geen eigen herkenning/).waitFor();
    // A page kept before these checks existed (written straight into the teacher's trusted store).
    const older = {
      id: 'magister',
      pages: { mentorList: { route: CAPTURING, root: 'main', rows: { row: 'tr', studentId: [{ selector: 'td.nr' }] } } },
    };
    await setTeacherPatches(options, [older]);
    await options.reload();
    await options.getByText(/^Niet in het beleid hieronder: Zo zou de herkenning gelden voor elke pagina/).waitFor();
    expect(await options.getByRole('textbox', { name: 'Beleid voor de ICT-beheerder (JSON)' }).inputValue()).not.toContain(
      'mentorList',
    );
    // Nor is it applied: the genuine Magister pages keep their card.
    const record = await school.session.context.newPage();
    await record.goto(school.urls.magisterRecord(SANNE.id));
    await waitForUiElement(record, 'student-card', 'prompt-text');
    await record.close();
    await setTeacherPatches(options, []);
    await options.close();
  });

  it('an average taken as the student id is refused before anything is saved', async () => {
    const page = await openLab('grades.html#/cijfers/4v.sk1/1');
    const row = page.locator('tr.rij').first();
    await startTeaching(page, school.session.extensionId);
    await teachButton(page, 'Cijfers invoeren (een lijst met rijen)');
    await point(row.locator('td.naam'));
    await point(row.locator('td.naam'));
    await point(row.locator('td.gem'));
    await point(row.locator('input.cijfer'));
    await waitForUiElement(page, 'page-teacher', 'error', 'is een cijfer of gemiddelde');
    expect((await uiHosts(page, 'page-teacher'))[0]?.find('primary')).toEqual([]);
    await page.close();
  });

  it('a name in a class, an aria-label, a data value or the address never reaches the saved or exported profile', async () => {
    const page = await openLab(`names-in-markup.html#/leerlingen/${SANNE.id}/sanne-de-vries/kaart`);
    await teachRecord(page, page, 'h1.leerling-naam');
    await checkOnNextStudentAndSave(page, () => page.getByRole('link', { name: 'Volgende leerling' }).click());
    await waitForUiElement(page, 'student-card', 'prompt-text');
    const { text, options } = await exportedPolicy(school.session);
    const policy = text.toLowerCase();
    const saved = JSON.stringify(await teacherPatches(options)).toLowerCase();
    expect(policy).toContain('studentrecord');
    expect(saved).toContain('studentrecord');
    for (const form of studentForms()) {
      expect(policy).not.toContain(form);
      expect(saved).not.toContain(form);
    }
    await options.close();
    await page.close();
  });
});

describe('teaching where the page renders: shadow roots, frames, div grids', () => {
  it('a record inside an open shadow root', async () => {
    const page = await openLab(`shadow.html#/leerlingen/${SANNE.id}/kaart`);
    await teachRecord(page, page, 'lab-leerlingkaart h2.naam');
    await waitForUiElement(page, 'page-teacher', 'found', `naam ${SANNE.name}, leerlingnummer ${SANNE.id}`);
    await checkOnNextStudentAndSave(page, () => page.locator('lab-leerlingkaart a.volgende').click());
    await waitForUiElement(page, 'student-card', 'prompt-text');
    expect((await uiHosts(page, 'student-card'))[0]?.student).toBe(new URL(page.url()).hash.split('/')[2]);
    await page.close();
  });

  it('a grade grid of div rows with ARIA roles: every row gets the number shown in it', async () => {
    const page = await openLab('aria-grid.html#/cijfers/4v.sk1/1');
    const rows = page.locator('[role="row"]:has([role="gridcell"])');
    const row = rows.nth(2);
    await startTeaching(page, school.session.extensionId);
    await teachButton(page, 'Cijfers invoeren (een lijst met rijen)');
    await point(row.locator('[role="gridcell"]').nth(2));
    await point(row.locator('[role="gridcell"]').nth(0));
    await point(row.locator('[role="gridcell"]').nth(1));
    await point(row.locator('input'));
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(6);
    await waitForUiElement(page, 'page-teacher', 'found', `${count} rijen`);
    await checkOnNextStudentAndSave(page, () =>
      page.evaluate(() => (location.hash = '#/cijfers/4v.sk1/2')).then(() => undefined),
    );
    const shown = await rows.evaluateAll((all) =>
      all.map((r) => r.querySelectorAll('[role="gridcell"]')[1]?.textContent?.trim() ?? ''),
    );
    await expect.poll(async () => (await uiHosts(page, 'grading-cue')).map((h) => h.student).sort()).toEqual([...shown].sort());
    expect(new Set(shown).size).toBe(count);
    await page.close();
  });

  it('a record inside a same-origin frame (a frame path in the taught profile)', async () => {
    const page = await openLab(`frame.html#/leerlingen/${SANNE.id}/kaart`);
    const frame = page.frameLocator('#weergave');
    await frame.locator('h1.leerling-naam').waitFor();
    await teachRecord(page, frame, 'h1.leerling-naam');
    await waitForUiElement(page, 'page-teacher', 'found', `naam ${SANNE.name}, leerlingnummer ${SANNE.id}`);
    await checkOnNextStudentAndSave(page, () => frame.locator('a.volgende').click());
    await waitForUiElement(page, 'student-card', 'prompt-text');
    const { text, options } = await exportedPolicy(school.session);
    const { hostProfiles } = JSON.parse(text) as { hostProfiles: string[] };
    expect(hostProfiles.join('\n')).toContain('"frame"');
    await options.close();
    await page.close();
  });

  it('the exported policy, in a real Chromium policy file, restores the frame record and the div grid in a fresh profile', async () => {
    const { text, options } = await exportedPolicy(school.session);
    await options.close();
    const { hostProfiles } = JSON.parse(text) as { hostProfiles: string[] };
    writeHostProfilesPolicy(POLICY_FILE, hostProfiles);
    const fresh = await launch();
    try {
      expect(fresh.extensionId).toBe(loadedExtensionId());
      const page = await fresh.context.newPage();
      await page.goto(lab(`frame.html#/leerlingen/${SANNE.id}/kaart`));
      await waitForUiElement(page, 'student-card', 'prompt-text');
      expect((await uiHosts(page, 'student-card'))[0]?.student).toBe(SANNE.id);
      await page.goto(lab('aria-grid.html#/cijfers/4v.sk1/1'));
      await waitForUiElement(page, 'grading-cue', 'cue');
    } finally {
      rmSync(POLICY_FILE, { force: true });
      await fresh.close();
      removeProfile(fresh.userDataDir);
    }
  });
});
