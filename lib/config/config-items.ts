import { STORAGE_KEYS } from '../core/storage-keys';
import { defineStoredItem, isRecord } from '../core/stored-items';
import { type AppConfig, DEFAULT_APP_CONFIG, readAppConfig } from './app-config';

/**
 * The configuration: what the background publishes in storage.local for every extension page, and
 * the teacher's own settings it builds that from, kept in the trusted store
 * (lib/config/trusted-store.ts). The other sources are the cached policy (./policy-cache-item.ts,
 * background only), the managed policy itself (./storage-item.ts) and the teacher's patches
 * (./teacher-patches.ts).
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
