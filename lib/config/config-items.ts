import { STORAGE_KEYS } from '../core/storage-keys';
import { defineStoredItem, isRecord } from '../core/stored-items';
import { type Policy, parsePolicy } from '../policy';
import { type AppConfig, DEFAULT_APP_CONFIG, readAppConfig } from './app-config';

/**
 * The configuration: what the background publishes in storage.local for every extension page, and
 * two things it builds that from, kept in the trusted store (lib/config/trusted-store.ts): the
 * teacher's own settings and the cached policy (the others are the managed policy itself,
 * lib/config/storage-item.ts, and the teacher's patches, teacher-patches.ts).
 */

/** Published by the background (entrypoints/background/config.ts); read by the options page and the panel. */
export const appConfigItem = defineStoredItem<AppConfig>({
  area: 'local',
  key: STORAGE_KEYS.appConfig,
  fallback: DEFAULT_APP_CONFIG,
  parse: readAppConfig,
});

/**
 * The teacher's own settings from the options page, as stored: each value is validated where it is
 * resolved under the school's policy (resolveSettings), an invalid one falls back to the default.
 */
type UserSettings = Readonly<Record<string, unknown>>;

export const userSettingsItem = defineStoredItem<UserSettings>({
  area: 'trusted',
  key: STORAGE_KEYS.userSettings,
  fallback: {},
  parse: (raw) => (isRecord(raw) ? raw : {}),
});

/** The last good managed policy (written by the policy store), so start-up never waits on storage.managed. */
export const policyCacheItem = defineStoredItem<Partial<Policy> | undefined>({
  area: 'trusted',
  key: STORAGE_KEYS.policyCache,
  fallback: undefined,
  parse: (raw) => (raw === null ? undefined : parsePolicy(raw).policy),
});
