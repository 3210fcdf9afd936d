import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launch, newProfileDir, removeProfile, type Session } from '../support/chromium';
import { dump, readStore } from '../support/database';
import { type DemoServer, demoUrls, SANNE, startDemoServer } from '../support/demo';
import { exportFileText } from '../support/export-file';
import { openPanelFor, uiRoots, waitForDemoRender } from '../support/page';
import { waitForUiElement } from '../support/pierce';

/** The teacher's data: private, kept across restarts and worker stops, exportable, erasable, importable. */

const DB_NAME = 'lob-naast-de-leerling';
/** The database schema version every export carries (lib/db/database.ts SCHEMA_VERSION). */
const SCHEMA_VERSION = 6;

let server: DemoServer;
let urls: ReturnType<typeof demoUrls>;
let session: Session;

beforeAll(async () => {
  server = await startDemoServer();
  urls = demoUrls(server.port, '0');
  session = await launch();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
  if (session) removeProfile(session.userDataDir);
});

async function openRecord(s: Session, url = urls.magisterRecord(SANNE.id)): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(url);
  await waitForDemoRender(page);
  await uiRoots(page, 'student-card').waitFor();
  return page;
}

/** Saves a note in the side panel and waits until the panel's timeline shows it. */
async function saveNote(panel: Page, text: string): Promise<void> {
  await panel.getByRole('textbox', { name: 'Notitie' }).fill(text);
  await panel.getByRole('button', { name: 'Gesprek afronden' }).click();
  await panel.locator('.timeline').getByText(text, { exact: true }).waitFor();
}

async function openOptions(s: Session): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Gegevens' }).waitFor();
  return page;
}

/**
 * The extension's service worker seen through CDP from an extension page (Playwright does not report a
 * restarted extension worker): `stop()` stops it and waits until it has stopped; `started()` resolves
 * when it runs again.
 */
async function serviceWorkerControl(extensionPage: Page, extensionId: string) {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  const ours = `chrome-extension://${extensionId}/`;
  const waiters: { status: string; resolve: () => void }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(ours)) continue;
      for (const w of waiters.filter((x) => x.status === v.runningStatus)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const next = (status: 'stopped' | 'running') => new Promise<void>((resolve) => waiters.push({ status, resolve }));
  await cdp.send('ServiceWorker.enable');
  return {
    async stop() {
      const stopped = next('stopped');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
    },
    started: () => next('running'),
    detach: () => cdp.detach(),
  };
}

/** A valid export file with one row in every table, for a student the panel never saw. */
function sampleExport(): string {
  const key = 'demo.magister.net|48299';
  const at = '2026-03-02T10:15:00.000Z';
  return JSON.stringify({
    format: DB_NAME,
    schemaVersion: 2,
    exportedAt: at,
    students: [{ key, host: 'demo.magister.net', sisId: '48299', name: 'Fenna Jansen', klas: '4H2', updatedAt: at }],
    notes: [
      {
        id: 'n-fenna-1',
        studentKey: key,
        date: at,
        context: 'mentorgesprek',
        competences: ['motieven', 'netwerken'],
        promptIds: [],
        text: 'Fenna wil weten hoe het is om verpleegkundige te zijn.',
        studentWords: 'Ik wil mensen helpen.',
        nextStep: 'Fenna vraagt haar tante naar haar werk.',
        updatedAt: at,
      },
    ],
    afspraken: [
      {
        id: 'a-fenna-1',
        studentKey: key,
        what: 'Tante interviewen',
        who: 'Fenna',
        due: '2026-03-16',
        done: false,
        createdAt: at,
        noteId: 'n-fenna-1',
      },
    ],
    moments: [{ id: 'm-fenna-1', studentKey: key, type: 'compliment', date: at, subject: 'biologie' }],
    referrals: [{ id: 'r-fenna-1', studentKey: key, role: 'decaan', date: at, noteId: 'n-fenna-1' }],
  });
}

describe('notes stay', () => {
  it('keeps a note saved in the side panel after the browser is closed and reopened', async () => {
    const profile = newProfileDir();
    const text = `Sanne wil na de zomer een snuffelstage bij de dierenarts (${Date.now()}).`;
    let browser = await launch({ userDataDir: profile });
    try {
      const host = await openRecord(browser);
      const panel = await openPanelFor(host, browser.extensionId);
      await saveNote(panel, text);
      const before = await readStore(panel, 'notes');
      await browser.close();

      browser = await launch({ userDataDir: profile });
      const again = await openRecord(browser);
      const panel2 = await openPanelFor(again, browser.extensionId);
      await panel2.locator('.timeline').getByText(text, { exact: true }).waitFor();
      expect(await readStore(panel2, 'notes')).toEqual(before);
    } finally {
      await browser.close();
      removeProfile(profile);
    }
  });

  it('loses nothing when the service worker is stopped between two saves', async () => {
    const host = await openRecord(session);
    const panel = await openPanelFor(host, session.extensionId);
    const first = `Eerste notitie voor de stop (${Date.now()}).`;
    const second = `Tweede notitie na de stop (${Date.now()}).`;
    await saveNote(panel, first);

    const worker = await serviceWorkerControl(panel, session.extensionId);
    await worker.stop();
    const restarted = worker.started();
    await saveNote(panel, second); // the message wakes the worker again
    await restarted;
    await worker.detach();

    const texts = (await readStore(panel, 'notes')).map((n) => n.text);
    expect(texts).toEqual(expect.arrayContaining([first, second]));
    const timeline = panel.locator('.timeline');
    await expect(timeline.getByText(first, { exact: true }).count()).resolves.toBe(1);
    await expect(timeline.getByText(second, { exact: true }).count()).resolves.toBe(1);
    await panel.close();
    await host.close();
  });
});

describe('the school website cannot read the notes', () => {
  it('a hostile script on the host page finds no database and no note text', async () => {
    const marker = `GEHEIM-${crypto.randomUUID()}`;
    const hostileUrl = `http://demo.magister.net:${server.port}/magister/?delay=0&hostile=1#/leerlingen/${SANNE.id}/kaart`;
    const host = await openRecord(session, hostileUrl);
    expect(await host.evaluate(() => typeof (window as unknown as { __hostile?: unknown }).__hostile)).toBe('object');
    const panel = await openPanelFor(host, session.extensionId);
    await panel.getByRole('textbox', { name: 'Woorden van de leerling' }).fill(`Woorden ${marker}`);
    await panel.getByRole('textbox', { name: 'Vervolgstap (wie doet wat?)' }).fill(`Stap ${marker}`);
    await saveNote(panel, `Notitie ${marker}`);
    const stored = await readStore(panel, 'notes');
    expect(JSON.stringify(stored)).toContain(marker);
    // Give the page's card every chance to show something: a reload after the save.
    await host.reload();
    await waitForDemoRender(host);
    await waitForUiElement(host, 'student-card', 'prompt-text');

    // Control: the school site's own database and storage, which the scan must find (it does look).
    const control = `SCHOOL-${crypto.randomUUID()}`;
    await host.evaluate(
      (text) =>
        new Promise<void>((resolve, reject) => {
          sessionStorage.setItem('school', text);
          const open = indexedDB.open('schoolapp-cache', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('rows', { autoIncrement: true });
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('rows', 'readwrite');
            tx.objectStore('rows').add({ text });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      control,
    );

    type Findings = {
      databases: { name: string }[];
      guessed: { name: string; found: boolean }[];
      shadowText: string;
      lobHosts: number;
      openLobRoots: number;
      extensionApi: boolean;
    };
    const findings = await host.evaluate(() =>
      (window as unknown as { __hostile: { scan(): Promise<Findings> } }).__hostile.scan(),
    );
    expect(findings.databases.map((d) => d.name)).toContain('schoolapp-cache');
    expect(JSON.stringify(findings.databases)).toContain(control);
    expect(JSON.stringify(findings)).toContain(`"school":"${control}"`);
    // The page can list and open its own origin's databases only: ours is not among them.
    expect(findings.databases.map((d) => d.name)).not.toContain(DB_NAME);
    expect(findings.guessed.every((g) => !g.found)).toBe(true);
    expect(findings.extensionApi).toBe(false);
    // The scan finds our host element but cannot open its (closed) shadow root, even with
    // `attachShadow` patched: the root is made in the content script's own world.
    expect(findings.lobHosts).toBeGreaterThan(0);
    expect(findings.openLobRoots).toBe(0);
    expect(findings.shadowText).not.toContain(SANNE.name);
    expect(JSON.stringify(findings)).not.toContain(marker);
    // The guesses left no empty database behind.
    const names = await host.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).not.toContain(DB_NAME);
    await panel.close();
    await host.close();
  });
});

describe('options page: Gegevens', () => {
  it('refuses malformed import files with a clear message and changes nothing', async () => {
    const options = await openOptions(session);
    const before = await dump(options);
    expect(before.notes?.length).toBeGreaterThan(0);
    const input = options.getByLabel('Importeren', { exact: true });
    const alert = options.getByRole('region', { name: 'Gegevens' }).getByRole('alert');
    const files: [string, string, string][] = [
      ['kapot.json', '{"format": "lob-naast-de-leerling", "notes": [', 'Het bestand is beschadigd: ongeldige JSON.'],
      [
        'ander.json',
        JSON.stringify({ format: 'iets-anders', notes: [] }),
        'Dit bestand is geen export van LOB naast de leerling.',
      ],
      ['vijandig.json', sampleExport().replace('"students":[', '"__proto__":{"polluted":true},"students":['), 'verboden velden'],
      [
        'half-fout.json',
        sampleExport().replace('"type":"compliment"', '"type":""'),
        'Moment 1 klopt niet (veld "type"): de tekst is leeg of te kort.',
      ],
    ];
    for (const [name, text, message] of files) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await alert.filter({ hasText: message }).waitFor();
      expect(await alert.textContent()).toMatch(/^Niet ingelezen\. .*(niets veranderd|niet veranderd)/);
      expect(await dump(options)).toEqual(before);
    }
    expect(await options.evaluate(() => ({}) as Record<string, unknown>)).toEqual({});
    expect(await options.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
    await options.close();
  });

  it('export → Alles wissen → import gives back the same data; one student can be exported and erased', async () => {
    const options = await openOptions(session);
    const input = options.getByLabel('Importeren', { exact: true });
    // Rows in every table: a valid file for another student first.
    await input.setInputFiles({ name: 'fenna.json', mimeType: 'application/json', buffer: Buffer.from(sampleExport()) });
    await options.getByRole('button', { name: 'Ja, inlezen' }).click();
    await options
      .getByRole('status')
      .filter({ hasText: 'Ingelezen: 5 nieuw, 0 bijgewerkt, 0 ouder dan wat je hebt en overgeslagen.' })
      .waitFor();
    const before = await dump(options);
    for (const store of ['students', 'notes', 'afspraken', 'moments', 'referrals'])
      expect(before[store]?.length).toBeGreaterThan(0);

    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Exporteren', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^lob-export-\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toMatchObject({ format: DB_NAME, schemaVersion: SCHEMA_VERSION });
    expect(file.notes).toHaveLength(before.notes?.length ?? -1);

    await options.getByRole('button', { name: 'Alles wissen' }).click();
    await options.getByRole('button', { name: 'Ja, alles wissen' }).click();
    await options.getByRole('status').filter({ hasText: 'Alles gewist' }).waitFor();
    const erased = await dump(options);
    for (const store of ['students', 'notes', 'afspraken', 'moments', 'referrals']) expect(erased[store]).toEqual([]);

    await input.setInputFiles(path);
    await options.getByRole('button', { name: 'Ja, inlezen' }).click();
    await options.getByRole('status').filter({ hasText: 'Ingelezen:' }).waitFor();
    expect(await dump(options)).toEqual(before);

    // Inzage and erasure for one student: Fenna's file holds only her rows; erasing her keeps the rest.
    const picker = options.getByLabel('Leerling', { exact: true });
    await picker.selectOption({ label: 'Fenna Jansen · 4H2' });
    const one = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Exporteer één leerling' }).click();
    const oneFile = JSON.parse(readFileSync(await (await one).path(), 'utf8'));
    expect(oneFile.students.map((s: { name: string }) => s.name)).toEqual(['Fenna Jansen']);
    expect(oneFile.notes.map((n: { id: string }) => n.id)).toEqual(['n-fenna-1']);
    expect(oneFile.referrals).toHaveLength(1);

    await options.getByRole('button', { name: 'Wis deze leerling' }).click();
    await options.getByRole('button', { name: 'Ja, wis deze leerling' }).click();
    await options.getByRole('status').filter({ hasText: 'Gewist: Fenna Jansen' }).waitFor();
    const after = await dump(options);
    expect(after.students?.map((s) => s.key)).not.toContain('demo.magister.net|48299');
    expect(after.notes).toEqual(before.notes?.filter((n) => n.studentKey !== 'demo.magister.net|48299'));
    expect(after.moments).toEqual([]);
    await options.close();
  });

  it('importing an older backup shows what it would do first, then keeps the newer notes', async () => {
    const options = await openOptions(session);
    const input = options.getByLabel('Importeren', { exact: true });
    const key = 'demo.magister.net|48300';
    const monday = '2026-03-02T10:15:00.000Z';
    const tuesday = '2026-03-03T16:40:00.000Z';
    const student = (name: string, updatedAt: string) => ({ key, host: 'demo.magister.net', sisId: '48300', name, updatedAt });
    const note = (id: string, text: string, updatedAt: string, studentKey = key) => ({
      id,
      studentKey,
      date: monday,
      competences: ['kwaliteiten'],
      promptIds: [],
      text,
      updatedAt,
    });
    const file = (over: Record<string, unknown>) =>
      Buffer.from(exportFileText({ schemaVersion: SCHEMA_VERSION, exportedAt: tuesday, ...over }));
    // This computer: Daan's note as completed on Tuesday.
    await input.setInputFiles({
      name: 'dinsdag.json',
      mimeType: 'application/json',
      buffer: file({
        students: [student('Daan de Boer', tuesday)],
        notes: [note('n-daan-1', 'Daan: aangevuld op dinsdag', tuesday)],
      }),
    });
    await options.getByRole('button', { name: 'Ja, inlezen' }).click();
    await options.getByRole('status').filter({ hasText: 'Ingelezen: 2 nieuw' }).waitFor();
    const fennaNote = (await dump(options)).notes?.find((n) => n.studentKey !== key);
    expect(fennaNote).toBeDefined();

    // Monday's backup: the older version of that note, one note written that day only, and a
    // note whose id is another student's.
    const backup = file({
      students: [student('Daan', monday)],
      notes: [
        note('n-daan-1', 'Daan: maandag', monday),
        note('n-daan-2', 'Daan wil stage lopen bij de brandweer', monday),
        note(String(fennaNote?.id), 'Onder Daan geschoven', tuesday),
      ],
    });
    const before = await dump(options);
    await input.setInputFiles({ name: 'maandag.json', mimeType: 'application/json', buffer: backup });
    const question = options.getByRole('group', {
      name: 'In maandag.json: 1 nieuw, 0 bijgewerkt, 2 ouder dan wat je hebt en overgeslagen, 1 geweigerd omdat ze bij een andere leerling horen. Nu inlezen?',
    });
    await question.waitFor();
    // Nothing is written before the teacher confirms; "Annuleren" keeps it so.
    expect(await dump(options)).toEqual(before);
    await question.getByRole('button', { name: 'Annuleren' }).click();
    await options.getByRole('status').filter({ hasText: 'Niet ingelezen. Je gegevens zijn niet veranderd.' }).waitFor();
    expect(await dump(options)).toEqual(before);

    await input.setInputFiles({ name: 'maandag.json', mimeType: 'application/json', buffer: backup });
    await question.getByRole('button', { name: 'Ja, inlezen' }).click();
    await options
      .getByRole('status')
      .filter({
        hasText:
          'Ingelezen: 1 nieuw, 0 bijgewerkt, 2 ouder dan wat je hebt en overgeslagen, 1 geweigerd omdat ze bij een andere leerling horen.',
      })
      .waitFor();
    const after = await dump(options);
    const notes = new Map(after.notes?.map((n) => [n.id, n]));
    expect(notes.get('n-daan-1')?.text).toBe('Daan: aangevuld op dinsdag');
    expect(notes.get('n-daan-2')?.text).toBe('Daan wil stage lopen bij de brandweer');
    expect(notes.get(String(fennaNote?.id))).toEqual(fennaNote);
    expect(after.students?.find((s) => s.key === key)?.name).toBe('Daan de Boer');
    await options.close();
  });

  it('a shorter retention period says how many notes would go and waits 7 days; longer applies at once', async () => {
    const options = await openOptions(session);
    const retention = options.getByRole('spinbutton', { name: 'Bewaartermijn van notities (dagen)' });
    await expect(retention.inputValue()).resolves.toBe('730');
    // The notes, afspraken, … (the retention job's own bookkeeping in `meta` may change).
    const data = async () => {
      const { meta: _bookkeeping, ...rows } = await dump(options);
      return rows;
    };
    const before = await data();
    const cutoff = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const going = (before.notes ?? []).filter((n) => String(n.date) < cutoff).length;
    expect(going).toBeGreaterThan(0);
    const question = options.getByRole('group', {
      name: `Dit verwijdert ${going} notities ouder dan 30 dagen. Dat gebeurt pas over 7 dagen; tot dan kun je het terugdraaien of eerst een export maken. Doorgaan?`,
    });

    await retention.fill('30');
    await retention.press('Enter');
    await question.getByRole('button', { name: 'Annuleren' }).click();
    await options.getByRole('status').filter({ hasText: 'De bewaartermijn is niet veranderd.' }).waitFor();
    await expect(retention.inputValue()).resolves.toBe('730');

    await retention.fill('30');
    await retention.press('Enter');
    await question.getByRole('button', { name: 'Ja, korter bewaren' }).click();
    await options.getByRole('status').filter({ hasText: 'De kortere bewaartermijn gaat in op' }).waitFor();
    await options.getByText(/^Vanaf .+ geldt de kortere bewaartermijn van 30 dagen; tot dan blijft 2 jaar gelden\.$/).waitFor();
    await options.getByText('Notities ouder dan 2 jaar worden automatisch verwijderd.').waitFor();
    expect(await data()).toEqual(before);

    // Back to two years: longer applies at once, nothing waits any more.
    await retention.fill('730');
    await retention.press('Enter');
    await options.getByText(/geldt de kortere bewaartermijn/).waitFor({ state: 'detached' });
    expect(await data()).toEqual(before);
    await options.close();
  });

  it('has no serious accessibility violations and the erase confirmation works by keyboard', async () => {
    const options = await openOptions(session);
    await options.getByText('Notities ouder dan 2 jaar worden automatisch verwijderd.').waitFor();
    // The browser was asked to keep the data; its answer is shown.
    await options.getByText(/^(Opslag is blijvend|De browser mag deze gegevens opruimen bij ruimtegebrek)/).waitFor();
    expect(await seriousViolations(options, false)).toEqual([]);

    const eraseAll = options.getByRole('button', { name: 'Alles wissen' });
    await eraseAll.focus();
    await options.keyboard.press('Enter');
    // The question takes focus to "Annuleren"; Escape closes it and returns focus to the button.
    await options.waitForFunction(() => document.activeElement?.textContent === 'Annuleren');
    await options.getByRole('button', { name: 'Ja, alles wissen' }).waitFor();
    expect(await seriousViolations(options, false)).toEqual([]);
    const kept = await dump(options);
    await options.keyboard.press('Escape');
    await options.waitForFunction(() => document.activeElement?.textContent === 'Alles wissen');
    await options.getByRole('status').filter({ hasText: 'Niets gewist.' }).waitFor();
    expect(await dump(options)).toEqual(kept);
    await options.close();
  });
});

describe('options page: a database that does not open', () => {
  it('keeps the data and offers "Exporteer ruwe gegevens" with every stored row', async () => {
    // Dexie opens with a version and keeps the data when that open fails (a failed migration; unit
    // test tests/unit/db-raw-export.test.ts). Here the options page's versioned open fails the same
    // way; the raw export opens without a version and reads what is on disk.
    const profile = newProfileDir();
    const browser = await launch({ userDataDir: profile });
    try {
      const options = await openOptions(browser);
      const marker = `RUW-${crypto.randomUUID()}`;
      const row = { id: 'n-ruw', studentKey: 'demo.magister.net|1', text: marker };
      await options.evaluate(
        ({ name, row }) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open(name);
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction('notes', 'readwrite');
              tx.objectStore('notes').put(row);
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
            };
          }),
        { name: DB_NAME, row },
      );
      await options.addInitScript(() => {
        const open = IDBFactory.prototype.open;
        IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
          if (version === undefined) return open.call(this, name);
          throw new DOMException('Upgrade mislukt', 'AbortError');
        };
      });
      await options.reload();
      await options.getByRole('alert').filter({ hasText: 'De leerlingen konden niet geladen worden.' }).waitFor();
      await options.getByText(/^Je gegevens konden niet worden geopend.*Er is niets verwijderd\./).waitFor();
      const downloading = options.waitForEvent('download');
      await options.getByRole('button', { name: 'Exporteer ruwe gegevens' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^lob-export-\d{4}-\d{2}-\d{2}-ruw\.json$/);
      const raw = JSON.parse(readFileSync(await download.path(), 'utf8'));
      expect(raw).toMatchObject({
        format: 'lob-naast-de-leerling-ruw',
        database: DB_NAME,
        indexedDbVersion: SCHEMA_VERSION * 10,
      });
      expect(raw.stores.notes).toEqual([row]);
      expect(Object.keys(raw.stores)).toEqual([
        'afspraken',
        'aliases',
        'drafts',
        'facts',
        'handed',
        'meta',
        'moments',
        'notes',
        'referrals',
        'students',
      ]);
      await options.getByRole('status').filter({ hasText: 'Ruwe export gemaakt:' }).waitFor();
      // Nothing was deleted or recreated.
      expect(await readStore(options, 'notes')).toEqual([row]);
    } finally {
      await browser.close();
      removeProfile(profile);
    }
  });
});
