import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DOCENT_GRID, expectCuesOnRowsInView } from '../support/cues';
import { readStore } from '../support/database';
import { MOHAMMED } from '../support/demo';
import { collectConsoleErrors, openPanelFor, uiRoots, waitForDemoRender } from '../support/page';
import { clickUiControl, uiHosts, waitForUiControl, waitForUiElement } from '../support/pierce';
import { useDemoSchool } from '../support/school';

/**
 * Somtoday Docent's voortgangsdossier, built by column: a names list and per test a column of cells
 * in the same order; the student's uuid is only in each cell's id; the input exists only in the cell
 * being edited. The cue goes beside the name, never into a cell.
 */

const school = useDemoSchool({ plain: true });

const NAMES = '.leerling-bar dt-leerling';
type Demo = {
  sort(veld: string, order: string): string[];
  appendRows(n: number): number;
  rerenderColumn(kolomId: string): number;
  received(): Record<string, string>;
  saveLog: unknown[];
  focusLog: unknown[];
  setDark(on: boolean): void;
  setLayout(mode: string): void;
  navigate(path: string): unknown;
};
const demo = <T>(page: Page, fn: (d: Demo) => T) =>
  page.evaluate((source) => {
    const d = (window as unknown as { __demo: Demo }).__demo;
    return new Function('d', `return (${source})(d)`)(d) as T;
  }, fn.toString());

async function openGrades(page: Page, lesgroep = '70412'): Promise<Page> {
  await page.goto(school.urls.somtodayGrades(lesgroep));
  await waitForDemoRender(page);
  return page;
}

/**
 * Every student in view has exactly one cue, beside the name; each cue names the student whose cells
 * stand at the same position (the uuid from the first column's cell ids); none is in the grid.
 */
async function expectOneCuePerStudent(page: Page): Promise<number> {
  return (await expectCuesOnRowsInView(page, DOCENT_GRID)).rows;
}

/** Types a column of grades with Enter, as a teacher does, and returns what the host received. */
async function typeColumn(page: Page, grades: string[]) {
  await page.locator('dt-toetskolom').nth(2).locator('dt-resultaat-cell').first().click();
  await page.locator('input.resultaat-input').waitFor();
  for (const grade of grades) {
    const before = await page.evaluate(() => document.activeElement?.id ?? '');
    await page.keyboard.type(grade);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (document.activeElement?.id ?? '') !== id, before);
  }
  return {
    received: await demo(page, (d) => d.received()),
    saves: await demo(page, (d) => d.saveLog),
    focus: await demo(page, (d) => d.focusLog),
    active: await page.evaluate(() => document.activeElement?.id),
  };
}

describe('grading cues on the Somtoday Docent voortgangsdossier', () => {
  it('one cue per student beside the name, right after re-sorting, late students, a refreshed column and another lesgroep', async () => {
    const page = await openGrades(await school.session.context.newPage());
    const errors = collectConsoleErrors(page);
    const n = await expectOneCuePerStudent(page);
    expect(n).toBe(31);
    const sorted = await demo(page, (d) => d.sort('voornaam', 'DESC'));
    await expect.poll(() => page.locator(NAMES).first().locator('span.naam').textContent()).toBe(sorted[0]);
    expect(await expectOneCuePerStudent(page)).toBe(31);
    await demo(page, (d) => d.appendRows(3));
    expect(await expectOneCuePerStudent(page)).toBe(34);
    await demo(page, (d) => d.rerenderColumn('50201'));
    expect(await expectOneCuePerStudent(page)).toBe(34);
    await demo(page, (d) => d.navigate('/resultaten/voortgangsdossier/70415'));
    await waitForDemoRender(page);
    await expect.poll(() => page.locator('dt-header span.lesgroep').textContent()).toBe('H3.wiA');
    expect(await expectOneCuePerStudent(page)).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('40 and 1000 students: the students in view have their cue button; scrolling the grid brings the next ones', async () => {
    for (const [lesgroep, count] of [
      ['veertig', 40],
      ['groot', 1000],
    ] as const) {
      const page = await openGrades(await school.session.context.newPage(), lesgroep);
      const top = await expectCuesOnRowsInView(page, DOCENT_GRID);
      expect(top.rows).toBe(count);
      const first = top.cued[0] ?? '';
      await waitForUiControl(page, { feature: 'grading-cue', student: first, role: 'button', name: /^LOB-vraag bij / });
      if (count === 1000) {
        expect(top.cued.length).toBeLessThan(100);
        // The grid scrolls inside its own box: the students now in view have theirs, the first ones not.
        await page.evaluate(() => {
          const box = document.querySelector('dt-resultaten > .content');
          if (box) box.scrollTop = box.scrollHeight / 2;
        });
        const middle = await expectCuesOnRowsInView(page, DOCENT_GRID);
        expect(middle.cued).not.toContain(first);
      }
      await page.close();
    }
  });

  it('typing a column with Enter gives the host exactly the same values and focus path as without the extension', async () => {
    const grades = ['7,5', '6', '8,2', '5,4', '9', '6,8'];
    const ours = await openGrades(await school.session.context.newPage());
    await expectOneCuePerStudent(ours);
    const theirs = await openGrades(await school.plain.context.newPage());
    const boxes = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('dt-resultaat-cell, .leerling-container')]
          .slice(0, 12)
          .map((el) => JSON.stringify(el.getBoundingClientRect())),
      );
    expect(await boxes(ours)).toEqual(await boxes(theirs));
    const withExtension = await typeColumn(ours, grades);
    const without = await typeColumn(theirs, grades);
    expect(withExtension).toEqual(without);
    expect(Object.keys(withExtension.received)).toHaveLength(grades.length);
    await ours.close();
    await theirs.close();
  });

  it('Alt+Shift+K opens the cue of the student whose cell is being edited; Escape returns focus to the cell', async () => {
    const page = await openGrades(await school.session.context.newPage());
    await expectOneCuePerStudent(page);
    const third = (await page.locator(NAMES).nth(2).locator('span.naam').textContent()) as string;
    await page.locator('dt-toetskolom').nth(1).locator('dt-resultaat-cell').nth(2).click();
    const input = page.locator('input.resultaat-input');
    await input.waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('resultaat-input'));
    await page.keyboard.press('Alt+Shift+K');
    await waitForUiControl(page, { feature: 'grading-popover', role: 'dialog', name: `LOB-vraag bij ${third}` });
    await page.keyboard.press('Escape');
    await uiRoots(page, 'grading-popover').waitFor({ state: 'detached' });
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('the phone layout (no cells) gets no cues; dark mode follows the host', async () => {
    const page = await openGrades(await school.session.context.newPage());
    await expectOneCuePerStudent(page);
    const dark = async () => (await uiHosts(page, 'grading-cue'))[0]?.find('lob-root')[0]?.classes.includes('dark');
    expect(await dark()).toBe(false);
    await demo(page, (d) => d.setDark(true));
    await expect.poll(dark).toBe(true);
    await demo(page, (d) => d.setLayout('phone'));
    await expect.poll(() => uiRoots(page, 'grading-cue').count()).toBe(0);
    await demo(page, (d) => d.setLayout('desktop'));
    expect(await expectOneCuePerStudent(page)).toBe(31);
    await page.close();
  });
});

describe('one student, two ids (record number and grade-cell uuid)', () => {
  it('a note on the record and a moment logged on the grid join only once the teacher pairs them', async () => {
    // A moment on the grid: filed under the uuid from the cells.
    const grid = await openGrades(await school.session.context.newPage());
    // As the teacher would: scroll to his name; his cue stands beside it, with the uuid of his cells.
    await grid.locator('span.naam', { hasText: MOHAMMED.name }).scrollIntoViewIfNeeded();
    expect((await expectCuesOnRowsInView(grid, DOCENT_GRID)).cued).toContain(MOHAMMED.uuid);
    await clickUiControl(grid, { feature: 'grading-cue', student: MOHAMMED.uuid, role: 'button', name: /^LOB-vraag bij / });
    await clickUiControl(grid, { feature: 'grading-popover', role: 'button', name: 'Compliment gegeven' });
    await waitForUiElement(grid, 'grading-popover', 'status', 'Genoteerd');
    await grid.close();

    // A note on the record: filed under the numeric id from the URL.
    const record = await school.session.context.newPage();
    await record.goto(school.urls.somtodayRecord(MOHAMMED.somtodayId));
    await uiRoots(record, 'student-card').waitFor();
    const panel = await openPanelFor(record, school.session.extensionId);
    await panel.getByRole('heading', { level: 2, name: new RegExp(MOHAMMED.name) }).waitFor();
    // A new number with the name of a student known under another id: the panel asks before it keeps anything.
    await panel.getByRole('alert').filter({ hasText: 'staat hier onder een nieuw nummer' }).waitFor();
    await panel.getByRole('textbox', { name: 'Notitie' }).fill('Mohammed wil de techniek in.');
    await panel.getByRole('button', { name: 'Gesprek afronden' }).click();
    await panel.getByRole('status').filter({ hasText: 'Niet opgeslagen: kies eerst welke leerling dit is.' }).waitFor();
    expect(await panel.getByText('Compliment gegeven').count()).toBe(0);
    // The teacher says it is the same child: the numbers are paired, then the conversation is kept.
    await panel.getByRole('button', { name: 'Zelfde leerling: nummers koppelen' }).click();
    await panel.getByText(`Gekoppeld met ${MOHAMMED.name} (nummer ${MOHAMMED.uuid}).`).waitFor();
    await panel.getByText('Compliment gegeven').first().waitFor();
    await panel.getByRole('button', { name: 'Gesprek afronden' }).click();
    await panel.getByRole('status').filter({ hasText: 'Gesprek afgerond' }).waitFor();
    await panel.locator('.timeline').getByText('Mohammed wil de techniek in.').first().waitFor();
    expect(await panel.getByRole('button', { name: 'Ja, koppelen' }).count()).toBe(0);
    // Both rows keep their own key: the pairing joined them without rewriting either.
    const ext = await school.session.context.newPage();
    await ext.goto(`chrome-extension://${school.session.extensionId}/options.html`);
    const host = new URL(school.urls.somtodayGrades()).hostname;
    expect(await readStore(ext, 'moments')).toContainEqual(expect.objectContaining({ studentKey: `${host}|${MOHAMMED.uuid}` }));
    expect(await readStore(ext, 'notes')).toContainEqual(
      expect.objectContaining({ studentKey: `${host}|${MOHAMMED.somtodayId}` }),
    );
    expect(await readStore(ext, 'aliases')).toEqual([
      expect.objectContaining({ key: `${host}|${MOHAMMED.uuid}`, studentKey: `${host}|${MOHAMMED.somtodayId}` }),
    ]);
    const before = { notes: await readStore(ext, 'notes'), moments: await readStore(ext, 'moments') };

    // Undo: unlinking restores both records exactly; the grade list's moment leaves this panel.
    await panel.bringToFront();
    await panel.getByRole('button', { name: `Ontkoppelen van ${MOHAMMED.name} (nummer ${MOHAMMED.uuid})` }).click();
    await panel.getByRole('button', { name: 'Ja, koppelen' }).waitFor();
    await expect.poll(() => panel.locator('.timeline').getByText('Compliment gegeven').count()).toBe(0);
    expect(await readStore(ext, 'aliases')).toEqual([]);
    expect({ notes: await readStore(ext, 'notes'), moments: await readStore(ext, 'moments') }).toEqual(before);
    await ext.close();
    await panel.close();
    await record.close();
  });
});
