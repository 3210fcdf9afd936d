import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DAAN, MOHAMMED, SANNE } from '../support/demo';
import { tabContext, uiRoots } from '../support/page';
import { uiHosts, waitForUiElement } from '../support/pierce';
import { useDemoSchool } from '../support/school';

const school = useDemoSchool();

/** The card's text once its prompts are there (inside its closed root, read through the DevTools protocol). */
async function cardText(page: Page, student?: string): Promise<string> {
  await waitForUiElement(page, 'student-card', 'prompt-text');
  const [card] = (await uiHosts(page, 'student-card')).filter((h) => student === undefined || h.student === student);
  return card?.find('card')[0]?.text ?? '';
}

describe('walking skeleton', () => {
  it('shows the prompt card beside the student on the Magister record after late rendering', async () => {
    const page = await school.session.context.newPage();
    await page.goto(school.urls.magisterRecord(SANNE.id));
    const card = uiRoots(page, 'student-card');
    await expect(card.getAttribute('data-lob-student')).resolves.toBe(SANNE.id);
    expect(await cardText(page)).toContain(`LOB-vraag voor ${SANNE.name}`);
    // Beside the student: directly after the record's header card.
    expect(await card.evaluate((el) => el.previousElementSibling?.classList.contains('leerling-header'))).toBe(true);
    // Closed: the page's scripts cannot reach inside.
    expect(await page.evaluate(() => document.querySelector('[data-lob-ui]')?.shadowRoot ?? null)).toBeNull();
    expect((await uiHosts(page, 'student-card'))[0]?.mode).toBe('closed');

    // Navigate to another student without a reload: the card follows, nothing of Sanne stays.
    await page.evaluate((id) => {
      (window as unknown as { __beforeNav: boolean }).__beforeNav = true;
      location.hash = `#/leerlingen/${id}/kaart`;
    }, DAAN.id);
    await page.locator(`[data-lob-ui="student-card"][data-lob-student="${DAAN.id}"]`).waitFor();
    expect(await uiRoots(page).count()).toBe(1);
    await expect.poll(() => cardText(page, DAAN.id)).toContain(DAAN.name);
    expect(await page.evaluate(() => (window as unknown as { __beforeNav?: boolean }).__beforeNav)).toBe(true);
    await page.close();
  });

  it('shows the prompt card on the Somtoday Docent record after late rendering, under the tab bar', async () => {
    const page = await school.session.context.newPage();
    await page.goto(school.urls.somtodayRecord(MOHAMMED.somtodayId));
    await page.locator(`[data-lob-ui="student-card"][data-lob-student="${MOHAMMED.somtodayId}"]`).waitFor();
    expect(await cardText(page)).toContain(MOHAMMED.name);
    const card = page.locator('[data-lob-ui="student-card"]');
    expect(await card.evaluate((el) => el.previousElementSibling?.localName)).toBe('dt-mentordashboard-navigatie');
    await page.close();
  });

  it('shows the card in a Magister view rendered inside a same-origin iframe', async () => {
    const page = await school.session.context.newPage();
    await page.goto(school.urls.magisterRecordFrame(SANNE.id));
    const frame = page.frameLocator('.view > iframe');
    await frame.locator(`[data-lob-ui="student-card"][data-lob-student="${SANNE.id}"]`).waitFor();
    expect(await cardText(page, SANNE.id)).toContain(SANNE.name);
    // the outer page itself gets nothing
    expect(await uiRoots(page).count()).toBe(0);
    await page.close();
  });

  it("reads the page title inside a Magister dna-page-header's shadow root", async () => {
    const page = await school.session.context.newPage();
    await page.goto(school.urls.magisterRecord(SANNE.id));
    await waitForUiElement(page, 'student-card', 'prompt-text');
    // Only the shadow root says this (the element's attribute keeps the old text), then the view changes.
    await page.evaluate(() => {
      const title = document.querySelector('dna-page-header')?.shadowRoot?.querySelector('h1');
      if (title) title.textContent = 'Leerlingkaart (uit de schaduw)';
      document.querySelector('.leerling-header')?.classList.add('ververst');
      document.querySelector('.view')?.append(document.createElement('span'));
    });
    await expect
      .poll(async () => (await tabContext(page, school.session.extensionId))?.title)
      .toBe('Leerlingkaart (uit de schaduw)');
    await page.close();
  });

  it('gives the login pages and classic Somtoday no UI at all', async () => {
    for (const url of [school.urls.magisterLogin, school.urls.somtodayLogin, school.urls.somtodayClassic]) {
      const page = await school.session.context.newPage();
      await page.goto(url);
      await page.locator('form, main, body > *').first().waitFor();
      // The content scripts are excluded from login hosts: give a late render every chance.
      await page.waitForLoadState('networkidle');
      expect(await uiRoots(page).count()).toBe(0);
      await page.close();
    }
  });
});
