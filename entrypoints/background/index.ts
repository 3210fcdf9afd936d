import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type BadgeApi, updateBadge } from '../../lib/background/badge';
import { createBlurState } from '../../lib/background/blur';
import { commandHandler } from '../../lib/background/commands';
import { route } from '../../lib/background/router';
import { createSuggestions } from '../../lib/background/suggestions';
import { createTabContexts } from '../../lib/background/tab-contexts';
import { meaningDismissals } from '../../lib/config/meaning-dismissed';
import { careRoles, directory, enginePolicy, schoolLibrary } from '../../lib/config/school';
import { sessionArea } from '../../lib/config/storage-item';
import { removeTaughtPage, saveTaughtPage } from '../../lib/config/teacher-patches-storage';
import type { PageType } from '../../lib/core/domain';
import { FRAME_PING } from '../../lib/core/frame-ping';
import { ownRetentionRefused } from '../../lib/core/retention';
import { openDatabase } from '../../lib/db/database';
import { retentionMayRun, runRetention } from '../../lib/db/retention';
import { withWriteLock } from '../../lib/db/write-lock';
import { SHIPPED_REQUESTS } from '../../lib/features/background-registry';
import { checkTaughtPage } from '../../lib/features/page-teacher/background';
import type { HostProfilePatch } from '../../lib/hosts/teach/host-patch';
import { pickLanguage } from '../../lib/i18n/translate';
import { type BlurStateMessage, type Broadcast, broadcastSchema } from '../../lib/messages/schema';
import { momentTypes } from '../../lib/prompts/library/moments';
import { subjects } from '../../lib/prompts/library/subjects';
import { publicServices, referralRoles, referralRules } from '../../lib/referrals/defaults';
import { startConfig } from './config';
import { confirmByMeaning, teachIntent } from './confirm-by-meaning';
import { recordHostMiss, recordMeaningLook, recordPolicyProblems, recordRetentionSkip } from './diagnostics';
import { syncExtraHosts } from './extra-hosts';
import { openPanel, panelShortcut } from './open-panel';

/** Firefox's toolbar button (MV2 `browserAction`) as far as the sidebar toggle uses it. */
type ClickableButton = { onClicked: { addListener(listener: () => void): void } };

/** Chrome MV3 has `action`, Firefox MV2 `browserAction`. */
function toolbarButton(): BadgeApi | undefined {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction;
}

export default defineBackground(() => {
  const db = openDatabase();
  const refreshBadge = () => updateBadge(db, toolbarButton(), new Date()).catch(() => 0);
  // Tab contexts and the privacy blur survive a worker restart and end with the browser session.
  const session = sessionArea();
  const tabs = createTabContexts(session);
  const suggestions = createSuggestions(session);
  // The privacy blur: the panel (runtime message) and every tab's content scripts (tabs.sendMessage,
  // which needs no `tabs` permission) follow it. Only the on/off state travels, no data.
  const blur = createBlurState(session, (on) => {
    const message: BlurStateMessage = { type: 'blur/state', on };
    browser.runtime.sendMessage(message).catch(() => undefined);
    void browser.tabs
      .query({})
      .then((all) => {
        for (const tab of all) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
      })
      .catch(() => undefined);
  });
  const runCommand = commandHandler({ blur });
  // A `commands` shortcut (manifest, wxt.config.ts) works wherever the focus is, also in the school page.
  browser.commands.onCommand.addListener((command) => void runCommand(command).catch(() => undefined));
  const ownOrigin = browser.runtime.getURL('/');
  const config = startConfig((problems) => void recordPolicyProblems(problems));
  const deps = {
    db,
    tabs,
    suggestions,
    library: () => schoolLibrary(config.current()),
    enginePolicy: () => enginePolicy(config.current()),
    subjects,
    momentTypes,
    referralRoles,
    publicServices,
    referralRules,
    directory: () => directory(config.current()),
    vocabulary: () => config.current().effective.vocabulary,
    absenceThreshold: () => config.current().effective.absenceThreshold,
    handoverEnabled: () => config.current().effective.handover.enabled,
    careRoles: () => careRoles(config.current()),
    blur,
    runCommand,
    // The teacher's choices are read and written in the trusted store after the one-time move out
    // of storage.local (config.moved); a write is published again at once (config.changed).
    saveTaughtPage: (patch: HostProfilePatch, values: readonly string[]) =>
      config.moved.then(() => saveTaughtPage(checkTaughtPage(patch, values, config.current().profiles))).then(config.changed),
    removeTaughtPage: (profileId: string, pageType: PageType) =>
      config.moved.then(() => removeTaughtPage(profileId, pageType)).then(config.changed),
    saveSettings: config.saveSettings,
    saveCueSettings: config.saveCueSettings,
    confirmByMeaning,
    teachIntent,
    meaningDismissals: {
      get: () => config.moved.then(meaningDismissals.get),
      add: (key: string) => config.moved.then(() => meaningDismissals.add(key)),
    },
    openPanel,
    panelShortcut,
    recordMiss: recordHostMiss,
    recordMeaningLook,
    language: () => pickLanguage(config.current().settings.language),
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    frameAlive: (tabId: number, frameId: number) =>
      browser.tabs.sendMessage(tabId, FRAME_PING, { frameId }).then(
        (answer) => answer === true,
        () => false,
      ),
    ownId: browser.runtime.id,
    ownOrigin,
    notify: (message: Broadcast) => {
      // Extension pages only; no receiver is fine.
      browser.runtime.sendMessage(message).catch(() => undefined);
      if (message.type === 'data/changed') void refreshBadge();
    },
  };

  browser.runtime.onMessage.addListener((message, sender) => {
    // The options page changed data directly (import, erase): the badge follows.
    if (broadcastSchema.safeParse(message).success) {
      void refreshBadge();
      return undefined;
    }
    const from = { extensionId: sender.id, tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url };
    return route(deps, message, from, SHIPPED_REQUESTS);
  });

  // The school's own domains: content scripts registered at run time (after the host permission).
  let extraHosts = '';
  const followExtraHosts = () => {
    const hosts = config.current().effective.extraHosts;
    if (JSON.stringify(hosts) === extraHosts) return;
    extraHosts = JSON.stringify(hosts);
    void syncExtraHosts(hosts);
  };
  config.subscribe(followExtraHosts);
  void config.ready.then(followExtraHosts);
  browser.permissions.onAdded.addListener(() => {
    extraHosts = '';
    followExtraHosts();
  });

  // Retention: notes older than the school's period (default two years) are removed, daily — only on a
  // policy read this session, a period it validated (never a fallback for the school's or the
  // teacher's unusable one) and a sane clock (lib/db/retention.ts retentionMayRun); a shorter period
  // waits a grace period first (runRetention).
  const retain = () =>
    config.ready
      .then(async () => {
        const now = new Date();
        const last = (await db.meta.get('retentionLastRun'))?.value;
        const current = config.current();
        const may = retentionMayRun({
          policyRead: config.policyRead(),
          policyProblems: current.problems,
          days: current.settings.retentionDays,
          ownValueInvalid: ownRetentionRefused(config.ownSettings(), current.lockedKeys.includes('retentionDays')),
          now,
          ...(typeof last === 'string' ? { lastRun: last } : {}),
        });
        if (!may.ok) {
          await recordRetentionSkip(may.reason);
          return;
        }
        await withWriteLock(() => runRetention(db, now, may.days));
        await db.meta.put({ key: 'retentionLastRun', value: now.toISOString() });
      })
      .then(() => refreshBadge())
      .catch(() => undefined);
  browser.alarms.create('retention', { periodInMinutes: 24 * 60, delayInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'retention') void retain();
  });
  void retain();

  // Afspraken become due as days pass: check the badge every hour and at start-up.
  browser.alarms.create('badge', { periodInMinutes: 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === 'badge') void refreshBadge();
  });
  void refreshBadge();

  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.clear(tabId);
    void suggestions.clearTab(tabId);
  });
  // A tab that starts loading another document (another site, a reload) no longer shows the student:
  // forget it now (no `tabs` permission needed for the status); a recognised page reports again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void tabs.clear(tabId).then(() => deps.notify({ type: 'tab/changed', tabId }));
  });
  browser.tabs.onActivated.addListener(({ tabId }) => deps.notify({ type: 'tab/changed', tabId }));

  // Chrome/Edge: the toolbar button opens the side panel. Firefox: it opens and closes the sidebar
  // (toggle() must run directly in the click handler, which is a user action).
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome?.sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  const firefox = browser as unknown as { sidebarAction?: { toggle(): Promise<void> }; browserAction?: ClickableButton };
  if (firefox.sidebarAction && firefox.browserAction) {
    const sidebar = firefox.sidebarAction;
    firefox.browserAction.onClicked.addListener(() => void sidebar.toggle());
  }
});
