import type { Locator, Page } from 'playwright-core';
import { openPanelFor } from './page';
import { clickUiControl, waitForUiElement } from './pierce';

/** "Leer deze pagina herkennen" as a teacher uses it, for the browser tests. */

/** Hovers an element of the school page (the picker marks it) and clicks it, as a person would. */
export async function point(target: Locator): Promise<void> {
  await target.hover();
  await target.click();
}

/** Clicks a button of the picker (in our closed root, with real input events). */
export const teachButton = (page: Page, name: string | RegExp) =>
  clickUiControl(page, { feature: 'page-teacher', role: 'button', name });

/** Opens the side panel for an unrecognised page and starts the picker from it. */
export async function startTeaching(page: Page, extensionId: string): Promise<void> {
  const panel = await openPanelFor(page, extensionId);
  await panel.getByText('Deze pagina is niet herkend als leerlingpagina.').waitFor();
  await panel.getByRole('button', { name: 'Leer deze pagina herkennen' }).click();
  await page.bringToFront();
  await waitForUiElement(page, 'page-teacher', 'teach');
}
