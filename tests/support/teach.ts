import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { loadedExtensionId, type Session } from './chromium';
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

/** The options page and the policy JSON it offers the administrator ("Beleid voor de ICT-beheerder"). */
export async function exportedPolicy(session: Session): Promise<{ text: string; options: Page }> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  const json = options.getByRole('textbox', { name: 'Beleid voor de ICT-beheerder (JSON)' });
  await json.waitFor();
  return { text: await json.inputValue(), options };
}

/** A real Chromium policy file with these `hostProfiles` for the extension (Chromium watches the folder). */
export function writeHostProfilesPolicy(file: string, hostProfiles: readonly string[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [loadedExtensionId()]: { hostProfiles } } } }));
}
