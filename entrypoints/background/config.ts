import { type AppConfig, buildAppConfig } from '../../lib/config/app-config';
import { appConfigItem, userSettingsItem } from '../../lib/config/config-items';
import { contentConfigItem } from '../../lib/config/content-config';
import { meaningDismissedItem } from '../../lib/config/meaning-dismissed';
import { policyCacheItem } from '../../lib/config/policy-cache-item';
import { contentConfigOf } from '../../lib/config/publish';
import { publishedCopies } from '../../lib/config/published-copies';
import { moveSettingsToTrusted } from '../../lib/config/settings-migration';
import { localArea, managedArea, onLocalChanged, stored } from '../../lib/config/storage-item';
import { teacherPatchesItem } from '../../lib/config/teacher-patches';
import { trusted, trustedArea } from '../../lib/config/trusted-store';
import type { StoredItem } from '../../lib/core/stored-items';
import { type CueSettings, cueSettingsCopyItem, cueSettingsItem } from '../../lib/features/grading-cue/feature';
import type { SettingsPatch } from '../../lib/messages/schema';
import { createPolicyStore, type PolicyProblem, type PolicyState } from '../../lib/policy';

/**
 * What moved from storage.local into the trusted store (once, at start-up): the teacher's settings,
 * the cached policy, taught pages, dismissed proposals, and today's snooze of the cues.
 */
const MOVED = [
  { from: userSettingsItem, to: userSettingsItem },
  { from: policyCacheItem, to: policyCacheItem },
  { from: teacherPatchesItem, to: teacherPatchesItem },
  { from: meaningDismissedItem, to: meaningDismissedItem },
  { from: cueSettingsCopyItem, to: cueSettingsItem },
];

/**
 * The school's managed policy (cached, so start-up never waits on it; updated live) merged with the
 * teacher's own settings into one AppConfig, published in extension storage for every page. The
 * teacher's settings and taught pages come from the trusted store (lib/config/trusted-store.ts),
 * written only here; what is published in storage.local is written again from there whenever
 * anything else changes it (lib/config/published-copies.ts).
 */
export function startConfig(report: (problems: PolicyProblem[]) => void) {
  const moved = moveSettingsToTrusted({ local: localArea(), trusted: trustedArea() }, MOVED).catch((error: unknown) => {
    console.warn('[LOB] instellingen niet verplaatst', error);
  });
  const policyCache = trusted(policyCacheItem);
  const store = createPolicyStore({
    readManaged: managedArea.read,
    cache: { get: () => moved.then(() => policyCache.get()), set: policyCache.set },
    onManagedChanged: managedArea.watch,
    report,
  });

  const ownSettings = trusted(userSettingsItem);
  /** The teacher's own host-profile patches (taught pages), below the school's in precedence. */
  const ownPatches = trusted(teacherPatchesItem);
  const ownCueSettings = trusted(cueSettingsItem);
  let userSettings = userSettingsItem.fallback;
  let teacherPatches = teacherPatchesItem.fallback;
  let cueSettings: CueSettings | undefined;
  let config: AppConfig = buildAppConfig(store.current().policy, [], undefined);
  const listeners = new Set<(c: AppConfig) => void>();

  const copies = publishedCopies([appConfigItem.key, contentConfigItem.key, cueSettingsCopyItem.key]);
  /** Writes a copy, remembering it first (its change event may come before the write resolves). */
  const publishCopy = <T, W>(item: StoredItem<T, W>, value: W): Promise<void> => {
    copies.wrote(item.key, item.serialize ? item.serialize(value) : value);
    return stored(item).set(value);
  };
  const publishCopies = () =>
    Promise.all([
      publishCopy(appConfigItem, config),
      publishCopy(contentConfigItem, contentConfigOf(config)),
      publishCopy(cueSettingsCopyItem, cueSettings),
    ]).catch(() => undefined);

  const publish = (state: PolicyState) => {
    config = buildAppConfig(state.policy, state.problems, userSettings, teacherPatches);
    void publishCopies();
    for (const l of listeners) l(config);
  };

  /** Reads the teacher's choices from the trusted store (after a write of ours) and publishes them. */
  const reload = async () => {
    [userSettings, teacherPatches, cueSettings] = await Promise.all([ownSettings.get(), ownPatches.get(), ownCueSettings.get()]);
    publish(store.current());
  };

  const ready = (async () => {
    await moved;
    [userSettings, teacherPatches, cueSettings] = await Promise.all([ownSettings.get(), ownPatches.get(), ownCueSettings.get()]);
    publish(await store.cached);
    publish(await store.ready);
  })();
  store.subscribe(publish);
  // A copy changed by anyone but us (a content script can write storage.local): publish it again.
  onLocalChanged((changes) => {
    if (copies.foreign(changes).length > 0) void ready.then(publishCopies);
  });

  return {
    current: () => config,
    /** The teacher's own settings as stored in the trusted store (retention checks their period). */
    ownSettings: () => userSettings,
    /** The school's policy was read from storage.managed this session (not only from the cache). */
    policyRead: () => store.current().source === 'managed',
    ready,
    /** The one-time move out of storage.local is over (or failed): the trusted store may be read and written. */
    moved,
    /** A taught page was kept or removed in the trusted store: publish again. */
    changed: () => ready.then(reload),
    saveSettings: (patch: SettingsPatch) =>
      ready.then(() => ownSettings.update((current) => ({ ...current, ...patch }))).then(reload),
    saveCueSettings: (settings: CueSettings) => ready.then(() => ownCueSettings.set(settings)).then(reload),
    subscribe(listener: (c: AppConfig) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
