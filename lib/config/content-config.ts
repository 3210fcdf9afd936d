import { STORAGE_KEYS } from '../core/storage-keys';
import { defineStoredItem } from '../core/stored-items';
import type { Features } from '../features/catalog';
import type { HostProfile } from '../hosts/schema';
import type { UiWords } from './words';

/**
 * What the content script needs, made ready by the background (lib/config/publish.ts) and read from
 * extension storage in one step: host profiles already merged with the school's patches and extra
 * domains, the feature switches, and the words of one language. The content script validates
 * nothing of it (no zod in the school page): only the background writes it, after validating policy
 * and settings.
 */
export interface ContentConfig {
  /** Bumped when the shape changes: a copy written by an older version is not used. */
  version: typeof CONTENT_CONFIG_VERSION;
  profiles: HostProfile[];
  features: Features;
  quietMode: boolean;
  words: UiWords;
}

export const CONTENT_CONFIG_VERSION = 1;

/** The stored value if it was written by this version of the background; otherwise undefined (wait for it). */
function readContentConfig(raw: unknown): ContentConfig | undefined {
  const c = raw as Partial<ContentConfig> | undefined;
  if (!c || typeof c !== 'object' || c.version !== CONTENT_CONFIG_VERSION) return undefined;
  if (!Array.isArray(c.profiles) || !c.features || !c.words?.strings) return undefined;
  return c as ContentConfig;
}

/** Written by the background (lib/config/publish.ts) whenever the configuration changes; read by the school page. */
export const contentConfigItem = defineStoredItem<ContentConfig | undefined, ContentConfig>({
  area: 'local',
  key: STORAGE_KEYS.contentConfig,
  fallback: undefined,
  parse: readContentConfig,
});
