import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTEXT_STUDENTS } from '../support/demo';
import { openPanelFor } from '../support/page';
import { uiHosts, waitForUiElement } from '../support/pierce';
import { routeProblems } from '../support/route-fit';
import { useDemoSchool } from '../support/school';

/**
 * What a teacher sees beside a 4 vmbo-basis and an mbo niveau-2 BBL student, read from the page and
 * shown in the card and the panel's guide: every question fits that student's routes and is a
 * question for the student. The same check over all five demo students on every week of a school
 * year runs on the background's answers in tests/unit/student-context-answers.test.ts.
 */
const school = useDemoSchool();
/** All questions of the four steps (each step cycles through its questions with "Andere vraag"). */
async function guideTexts(panel: Page): Promise<string[]> {
  const texts = new Set<string>();
  for (const step of await panel.locator('section.step').all()) {
    const other = step.getByRole('button', { name: 'Andere vraag' });
    for (let i = 0; i < 6; i++) {
      const text = await step.locator('.prompt-text').textContent();
      if (text) texts.add(text);
      if (await other.isDisabled()) break;
      await other.click();
    }
  }
  return [...texts];
}

describe('the right question for this student, in the browser', () => {
  it.each([CONTEXT_STUDENTS[0], CONTEXT_STUDENTS[2]])(
    '$name ($study): card and guide fit the routes and speak to the student',
    async (student) => {
      const page = await school.session.context.newPage();
      await page.goto(school.urls.magisterRecord(student.id));
      await waitForUiElement(page, 'student-card', 'prompt-text');
      const [card] = await uiHosts(page, 'student-card');
      const cardTexts = (card?.find('prompt-text') ?? []).map((e) => e.text.trim());
      expect(cardTexts.length).toBeGreaterThan(0);
      expect(routeProblems(cardTexts, student.study)).toEqual([]);

      const panel = await openPanelFor(page, school.session.extensionId);
      await panel.getByRole('heading', { level: 2, name: new RegExp(student.name) }).waitFor();
      await panel.locator('section.step .prompt-text').first().waitFor();
      const guide = await guideTexts(panel);
      expect(guide.length).toBeGreaterThan(3);
      expect(routeProblems(guide, student.study)).toEqual([]);
      await panel.close();
      await page.close();
    },
  );

  it('the panel offers, on demand, an oudergesprek, a trialoog for mbo, and background cards', async () => {
    const [havo, mbo] = [CONTEXT_STUDENTS[1], CONTEXT_STUDENTS[2]];
    for (const student of [havo, mbo]) {
      const page = await school.session.context.newPage();
      await page.goto(school.urls.magisterRecord(student.id));
      const panel = await openPanelFor(page, school.session.extensionId);
      await panel.getByRole('heading', { level: 2, name: new RegExp(student.name) }).waitFor();
      const parents = panel.locator('details.parents-talk');
      await parents.locator('summary').click();
      expect(await parents.locator('li').count()).toBeGreaterThan(0);
      expect(await panel.locator('details.workplace-talk').count()).toBe(student === mbo ? 1 : 0);
      // The background reading is folded under its heading, each card again on its own.
      await panel.locator('details.background-list > summary').click();
      const card = panel.locator('details.knowledge', { hasText: 'De vijf loopbaancompetenties in gewone woorden' });
      await card.locator('summary').click();
      await card.getByText(/een lens voor het gesprek, geen meetlat/).waitFor();
      await panel.close();
      await page.close();
    }
  });
});
