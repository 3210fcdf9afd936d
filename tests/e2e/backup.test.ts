import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, removeProfile } from '../support/chromium';
import { readStore } from '../support/database';
import { DAAN, type DemoServer, demoUrls, SANNE, startDemoServer } from '../support/demo';
import { openPanelFor, uiRoots, waitForDemoRender } from '../support/page';

/**
 * "Alles meenemen naar een andere computer" (issue #33) in the shipped build: an encrypted backup made
 * in one fresh browser profile (a finished conversation with Sanne, a draft for Daan) and restored in
 * another, after its preview and the passphrase, brings back every note and draft; a wrong passphrase
 * brings back nothing.
 */

let server: DemoServer;
let urls: ReturnType<typeof demoUrls>;
const PASS = 'paarse-giraf-fietst-naar-school';

beforeAll(async () => {
  server = await startDemoServer();
  urls = demoUrls(server.port, '0');
});
afterAll(async () => {
  await server?.close();
});

describe('an encrypted backup to another computer', () => {
  it('made in one profile and restored in another brings back every note and draft', async () => {
    const laptop = await launch();
    const record = async (id: string) => {
      const page = await laptop.context.newPage();
      await page.goto(urls.magisterRecord(id));
      await waitForDemoRender(page);
      await uiRoots(page, 'student-card').waitFor();
      return openPanelFor(page, laptop.extensionId);
    };
    const sanne = await record(SANNE.id);
    await sanne.getByRole('textbox', { name: 'Notitie' }).fill('Sanne wil de zorg in.');
    await sanne.getByRole('button', { name: 'Gesprek afronden' }).click();
    await sanne.getByRole('status').filter({ hasText: 'Gesprek afgerond' }).waitFor();
    const daan = await record(DAAN.id);
    await daan.getByRole('textbox', { name: 'Notitie' }).fill('Daan twijfelt nog, half af.');
    await daan.getByRole('status').filter({ hasText: 'Concept bewaard om' }).waitFor();

    const options = await laptop.context.newPage();
    await options.goto(`chrome-extension://${laptop.extensionId}/options.html`);
    await options.getByLabel('Wachtwoord voor de back-up').fill(PASS);
    await options.getByLabel('Herhaal het wachtwoord', { exact: true }).fill(PASS);
    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Versleutelde back-up maken' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^lob-back-up-\d{4}-\d{2}-\d{2}\.versleuteld\.txt$/);
    // The download goes with the browser profile: keep its bytes (the USB stick).
    const file = { name: download.suggestedFilename(), mimeType: 'text/plain', buffer: readFileSync(await download.path()) };
    const before = { notes: await readStore(options, 'notes'), drafts: await readStore(options, 'drafts') };
    expect(before.drafts).toHaveLength(1);
    await laptop.close();
    removeProfile(laptop.userDataDir);

    const desktop = await launch();
    const restore = await desktop.context.newPage();
    await restore.goto(`chrome-extension://${desktop.extensionId}/options.html`);
    await restore.getByLabel('Kies een versleutelde back-up').setInputFiles(file);
    await restore.getByText(/2 leerlingen, 1 notities, 0 afspraken, 1 concepten/).waitFor();
    await restore.getByLabel('Wachtwoord van de back-up').fill('niet-het-goede-wachtwoord');
    await restore.getByRole('button', { name: 'Openen en controleren' }).click();
    await restore.getByText('Het wachtwoord klopt niet. Er is niets ingelezen; probeer het opnieuw.').waitFor();
    expect(await readStore(restore, 'notes')).toEqual([]);
    await restore.getByLabel('Wachtwoord van de back-up').fill(PASS);
    await restore.getByRole('button', { name: 'Openen en controleren' }).click();
    await restore.getByRole('button', { name: 'Ja, inlezen' }).click();
    await restore.getByText(/^Ingelezen:/).waitFor();
    expect({ notes: await readStore(restore, 'notes'), drafts: await readStore(restore, 'drafts') }).toEqual(before);
    await desktop.close();
    removeProfile(desktop.userDataDir);
  });
});
