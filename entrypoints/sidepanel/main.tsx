import { render } from 'preact';
import { browser } from 'wxt/browser';
import { copyText } from '../../components/design/copy-text';
import { installDesign } from '../../components/design/install';
import type { PanelApi } from '../../components/panel/api';
import { faultFrom, withFault } from '../../components/panel/faults';
import { SidePanel } from '../../components/panel/SidePanel';
import { DEFAULT_APP_CONFIG } from '../../lib/config/app-config';
import { appConfigItem } from '../../lib/config/config-items';
import { stored } from '../../lib/config/storage-item';
import { applyConfigToUi } from '../../lib/config/ui';
import { normalizeShortcut } from '../../lib/core/shortcuts';
import { errorText } from '../../lib/i18n/error-text';
import { getLanguage } from '../../lib/i18n/translate';
import { send } from '../../lib/messages/client';
import { blurStateSchema, broadcastSchema } from '../../lib/messages/schema';
import { requestPersistentStorage } from '../../lib/ui/persistent-storage';
import { injectPageTeacher } from './inject-page-teacher';

installDesign();

const appConfig = stored(appConfigItem);

/** Tests (and a pinned panel) bind to one tab with ?tab=<id>; otherwise follow the active tab. */
const boundTab = Number(new URLSearchParams(location.search).get('tab'));

async function followedTabId(): Promise<number | undefined> {
  if (Number.isInteger(boundTab) && boundTab > 0) return boundTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Failures reach the teacher as a clear Dutch reason. */
async function explained<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw new Error(errorText(error));
  }
}

const api: PanelApi = {
  async currentPage() {
    const tabId = await followedTabId();
    return tabId === undefined ? null : send({ type: 'tab/context', tabId });
  },
  async studentData(student, fromTab) {
    const tabId = fromTab ? await followedTabId() : undefined;
    return send({ type: 'panel/student', student, ...(tabId === undefined ? {} : { tabId }) });
  },
  saveNote: (student, display, note) => explained(send({ type: 'note/save', student, display, ...note })),
  saveDraft: async (student, display, draft) => {
    await explained(send({ type: 'draft/save', student, display, draft }));
  },
  addAfspraak: (student, display, a) => explained(send({ type: 'afspraak/add', student, display, ...a })),
  setAfspraakDone: async (id, done) => {
    await explained(send({ type: 'afspraak/done', id, done }));
  },
  linkStudent: async (student, other) => {
    await explained(send({ type: 'student/link', student, other }));
  },
  unlinkStudent: async (student, other) => {
    await explained(send({ type: 'student/unlink', student, other }));
  },
  async suggestions() {
    const tabId = await followedTabId();
    return tabId === undefined ? [] : send({ type: 'suggestions/list', tabId });
  },
  answerSuggestion: async (id, accept) => {
    await explained(send({ type: 'suggestion/answer', id, accept }));
  },
  addReferral: async (student, display, role) => {
    await explained(send({ type: 'referral/add', student, display, role }));
  },
  setStudy: async (student, display, study) => {
    await explained(send({ type: 'facts/study', student, display, study }));
  },
  setPlacement: async (student, display, phase) => {
    await explained(send({ type: 'facts/placement', student, display, phase }));
  },
  setHandoverConsent: async (student, display, agreed) => {
    await explained(send({ type: 'facts/handover-consent', student, display, agreed }));
  },
  removeHanded: async (student) => {
    await explained(send({ type: 'handed/remove', student }));
  },
  openHandover: () =>
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html#overdracht') }).catch(() => undefined),
  search: (query) => send({ type: 'notes/search', query }),
  students: () => send({ type: 'students/list' }),
  copy: copyText,
  print: () => window.print(),
  async teachPage() {
    const tabId = await followedTabId();
    return tabId !== undefined && injectPageTeacher(tabId);
  },
  newId: () => crypto.randomUUID(),
  vocabulary: () => config.effective.vocabulary,
  schoolStory: () => [config.effective.schoolName, config.effective.schoolStory].filter(Boolean).join(' · ') || undefined,
  features: () => config.settings.features,
  blur: {
    get: () => send({ type: 'blur/get' }),
    toggle: async () => {
      await explained(send({ type: 'command/run', command: 'toggle-blur' }));
    },
    async shortcut() {
      const all = await browser.commands.getAll();
      return normalizeShortcut(all.find((c) => c.name === 'toggle-blur')?.shortcut);
    },
    subscribe(onChange) {
      const listener = (message: unknown) => {
        const parsed = blurStateSchema.safeParse(message);
        if (parsed.success) onChange(parsed.data.on);
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  },
  subscribe(onChange) {
    const listener = (message: unknown) => {
      if (broadcastSchema.safeParse(message).success) onChange();
    };
    browser.runtime.onMessage.addListener(listener);
    browser.tabs.onActivated.addListener(onChange);
    const unwatch = appConfig.watch(onChange);
    return () => {
      browser.runtime.onMessage.removeListener(listener);
      browser.tabs.onActivated.removeListener(onChange);
      unwatch();
    };
  },
};

const panelApi = withFault(api, faultFrom(location.search));

let config = DEFAULT_APP_CONFIG;
const root = document.getElementById('app');
const show = () => {
  applyConfigToUi(config);
  document.documentElement.lang = getLanguage();
  if (root) render(<SidePanel api={panelApi} />, root);
};
appConfig.watch((next) => {
  config = next;
  appConfig.get().then((loaded) => {
    config = loaded;
    show();
  });
});
appConfig.get().then((loaded) => {
  config = loaded;
  show();
});

// The panel is where notes are first written: ask once that the browser keeps them when disk space
// runs low (the options page shows the answer).
void requestPersistentStorage();
