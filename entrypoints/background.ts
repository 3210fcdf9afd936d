import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { route } from '../lib/background/router';
import { createTabContexts, type KeyValueArea } from '../lib/background/tab-contexts';
import { openDatabase } from '../lib/db/database';
import { pickLanguage } from '../lib/i18n';
import type { Broadcast } from '../lib/messages';
import { library } from '../lib/prompts/library';
import { momentTypes } from '../lib/prompts/library/moments';
import { subjects } from '../lib/prompts/library/subjects';

/** storage.session where the browser has it (tab contexts survive a worker restart), else memory. */
function sessionArea(): KeyValueArea {
  const session = (browser.storage as { session?: KeyValueArea }).session;
  if (session) return session;
  const memory = new Map<string, unknown>();
  return {
    get: async (key) => (memory.has(key) ? { [key]: memory.get(key) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) memory.set(k, v);
    },
    remove: async (key) => {
      memory.delete(key);
    },
  };
}

export default defineBackground(() => {
  const db = openDatabase();
  const tabs = createTabContexts(sessionArea());
  const ownOrigin = browser.runtime.getURL('/');
  const deps = {
    db,
    tabs,
    library,
    subjects,
    momentTypes,
    language: pickLanguage(undefined),
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    ownId: browser.runtime.id,
    ownOrigin,
    notify: (message: Broadcast) => {
      // Extension pages only; no receiver is fine.
      browser.runtime.sendMessage(message).catch(() => undefined);
    },
  };

  browser.runtime.onMessage.addListener((message, sender) =>
    route(deps, message, { extensionId: sender.id, tabId: sender.tab?.id, url: sender.url }),
  );

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.set(tabId, null);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => deps.notify({ type: 'tab/changed', tabId }));

  // Chrome/Edge: the toolbar button opens the side panel.
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome?.sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
});
