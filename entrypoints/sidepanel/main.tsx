import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type PanelApi, SidePanel } from '../../components/SidePanel';
import { send } from '../../lib/client';
import { errorText } from '../../lib/error-text';
import { getLanguage } from '../../lib/i18n';
import { broadcastSchema } from '../../lib/messages';

/** Tests (and a pinned panel) bind to one tab with ?tab=<id>; otherwise follow the active tab. */
const boundTab = Number(new URLSearchParams(location.search).get('tab'));

async function followedTabId(): Promise<number | undefined> {
  if (Number.isInteger(boundTab) && boundTab > 0) return boundTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const api: PanelApi = {
  async currentPage() {
    const tabId = await followedTabId();
    return tabId === undefined ? null : send({ type: 'tab/context', tabId });
  },
  listNotes: (student) => send({ type: 'notes/list', student }),
  async saveNote(student, display, text) {
    try {
      await send({ type: 'note/save', student, display, text });
    } catch (error) {
      throw new Error(errorText(error));
    }
  },
  subscribe(onChange) {
    const listener = (message: unknown) => {
      if (broadcastSchema.safeParse(message).success) onChange();
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  },
};

document.documentElement.lang = getLanguage();
const root = document.getElementById('app');
if (root) render(<SidePanel api={api} />, root);
