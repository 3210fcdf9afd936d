import { browser } from 'wxt/browser';
import { normalizeShortcut } from '../../lib/core/shortcuts';
import { commandOf, FEATURE_CATALOG, shortcutsOf } from '../../lib/features/catalog';

type ChromeSidePanel = { open(options: { tabId: number }): Promise<void> };
type FirefoxSidebar = { open(): Promise<void> };

/**
 * Opens the side panel in a tab. Called synchronously in the reply to the card's message: Chrome
 * (116+) accepts `sidePanel.open` there while the click's user gesture lasts. Firefox allows
 * `sidebarAction.open` only in its own user-action handlers (toolbar button, menus, commands), so
 * from a page's click it is refused and the card tells the teacher how instead.
 */
export function openPanel(tabId: number): Promise<void> {
  const sidePanel = (globalThis as { chrome?: { sidePanel?: Partial<ChromeSidePanel> } }).chrome?.sidePanel;
  if (typeof sidePanel?.open === 'function') return sidePanel.open({ tabId });
  const sidebar = (browser as unknown as { sidebarAction?: Partial<FirefoxSidebar> }).sidebarAction;
  if (typeof sidebar?.open === 'function') return sidebar.open();
  return Promise.reject(new Error('no side panel in this browser'));
}

/** The panel's shortcut as the browser has it now (the teacher may have changed or removed it). */
export async function panelShortcut(): Promise<string> {
  const shortcut = shortcutsOf(FEATURE_CATALOG).find((s) => s.name === 'panel');
  const command = shortcut && commandOf(shortcut, import.meta.env.BROWSER);
  if (!command) return '';
  const all = await browser.commands.getAll();
  return normalizeShortcut(all.find((c) => c.name === command)?.shortcut);
}
