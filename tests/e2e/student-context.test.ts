import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { library } from '../../lib/prompts/library/shipped';
import { CONTEXT_STUDENTS } from '../support/demo';
import { openPanelFor, showAllReferrals, waitForDemoRender } from '../support/page';
import { clickUiControl, uiHosts, waitForUiElement } from '../support/pierce';
import { routeProblems } from '../support/route-fit';
import { useDemoSchool } from '../support/school';

/**
 * What a teacher sees beside an entree, an mbo-3 bbl and a praktijkonderwijs student (each with what
 * must and must not appear), and beside a 4 vmbo-basis and an mbo niveau-2 BBL student, read from the page and
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

/** Every text a teacher reads beside the student: the card, the guide's questions and the referrals. */
async function textsBeside(
  page: Page,
  student: { id: string; name: string },
): Promise<{ card: string[]; guide: string[]; referrals: string }> {
  await page.goto(school.urls.magisterRecord(student.id));
  await waitForUiElement(page, 'student-card', 'prompt-text');
  const [card] = await uiHosts(page, 'student-card');
  const panel = await openPanelFor(page, school.session.extensionId);
  await panel.getByRole('heading', { level: 2, name: new RegExp(student.name) }).waitFor();
  await panel.locator('section.step .prompt-text').first().waitFor();
  const guide = await guideTexts(panel);
  await showAllReferrals(panel);
  const referrals = (await panel.locator('section.referrals').textContent()) ?? '';
  await panel.close();
  return { card: (card?.find('prompt-text') ?? []).map((e) => e.text.trim()), guide, referrals };
}

describe('the right question at the edges: entree, mbo-3 bbl and praktijkonderwijs', () => {
  const [, , , entree, , bbl, pro] = CONTEXT_STUDENTS;

  it('entree: no Studielink, studiekeuzecheck, Studiekeuze123 or proefstuderen anywhere beside the student', async () => {
    const page = await school.session.context.newPage();
    const { card, guide, referrals } = await textsBeside(page, entree);
    const all = [...card, ...guide, referrals].join(' \n ');
    for (const word of [/studielink/i, /studiekeuzecheck/i, /studiekeuze ?123/i, /proefstuder/i, /studie in cijfers/i]) {
      expect(all, String(word)).not.toMatch(word);
    }
    expect(routeProblems([...card, ...guide], entree.study)).toEqual([]);
    // The referrals that fit: the mentor and the decaan are there.
    expect(referrals).toMatch(/mentor/i);
    expect(referrals).toMatch(/decaan/i);
    await page.close();
  });

  it('mbo-3 bbl: a werkplek or leerbedrijf, never "stage"', async () => {
    const page = await school.session.context.newPage();
    const { card, guide, referrals } = await textsBeside(page, bbl);
    const all = [...card, ...guide, referrals].join(' \n ');
    expect(all).toMatch(/leerbedrijf|werkplek/i);
    expect(all).not.toMatch(/(?<!\p{L})stage/iu);
    expect(routeProblems([...card, ...guide], bbl.study)).toEqual([]);
    await page.close();
  });

  it('praktijkonderwijs: a cue on a praktijk grade, a question of the praktijk in plain words', async () => {
    const page = await school.session.context.newPage();
    await page.goto(school.urls.magisterGrades('pro3.pr', '1'));
    await waitForDemoRender(page);
    await clickUiControl(page, { feature: 'grading-cue', student: pro.id, role: 'button', name: /^LOB-vraag bij / });
    await waitForUiElement(page, 'grading-popover', 'prompt-text');
    const [popover] = await uiHosts(page, 'grading-popover');
    const text = popover?.find('prompt-text')[0]?.text.trim() ?? '';
    const prompt = library.find((p) => p.text.nl === text);
    expect(prompt?.subjects, text).toContain('praktijk');
    expect(prompt?.schoolTypes).toContain('pro');
    expect(routeProblems([text], pro.study)).toEqual([]);
    await page.close();
  });
});

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
