import { render } from 'preact';
import { browser } from 'wxt/browser';
import { copyText } from '../../components/design/copy-text';
import { installDesign } from '../../components/design/install';
import { Options } from '../../components/Options';
import { downloadFile } from '../../components/options/download';
import type { PageList } from '../../components/options/HandoverMake';
import type { RecentMiss } from '../../components/options/RecentMisses';
import type { BoundShortcuts } from '../../components/options/ShortcutsSection';
import type { TaughtPagesApi } from '../../components/options/TaughtPagesSection';
import { type AppConfig, DEFAULT_APP_CONFIG } from '../../lib/config/app-config';
import { appConfigItem } from '../../lib/config/config-items';
import { diagnosticsItem } from '../../lib/config/diagnostics-item';
import { careRoles } from '../../lib/config/school';
import { stored } from '../../lib/config/storage-item';
import { loadTeacherPatches } from '../../lib/config/teacher-patches-storage';
import { applyConfigToUi } from '../../lib/config/ui';
import { type MeaningLookEntry, validLooks } from '../../lib/core/meaning-look';
import { isMacPlatform, normalizeShortcut, shortcutSettingsUrl } from '../../lib/core/shortcuts';
import { studentKey } from '../../lib/core/student';
import { openDatabase } from '../../lib/db/database';
import { knownStudentValues } from '../../lib/db/students';
import { commandOf, FEATURE_CATALOG, type ShortcutName, shortcutsOf } from '../../lib/features/catalog';
import { type DiagnosticsLog, serializeDiagnostics } from '../../lib/hosts/diagnostics';
import type { PageType } from '../../lib/hosts/schema';
import { policyJson } from '../../lib/hosts/teach/host-patch';
import { checkForExport } from '../../lib/hosts/teach/patch-check';
import { taughtProblemText } from '../../lib/i18n/taught-problem-text';
import { getLanguage } from '../../lib/i18n/translate';
import { send } from '../../lib/messages/client';
import type { Broadcast } from '../../lib/messages/schema';
import type { Settings } from '../../lib/policy';
import { requestPersistentStorage } from '../../lib/ui/persistent-storage';
import { extraHostsPermissions } from '../background/extra-hosts';
import { createDataApi } from './data-api';

installDesign();

const appConfig = stored(appConfigItem);
const diagnostics = stored(diagnosticsItem);

let config = DEFAULT_APP_CONFIG;
/** Whether the browser keeps our storage when disk space runs low (asked once the page opens). */
let persisted: boolean | undefined;

// An extension page: same origin as the database, so it reads and writes it directly.
const db = openDatabase();
const data = createDataApi(db, {
  changed: (studentKey) => {
    // Open side panels and the badge update; no receiver is fine.
    const message: Broadcast = { type: 'data/changed', studentKey };
    browser.runtime.sendMessage(message).catch(() => undefined);
  },
  // The school's care roles too, not only the defaults: an import never stores zorg.
  careRoles: () => careRoles(config),
  handover: () => config.effective.handover,
});

/**
 * The teacher's own settings, through the background: it keeps them where no content script can
 * write (lib/config/trusted-store.ts) and merges them under the school's policy.
 */
async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await send({ type: 'settings/save', settings: patch });
}

/** The redacted diagnostics for the ICT administrator: host misses (ISO times), policy problems, patch errors. */
async function exportDiagnostics(config: AppConfig): Promise<void> {
  const { hostMisses, policyProblems, retentionSkipped, meaningLooks } = await diagnostics.read();
  const report = {
    exportedAt: new Date().toISOString(),
    hostMisses: JSON.parse(serializeDiagnostics(hostMisses)),
    meaningLooks: validLooks(meaningLooks).map((l) => ({
      ...l,
      firstSeen: new Date(l.firstSeen).toISOString(),
      lastSeen: new Date(l.lastSeen).toISOString(),
    })),
    policyProblems: policyProblems ?? [],
    ...(retentionSkipped ? { retentionSkipped } : {}),
    profileErrors: config.profileErrors,
  };
  downloadFile(`lob-diagnose-${new Date().toISOString().slice(0, 10)}.json`, `${JSON.stringify(report, null, 2)}\n`);
}

/** The commands' keys as the browser has them now (the teacher may have changed them). */
const shortcuts = {
  async load(): Promise<BoundShortcuts> {
    const all = await browser.commands.getAll();
    const bound: BoundShortcuts = {};
    for (const s of shortcutsOf(FEATURE_CATALOG)) {
      const command = commandOf(s, import.meta.env.BROWSER);
      if (command) bound[s.name as ShortcutName] = normalizeShortcut(all.find((c) => c.name === command)?.shortcut);
    }
    return bound;
  },
  mac: isMacPlatform(navigator),
  settingsUrl: shortcutSettingsUrl(navigator.userAgent),
};

/** The pages the teacher taught ("Leer deze pagina herkennen"), and the same as policy JSON. */
const taught: TaughtPagesApi = {
  async load() {
    const { patches } = await loadTeacherPatches();
    // The checks again before anything can be copied: no student the teacher has a record of, no route that takes over other pages.
    const values = await knownStudentValues(db).catch(() => []);
    const { kept, refused } = checkForExport(patches, { values, profiles: config.profiles });
    const pages = patches.flatMap((p) =>
      Object.keys(p.pages).map((pageType) => {
        const left = refused.find((r) => r.profileId === p.id && r.pageType === pageType);
        return { profileId: p.id, pageType, ...(left ? { refused: taughtProblemText(left.problem) } : {}) };
      }),
    );
    return { pages, json: kept.length > 0 ? policyJson(kept) : '' };
  },
  remove: (page) =>
    send({ type: 'taught/remove', profileId: page.profileId, pageType: page.pageType as PageType }).then(() => undefined),
  copy: copyText,
};

/** Pages that missed a part lately (the redacted diagnostics log), newest first. */
/**
 * The student lists the school pages open in tabs show (a mentor group, a grade grid), as the
 * background knows them from each tab's context: ids only, never read from the page here.
 */
async function pageLists(): Promise<PageList[]> {
  const lists: PageList[] = [];
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined) continue;
    const page = await send({ type: 'tab/context', tabId: tab.id }).catch(() => null);
    if (!page?.rowIds?.length) continue;
    const label = page.group ?? page.title ?? page.host;
    lists.push({ label, keys: page.rowIds.map((id) => studentKey({ host: page.host, id })) });
  }
  return lists;
}

async function recentMisses(): Promise<RecentMiss[]> {
  const log = JSON.parse(serializeDiagnostics((await diagnostics.read()).hostMisses)) as DiagnosticsLog;
  return [...log.entries].sort((a, b) => b.lastSeen - a.lastSeen).slice(0, 10);
}

/** What recognition by meaning saw lately on pages no profile knows, newest first. */
async function meaningLooks(): Promise<MeaningLookEntry[]> {
  return validLooks((await diagnostics.read()).meaningLooks)
    .sort((a, b) => b.lastSeen - a.lastSeen)
    .slice(0, 10);
}

const root = document.getElementById('app');
function show(): void {
  applyConfigToUi(config);
  document.documentElement.lang = getLanguage();
  if (root) {
    render(
      <Options
        data={data}
        config={config}
        persisted={persisted}
        saveSettings={(patch) => void saveSettings(patch)}
        exportDiagnostics={() => void exportDiagnostics(config)}
        shortcuts={shortcuts}
        taught={taught}
        recentMisses={recentMisses}
        pageLists={pageLists}
        meaningLooks={meaningLooks}
        allowHosts={() => browser.permissions.request(extraHostsPermissions(config.effective.extraHosts))}
      />,
      root,
    );
  }
}
appConfig.watch((next) => {
  config = next;
  show();
});
appConfig.get().then((loaded) => {
  config = loaded;
  show();
});
requestPersistentStorage().then((result) => {
  persisted = result;
  show();
});
