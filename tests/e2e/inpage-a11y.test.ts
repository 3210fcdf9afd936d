import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { useDemoSchool } from '../support/school';

const school = useDemoSchool();

/**
 * In the school page our UI sits in closed shadow roots, out of reach of axe-core running there. The
 * extension's preview page renders the same components with the shipped styles (light and dark) in
 * open roots, so axe checks exactly what ships.
 */
describe('in-page UI accessibility (rendered on the extension preview page)', () => {
  it('card, cue popover and mentor overview have no serious violations and Dutch accessible names', async () => {
    const page = await school.session.context.newPage();
    await page.goto(`chrome-extension://${school.session.extensionId}/inpage-preview.html`);
    await page.waitForFunction(() => document.documentElement.dataset.previewRendered === 'true');
    await page.getByRole('button', { name: 'Compliment gegeven' }).first().waitFor();
    expect(await seriousViolations(page, false)).toEqual([]);
    await page.getByRole('dialog', { name: 'LOB-vraag bij Voorbeeldleerling' }).first().waitFor();
    await page.getByRole('region', { name: /LOB/ }).first().waitFor();
    await page.close();
  });
});
