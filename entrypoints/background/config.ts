import { browser } from 'wxt/browser';
import { type AppConfig, buildAppConfig } from '../../lib/config/app-config';
import { contentConfigOf } from '../../lib/config/publish';
import { STORAGE_KEYS } from '../../lib/core/storage-keys';
import { createPolicyStore, type PolicyProblem, type PolicyState } from '../../lib/policy';

const {
  appConfig: APP_CONFIG_KEY,
  contentConfig: CONTENT_CONFIG_KEY,
  userSettings: USER_SETTINGS_KEY,
  policyCache: POLICY_CACHE_KEY,
  teacherHostProfiles: TEACHER_PATCHES_KEY,
} = STORAGE_KEYS;

/**
 * The school's managed policy (cached, so start-up never waits on it; updated live) merged with the
 * teacher's own settings into one AppConfig, published in extension storage for every page.
 */
export function startConfig(report: (problems: PolicyProblem[]) => void) {
  const store = createPolicyStore({
    // No managed storage at all (Firefox without a policy: "Managed storage manifest not found") is
    // "no policy"; any other failure is a failed read: the store keeps the last known policy.
    readManaged: () =>
      browser.storage.managed.get().catch((error: unknown) => {
        if (/manifest not found|not supported/i.test(String((error as Error)?.message ?? error))) return {};
        throw error;
      }),
    cache: {
      get: async () => (await browser.storage.local.get(POLICY_CACHE_KEY))[POLICY_CACHE_KEY],
      set: async (value) => {
        await browser.storage.local.set({ [POLICY_CACHE_KEY]: value });
      },
    },
    onManagedChanged: (callback) => {
      const listener = (_changes: unknown, area: string) => {
        if (area === 'managed') callback();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    report,
  });

  let userSettings: unknown;
  /** The teacher's own host-profile patches (taught pages), below the school's in precedence. */
  let teacherPatches: unknown;
  let config: AppConfig = buildAppConfig(store.current().policy, [], undefined);
  const listeners = new Set<(c: AppConfig) => void>();

  const publish = (state: PolicyState) => {
    config = buildAppConfig(state.policy, state.problems, userSettings, teacherPatches);
    browser.storage.local.set({ [APP_CONFIG_KEY]: config, [CONTENT_CONFIG_KEY]: contentConfigOf(config) }).catch(() => undefined);
    for (const l of listeners) l(config);
  };

  const ready = (async () => {
    const own = await browser.storage.local
      .get([USER_SETTINGS_KEY, TEACHER_PATCHES_KEY])
      .catch(() => ({}) as Record<string, unknown>);
    userSettings = own[USER_SETTINGS_KEY];
    teacherPatches = own[TEACHER_PATCHES_KEY];
    publish(await store.cached);
    publish(await store.ready);
  })();
  store.subscribe(publish);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(USER_SETTINGS_KEY in changes || TEACHER_PATCHES_KEY in changes)) return;
    if (USER_SETTINGS_KEY in changes) userSettings = changes[USER_SETTINGS_KEY]?.newValue;
    if (TEACHER_PATCHES_KEY in changes) teacherPatches = changes[TEACHER_PATCHES_KEY]?.newValue;
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
