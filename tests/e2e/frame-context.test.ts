import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SANNE } from '../support/demo';
import { finishConversation, openPanelFor } from '../support/page';
import { useDemoSchool } from '../support/school';

/**
 * A student shown in a frame of the tab leaves the side panel, with the private note, as soon as
 * that frame goes away (the page removes the iframe) or shows another page — not only when the top
 * page's address changes.
 */
const school = useDemoSchool();

const NOTE = 'Sanne wil de open dag van het Grafisch Lyceum bezoeken.';

/** Sanne's record in the demo's iframe, and the side panel of that tab showing her, with a private note. */
async function recordInFrameWithPanel(): Promise<{ page: Page; panel: Page }> {
  const page = await school.session.context.newPage();
  await page.goto(school.urls.magisterRecordFrame(SANNE.id));
  await page.frameLocator('.view > iframe').locator(`[data-lob-ui="student-card"][data-lob-student="${SANNE.id}"]`).waitFor();
  const panel = await openPanelFor(page, school.session.extensionId);
  await panel.locator('h2.student', { hasText: SANNE.name }).waitFor();
  await finishConversation(panel, NOTE);
  return { page, panel };
}

/** The panel has let go of the student: the "not recognised" state, no student header, no note (only the teacher's own pick list). */
async function panelShowsNoStudent(panel: Page): Promise<void> {
  await panel.getByText('Deze pagina is niet herkend als leerlingpagina.').waitFor();
  expect(await panel.locator('h2.student').count()).toBe(0);
  expect(await panel.locator('body').innerText()).not.toContain(NOTE);
}

describe('a frame that goes away takes its student out of the panel', () => {
  it('the page removes the iframe with the record: the panel no longer shows the student or the note', async () => {
    const { page, panel } = await recordInFrameWithPanel();
    await page.evaluate(() => document.querySelector('.view > iframe')?.remove());
    await panelShowsNoStudent(panel);
    await Promise.all([panel.close(), page.close()]);
  });

  it('the iframe is sent to a page without the record: the panel no longer shows the student', async () => {
    const { page, panel } = await recordInFrameWithPanel();
    await page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>('.view > iframe');
      if (frame) frame.src = 'about:blank';
    });
    await panelShowsNoStudent(panel);
    await Promise.all([panel.close(), page.close()]);
  });
});
