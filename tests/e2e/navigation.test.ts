import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DOCENT_GRID, expectCuesOnRowsInView, type GridSpec, MAGISTER_GRID } from '../support/cues';
import { DAAN, MOHAMMED, SANNE } from '../support/demo';
import { collectConsoleErrors, tabContext, waitForDemoRender } from '../support/page';
import { useDemoSchool } from '../support/school';

const school = useDemoSchool();

/** Exactly one card, for this student, and no grading cues. */
async function expectRecordUi(page: Page, id: string): Promise<void> {
  await page.locator(`[data-lob-ui="student-card"][data-lob-student="${id}"]`).waitFor();
  expect(await page.locator('[data-lob-ui]').count()).toBe(1);
}

/** One cue per row in view, in the cues' own layer, and nothing else. */
async function expectGradeUi(page: Page, grid: GridSpec): Promise<void> {
  await expectCuesOnRowsInView(page, grid);
  expect(await page.locator('[data-lob-ui]:not([data-lob-ui^="grading-"])').count()).toBe(0);
  expect(await page.locator('[data-lob-ui="grading-layer"]').count()).toBe(1);
}

describe('navigation without reloads', () => {
  it('Magister (hash routes): student → student → grade entry → student', async () => {
    const page = await school.session.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(school.urls.magisterRecord(SANNE.id));
    await expectRecordUi(page, SANNE.id);
    const go = (hash: string) =>
      page.evaluate((h) => {
        location.hash = h;
      }, hash);
    await go(`#/leerlingen/${DAAN.id}/kaart`);
    await expectRecordUi(page, DAAN.id);
    await go('#/cijfers/invoeren/4v.sk1/1');
    await waitForDemoRender(page);
    await expectGradeUi(page, MAGISTER_GRID);
    await go('#/cijfers/invoeren/4v.sk1/2');
    await waitForDemoRender(page);
    await expectGradeUi(page, MAGISTER_GRID);
    await go(`#/leerlingen/${SANNE.id}/kaart`);
    await expectRecordUi(page, SANNE.id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Somtoday Docent (pushState): tabs of one student → next student → voortgangsdossier → back', async () => {
    const page = await school.session.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(school.urls.somtodayRecord(MOHAMMED.somtodayId));
    await expectRecordUi(page, MOHAMMED.somtodayId);
    const go = (path: string) =>
      page.evaluate((p) => (window as unknown as { __demo: { navigate(p: string): unknown } }).__demo.navigate(p), path);
    // The record's sibling tabs: the same student, one card each time.
    for (const tab of ['overzicht', 'resultaten', 'profiel']) {
      await go(`/mentordashboard/leerling/${MOHAMMED.somtodayId}/${tab}`);
      await waitForDemoRender(page);
      await expectRecordUi(page, MOHAMMED.somtodayId);
    }
    // The record's own "next student" button.
    const before = await page.locator('dt-groep-leerling-header-navigatie .leerling .naam').textContent();
    await page.getByRole('button', { name: 'Volgende leerling' }).click();
    await page.waitForURL((url) => !url.pathname.includes(MOHAMMED.somtodayId));
    const next = /\/leerling\/(\d+)\//.exec(new URL(page.url()).pathname)?.[1] as string;
    await waitForDemoRender(page);
    await expectRecordUi(page, next);
    expect(await page.locator('dt-groep-leerling-header-navigatie .leerling .naam').textContent()).not.toBe(before);
    await go(`/mentordashboard/leerling/${SANNE.somtodayId}/profiel`);
    await expectRecordUi(page, SANNE.somtodayId);
    await go('/resultaten/voortgangsdossier/70412');
    await waitForDemoRender(page);
    await expectGradeUi(page, DOCENT_GRID);
    await go(`/mentordashboard/leerling/${MOHAMMED.somtodayId}/profiel`);
    await expectRecordUi(page, MOHAMMED.somtodayId);
    await page.goBack();
    await waitForDemoRender(page);
    await expectGradeUi(page, DOCENT_GRID);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an unrelated route and the mentor list get only what belongs there', async () => {
    const page = await school.session.context.newPage();
    await page.goto(school.urls.magisterPath('/mentor/leerlingen'));
    await page.locator('[data-lob-ui="mentor-overview"]').waitFor();
    expect(await page.locator('[data-lob-ui]').count()).toBe(1);
    await page.evaluate(() => {
      location.hash = '#/agenda';
    });
    await page.locator('[data-lob-ui]').first().waitFor({ state: 'detached' });
    await waitForDemoRender(page);
    expect(await page.locator('[data-lob-ui]').count()).toBe(0);
    await page.close();
  });

  it('after a vendor markup change the page is quietly not recognised while it may still render (no card, nothing of ours)', async () => {
    const page = await school.session.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(school.urls.magisterRecord(SANNE.id));
    await expectRecordUi(page, SANNE.id);
    await page.evaluate(() => {
      const old = document.querySelector('section.leerling-kaart') as HTMLElement;
      const renamed = old.cloneNode(true) as HTMLElement;
      renamed.className = 'leerlingkaart-v2';
      for (const ours of renamed.querySelectorAll('lob-ui')) ours.remove();
      old.replaceWith(renamed);
    });
    await expect.poll(() => tabContext(page, school.session.extensionId)).toBeNull();
    expect(await page.locator('[data-lob-ui]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
