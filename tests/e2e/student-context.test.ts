import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { routesFor } from '../../lib/core/student-context';
import { parseStudy } from '../../lib/core/study';
import { library } from '../../lib/prompts/library/shipped';
import { audienceOf, routesOf } from '../../lib/prompts/routes';
import { CONTEXT_STUDENTS } from '../support/demo';
import { openPanelFor } from '../support/page';
import { uiHosts, waitForUiElement } from '../support/pierce';
import { useDemoSchool } from '../support/school';

/**
 * What a teacher sees beside a 4 vmbo-basis, a 4 havo, an mbo niveau-2 BBL, an entree and an hbo
 * first-year student: every question on the card and in the panel's guide fits that student's
 * routes and is a question for the student.
 */
const school = useDemoSchool();
const byText = new Map(library.map((p) => [p.text.nl, p]));

/** Each shown text must be a library prompt that addresses the student and speaks only of open routes. */
function problemsWith(texts: string[], study: string): string[] {
  const parsed = parseStudy(study);
  const open = new Set<string>([...routesFor(parsed), parsed?.schoolType ?? '']);
  return texts.flatMap((text) => {
    const prompt = byText.get(text);
    if (!prompt) return [`unknown text: ${text}`];
    const bad = routesOf(prompt).filter((r) => !open.has(r));
    return [
      ...(bad.length ? [`${prompt.id} speaks of ${bad.join(', ')}`] : []),
      ...(audienceOf(prompt) !== 'student' ? [`${prompt.id} is for the ${audienceOf(prompt)}`] : []),
    ];
  });
}

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
  it.each(CONTEXT_STUDENTS)('$name ($study): card and guide fit the routes and speak to the student', async (student) => {
    const page = await school.session.context.newPage();
    await page.goto(school.urls.magisterRecord(student.id));
    await waitForUiElement(page, 'student-card', 'prompt-text');
    const [card] = await uiHosts(page, 'student-card');
    const cardTexts = (card?.find('prompt-text') ?? []).map((e) => e.text.trim());
    expect(cardTexts.length).toBeGreaterThan(0);
    expect(problemsWith(cardTexts, student.study)).toEqual([]);

    const panel = await openPanelFor(page, school.session.extensionId);
    await panel.getByRole('heading', { level: 2, name: new RegExp(student.name) }).waitFor();
    await panel.locator('section.step .prompt-text').first().waitFor();
    const guide = await guideTexts(panel);
    expect(guide.length).toBeGreaterThan(3);
    expect(problemsWith(guide, student.study)).toEqual([]);
    await panel.close();
    await page.close();
  });

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
      const card = panel.locator('details.knowledge', { hasText: 'De vijf loopbaancompetenties in gewone woorden' });
      await card.locator('summary').click();
      await card.getByText(/een lens voor het gesprek, geen meetlat/).waitFor();
      await panel.close();
      await page.close();
    }
  });
});
