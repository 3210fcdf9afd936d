import type { AppConfig } from './app-config';
import { CONTENT_CONFIG_VERSION, type ContentConfig } from './content-config';
import { wordsFor } from './ui';

/** The content script's part of the configuration, ready to use (computed once, in the background). */
export function contentConfigOf(config: AppConfig): ContentConfig {
  return {
    version: CONTENT_CONFIG_VERSION,
    profiles: config.profiles,
    features: config.settings.features,
    quietMode: config.settings.quietMode,
    words: wordsFor(config),
  };
}
