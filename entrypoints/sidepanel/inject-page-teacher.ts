import { browser } from 'wxt/browser';

/** The picker's own bundle (entrypoints/page-teacher.ts): not in the content script every school page loads. */
const PAGE_TEACHER_SCRIPT = '/page-teacher.js';

/**
 * Starts "Leer deze pagina herkennen" in the tab's top frame by injecting the picker into our
 * isolated world (never the page's own world). Chrome/Edge: `scripting` (MV3); Firefox MV2:
 * `tabs.executeScript`. Our host permissions are the content script's hosts (and the school's
 * granted domains), so any other tab refuses. False when the picker did not open.
 */
export async function injectPageTeacher(tabId: number): Promise<boolean> {
  try {
    if (browser.scripting) {
      const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_TEACHER_SCRIPT] });
      return frame?.result === true;
    }
    const [result] = (await browser.tabs.executeScript(tabId, { file: PAGE_TEACHER_SCRIPT })) ?? [];
    return result === true;
  } catch {
    return false; // a tab we may not script (another site, a browser page)
  }
}
