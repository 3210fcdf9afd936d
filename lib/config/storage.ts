import { STORAGE_KEYS } from '../core/storage-keys';
import { type AppConfig, readAppConfig } from './app-config';
import { loadStored, watchStored } from './stored';

/** Reads the shared configuration (written by the background into extension storage). */
export function loadAppConfig(): Promise<AppConfig> {
  return loadStored(STORAGE_KEYS.appConfig, readAppConfig);
}

/** Calls back with the new configuration whenever the school's policy or the teacher's settings change. */
export function watchAppConfig(onChange: (config: AppConfig) => void): () => void {
  return watchStored(STORAGE_KEYS.appConfig, readAppConfig, onChange);
}
