import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from '../core/storage-keys';
import { type AppConfig, readAppConfig } from './app-config';

const APP_CONFIG_KEY = STORAGE_KEYS.appConfig;

/** Reads the shared configuration (written by the background into extension storage). */
export async function loadAppConfig(): Promise<AppConfig> {
  try {
    return readAppConfig((await browser.storage.local.get(APP_CONFIG_KEY))[APP_CONFIG_KEY]);
  } catch {
    return readAppConfig(undefined);
  }
}

/** Calls back with the new configuration whenever the school's policy or the teacher's settings change. */
export function watchAppConfig(onChange: (config: AppConfig) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && APP_CONFIG_KEY in changes) onChange(readAppConfig(changes[APP_CONFIG_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
