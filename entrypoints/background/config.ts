import { type AppConfig, buildAppConfig } from '../../lib/config/app-config';
import { appConfigItem, policyCacheItem, userSettingsItem } from '../../lib/config/config-items';
import { contentConfigItem } from '../../lib/config/content-config';
import { contentConfigOf } from '../../lib/config/publish';
import { managedArea, stored } from '../../lib/config/storage-item';
import { teacherPatchesItem } from '../../lib/config/teacher-patches';
import { createPolicyStore, type PolicyProblem, type PolicyState } from '../../lib/policy';

/**
 * The school's managed policy (cached, so start-up never waits on it; updated live) merged with the
 * teacher's own settings into one AppConfig, published in extension storage for every page.
 */
export function startConfig(report: (problems: PolicyProblem[]) => void) {
  const policyCache = stored(policyCacheItem);
  const store = createPolicyStore({
    readManaged: managedArea.read,
    cache: { get: policyCache.get, set: policyCache.set },
    onManagedChanged: managedArea.watch,
    report,
  });

  const appConfig = stored(appConfigItem);
  const contentConfig = stored(contentConfigItem);
  const ownSettings = stored(userSettingsItem);
  /** The teacher's own host-profile patches (taught pages), below the school's in precedence. */
  const ownPatches = stored(teacherPatchesItem);
  let userSettings = userSettingsItem.fallback;
  let teacherPatches = teacherPatchesItem.fallback;
  let config: AppConfig = buildAppConfig(store.current().policy, [], undefined);
  const listeners = new Set<(c: AppConfig) => void>();

  const publish = (state: PolicyState) => {
    config = buildAppConfig(state.policy, state.problems, userSettings, teacherPatches);
    Promise.all([appConfig.set(config), contentConfig.set(contentConfigOf(config))]).catch(() => undefined);
    for (const l of listeners) l(config);
  };

  const ready = (async () => {
    [userSettings, teacherPatches] = await Promise.all([ownSettings.get(), ownPatches.get()]);
    publish(await store.cached);
    publish(await store.ready);
  })();
  store.subscribe(publish);
  ownSettings.watch((value) => {
    userSettings = value;
    publish(store.current());
  });
  ownPatches.watch((value) => {
    teacherPatches = value;
    publish(store.current());
  });

  return {
    current: () => config,
    /** The school's policy was read from storage.managed this session (not only from the cache). */
    policyRead: () => store.current().source === 'managed',
    ready,
    subscribe(listener: (c: AppConfig) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
