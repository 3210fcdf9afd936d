import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dump } from '../support/database';
import { DAAN, SANNE } from '../support/demo';
import { openPanelFor, uiRoots, waitForDemoRender } from '../support/page';
import { clickUiControl, uiHosts, waitForUiElement } from '../support/pierce';
import { useDemoSchool } from '../support/school';

/**
 * "Vijandige pagina": the school site's own script (demo/hostile/hostile.js, `?hostile=forge`) runs
 * first in the page, forges what we read and tries to read, click and stop what we render.
 */
const school = useDemoSchool();

interface Findings {
  domText: string;
  shadowText: string;
  observedText: string;
  messages: string[];
  lobHosts: number;
  openLobRoots: number;
}

interface Hostile {
  scan(): Promise<Findings>;
  attack: { clickOurs(): number; pressCueShortcut(): boolean; stopContentScript(extensionId: string): void };
}

const hostileUrl = (hash: string) => `http://demo.magister.net:${school.server.port}/magister/?delay=0&hostile=forge#${hash}`;

async function openHostile(hash: string): Promise<Page> {
  const page = await school.session.context.newPage();
  await page.goto(hostileUrl(hash));
  await waitForDemoRender(page);
  return page;
}

const scan = (page: Page) => page.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile.scan());

/** Everything the page's script could gather, as one text. */
const gathered = (f: Findings) => [f.domText, f.shadowText, f.observedText, ...f.messages].join('\n');

/** Every text inside our closed roots (read through the DevTools protocol). */
async function ourTexts(page: Page): Promise<string[]> {
  return (await uiHosts(page)).flatMap((h) => h.texts).map((text) => text.trim());
}

beforeAll(async () => {
  // The teacher's record: a note for Sanne, so her card has a last-contact date and the lens counts.
  const record = await school.session.context.newPage();
  await record.goto(school.urls.magisterRecord(SANNE.id));
  await uiRoots(record, 'student-card').waitFor();
  const panel = await openPanelFor(record, school.session.extensionId);
  await panel.getByRole('textbox', { name: 'Notitie' }).fill('Sanne wil de zorg in.');
  await panel.getByRole('checkbox', { name: /Motieven/ }).check();
  await panel.getByRole('button', { name: 'Gesprek afronden' }).click();
  await panel.locator('.timeline').getByText('Sanne wil de zorg in.', { exact: true }).waitFor();
  await panel.close();
  await record.close();
});

describe('vijandige pagina', () => {
  it('reads no date, count or name list of ours, also after forging ids and adding hidden rows', async () => {
    // The mentor list with 50 hidden rows and two swapped ids, forged before we saw the page.
    const list = await openHostile('/mentor/leerlingen');
    const title = await waitForUiElement(list, 'mentor-overview', 'title', /van \d+/);
    // We did read the forged rows (the count includes them)…
    expect(Number(/van (\d+)/.exec(title.text)?.[1])).toBeGreaterThan(50);
    const listFindings = await scan(list);
    // …but the page reads nothing of what we made of them.
    expect(listFindings.lobHosts).toBeGreaterThan(0);
    expect(listFindings.openLobRoots).toBe(0);
    expect(listFindings.shadowText).toBe('');
    expect(gathered(listFindings)).not.toContain(title.text);
    expect(gathered(listFindings)).not.toContain('loopbaanmoment');
    // WXT's page-visible "content script started" announcement is switched off.
    expect(listFindings.messages.join('\n')).not.toContain('content-script-started');

    // The record: the card's last-contact date and lens counts (derived from the note) stay inside.
    const record = await openHostile(`/leerlingen/${SANNE.id}/kaart`);
    const lastContact = await waitForUiElement(record, 'student-card', 'last-contact', 'Laatste loopbaanmoment:');
    const recordFindings = await scan(record);
    expect(recordFindings.openLobRoots).toBe(0);
    const text = gathered(recordFindings);
    expect(text).not.toContain(lastContact.text);
    const pageOwn = new Set([SANNE.name]);
    const leaked = (await ourTexts(record)).filter((line) => line.length >= 4 && !pageOwn.has(line) && text.includes(line));
    expect(leaked).toEqual([]);
    await list.close();
    await record.close();
  });

  it('measures the same boxes of ours whatever the notes: the card of a student with and one without, the overview before and after a note', async () => {
    // What the page's own script can measure of our host: its box and the size of what it holds.
    const measure = (page: Page, feature: string) =>
      page.evaluate((f) => {
        const host = document.querySelector<HTMLElement>(`lob-ui[data-lob-ui="${f}"]`);
        const r = host?.getBoundingClientRect();
        return host && r
          ? { width: r.width, height: r.height, scrollWidth: host.scrollWidth, scrollHeight: host.scrollHeight }
          : null;
      }, feature);
    const cardOf = async (id: string, lastContact: string) => {
      const page = await school.session.context.newPage();
      await page.goto(school.urls.magisterRecord(id));
      await waitForUiElement(page, 'student-card', 'last-contact', lastContact);
      const box = await measure(page, 'student-card');
      await page.close();
      return box;
    };
    const withNotes = await cardOf(SANNE.id, 'Laatste loopbaanmoment:');
    expect(withNotes?.height).toBeGreaterThan(0);
    expect(await cardOf(DAAN.id, 'Nog geen loopbaanmoment genoteerd')).toEqual(withNotes);

    const overview = async () => {
      const list = await school.session.context.newPage();
      await list.goto(school.urls.magisterPath('/mentor/leerlingen'));
      const title = await waitForUiElement(list, 'mentor-overview', 'title', /van \d+/);
      const box = await measure(list, 'mentor-overview');
      await list.close();
      return { title: title.text, box };
    };
    const before = await overview();
    // A note for Daan: the overview's count and names change, its box does not.
    const record = await school.session.context.newPage();
    await record.goto(school.urls.magisterRecord(DAAN.id));
    await uiRoots(record, 'student-card').waitFor();
    const panel = await openPanelFor(record, school.session.extensionId);
    await panel.getByRole('textbox', { name: 'Notitie' }).fill('Daan wil de bouw in.');
    await panel.getByRole('button', { name: 'Gesprek afronden' }).click();
    await panel.locator('.timeline').getByText('Daan wil de bouw in.', { exact: true }).waitFor();
    await panel.close();
    await record.close();
    const after = await overview();
    expect(after.title).not.toBe(before.title);
    expect(after.box).toEqual(before.box);
  });

  it('its scripted clicks and forged shortcut create nothing; it cannot stop us; the teacher still can', async () => {
    const grades = await openHostile('/cijfers/invoeren/4v.sk1/1');
    const firstRow = grades.locator('tr.k-master-row').first();
    const id = (await firstRow.getAttribute('data-leerling-id')) ?? '';
    await waitForUiElement(grades, 'grading-cue', 'cue');
    const ext = await school.session.context.newPage();
    await ext.goto(`chrome-extension://${school.session.extensionId}/options.html`);
    const before = await dump(ext);

    await firstRow.locator('.cijfer-text-input').focus();
    const attempts = await grades.evaluate(() => {
      const { attack } = (window as unknown as { __hostile: Hostile }).__hostile;
      attack.pressCueShortcut();
      return attack.clickOurs();
    });
    expect(attempts).toBeGreaterThan(0);
    // Our handlers run synchronously: had any acted, a popover would be open now.
    expect(await uiHosts(grades, 'grading-popover')).toEqual([]);
    await grades.evaluate(
      (extensionId) => (window as unknown as { __hostile: Hostile }).__hostile.attack.stopContentScript(extensionId),
      school.session.extensionId,
    );

    // The teacher, with real clicks: the cue still opens and logs a moment.
    await clickUiControl(grades, { feature: 'grading-cue', student: id, role: 'button', name: /^LOB-vraag bij / });
    await clickUiControl(grades, { feature: 'grading-popover', role: 'button', name: 'Compliment gegeven' });
    await waitForUiElement(grades, 'grading-popover', 'status', 'Genoteerd');
    const after = await dump(ext);
    // Exactly the teacher's one moment was added; nothing else changed.
    expect(after.moments?.length).toBe((before.moments?.length ?? 0) + 1);
    // The retention job's own bookkeeping (its last run, the period in force) may land at any moment.
    const records = (db: typeof before) => ({
      ...db,
      moments: [],
      students: [],
      meta: (db.meta ?? []).filter((m) => !String(m.key).startsWith('retention')),
    });
    expect(records(after)).toEqual(records(before));

    // The content script still follows the page after the forged "stop".
    await grades.evaluate((sid) => {
      location.hash = `#/leerlingen/${sid}/kaart`;
    }, SANNE.id);
    await waitForUiElement(grades, 'student-card', 'prompt-text');
    await ext.close();
    await grades.close();
  });
});
