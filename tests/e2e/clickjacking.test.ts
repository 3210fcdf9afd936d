import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ATTACKS, type Attack, hostileCover, NOT_SEEN, offeredQuestion } from '../support/clickjacking';
import { readStore } from '../support/database';
import { SANNE } from '../support/demo';
import { openPanelFor, waitForDemoRender } from '../support/page';
import {
  centreOf,
  clickUiControl,
  controlCentre,
  focusUiControl,
  uiHosts,
  waitForUiControl,
  waitForUiElement,
} from '../support/pierce';
import { useDemoSchool } from '../support/school';

/**
 * Clickjacking (#31): the school page's own script makes our in-page UI invisible, shrinks it or lays
 * something over it, with its own "Opslaan" under the teacher's pointer. The teacher's real clicks on
 * our "Je doet het al" moment then write nothing; the side panel offers the moment to confirm.
 */
const school = useDemoSchool();

const MOMENT = { feature: 'grading-popover', role: 'button', name: 'Compliment gegeven' } as const;

const opened: Page[] = [];
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close();
});

async function moments(): Promise<Record<string, unknown>[]> {
  const ext = await school.session.context.newPage();
  opened.push(ext);
  await ext.goto(`chrome-extension://${school.session.extensionId}/options.html`);
  return readStore(ext, 'moments');
}

/** The grade grid with the first row's cue opened by the teacher; its moment shown long enough to count. */
async function openCue(): Promise<{ page: Page; id: string; name: string; at: { x: number; y: number } }> {
  const page = await school.session.context.newPage();
  opened.push(page);
  await page.goto(school.urls.magisterGrades());
  await waitForDemoRender(page);
  const id = (await page.locator('tr.k-master-row').first().getAttribute('data-leerling-id')) ?? '';
  await clickUiControl(page, { feature: 'grading-cue', student: id, role: 'button', name: /^LOB-vraag bij / });
  const at = await controlCentre(page, MOMENT);
  const [popover] = await uiHosts(page, 'grading-popover');
  const name = /LOB-vraag bij ([^\n]+)/.exec(popover?.text ?? '')?.[1]?.trim() ?? '';
  expect(name).not.toBe('');
  return { page, id, name, at };
}

async function attack(page: Page, kind: Attack, at: { x: number; y: number }): Promise<void> {
  await page.evaluate(hostileCover, { kind, at });
}

/** The popover's moment button drawn now (after the attack moved or shrank it). */
async function momentNow(page: Page): Promise<{ x: number; y: number }> {
  return centreOf(page, await waitForUiControl(page, MOMENT), MOMENT);
}

describe('clicks count only when our UI was really seen', () => {
  it('on an honest page one real click logs the moment', async () => {
    const before = await moments();
    const { page, id } = await openCue();
    await clickUiControl(page, MOMENT);
    await waitForUiElement(page, 'grading-popover', 'status', 'Genoteerd: Compliment gegeven');
    const added = (await moments()).filter((m) => !before.some((b) => b.id === m.id));
    expect(added).toHaveLength(1);
    expect(added[0]?.type).toBe('compliment-gegeven');
    expect(String(added[0]?.studentKey)).toContain(id);
  });

  it.each(ATTACKS)(
    '%s: two real clicks on the hidden moment write nothing; the panel offers it, "Ja" writes it once',
    async (kind) => {
      const before = await moments();
      const { page, id, name, at } = await openCue();
      await attack(page, kind, at);
      const target = await momentNow(page);
      await page.mouse.click(target.x, target.y);
      await waitForUiElement(page, 'grading-popover', 'status', NOT_SEEN);
      await page.mouse.click(target.x, target.y);
      expect(await moments()).toEqual(before);

      const panel = await openPanelFor(page, school.session.extensionId);
      opened.push(panel);
      // Shrunk to 1 %, the button under the pointer may be the moment beside it: whichever it was is offered.
      const question = offeredQuestion(name);
      const offered = panel.getByText(question);
      await offered.waitFor();
      // One suggestion for the two presses.
      expect(await offered.count()).toBe(1);
      const moment = question.exec(await offered.innerText())?.[1];
      if (kind !== 'scale') expect(moment).toBe('Compliment gegeven');
      expect(await moments()).toEqual(before);
      await panel.getByRole('button', { name: `Ja — Bevestig: ${moment} voor ${name}?` }).click();
      await offered.waitFor({ state: 'detached' });
      const added = (await moments()).filter((m) => !before.some((b) => b.id === m.id));
      expect(added).toHaveLength(1);
      expect(String(added[0]?.studentKey)).toContain(id);
    },
  );

  it('Enter on the focused moment while the page hides it writes nothing; "Nee" in the panel drops it', async () => {
    const before = await moments();
    const { page, name, at } = await openCue();
    await attack(page, 'opacity', at);
    await focusUiControl(page, MOMENT);
    await page.keyboard.press('Enter');
    await waitForUiElement(page, 'grading-popover', 'status', NOT_SEEN);
    expect(await moments()).toEqual(before);
    const panel = await openPanelFor(page, school.session.extensionId);
    opened.push(panel);
    const question = `Bevestig: Compliment gegeven voor ${name}?`;
    await panel.getByRole('button', { name: `Nee — ${question}` }).click();
    await panel.getByText(question, { exact: true }).waitFor({ state: 'detached' });
    expect(await moments()).toEqual(before);
  });
});

describe('a hidden "Klopt" keeps nothing', () => {
  it('recognition by meaning: two real clicks on the proposal made invisible give no card and say so', async () => {
    const page = await school.session.context.newPage();
    opened.push(page);
    await page.goto(school.urls.magisterMxRecord(SANNE.id));
    await waitForDemoRender(page);
    const KLOPT = { feature: 'meaning-proposal', role: 'button', name: /^Klopt/ } as const;
    const at = await controlCentre(page, KLOPT);
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('[data-lob-ui="meaning-proposal"]')?.style.setProperty('opacity', '0', 'important');
    });
    await page.mouse.click(at.x, at.y);
    await page.mouse.click(at.x, at.y);
    await waitForUiElement(page, 'meaning-proposal', 'status', /niet goed zichtbaar/);
    expect(await uiHosts(page, 'student-card')).toEqual([]);
  });
});
