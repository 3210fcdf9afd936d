import { type ContentConfig, contentConfigItem } from './content-config';
import { stored } from './storage-item';

/**
 * Calls back with the content configuration now and whenever the background writes it again.
 * `ready` resolves with the first usable copy: right after an install or update the background may
 * still be writing it, and then we wait (nothing is shown before the school's configuration is known).
 */
export function followContentConfig(onChange: (config: ContentConfig) => void): {
  ready: Promise<ContentConfig>;
  stop(): void;
} {
  let resolveReady: (config: ContentConfig) => void = () => undefined;
  const ready = new Promise<ContentConfig>((resolve) => {
    resolveReady = resolve;
  });
  let seen = false;
  const take = (config: ContentConfig | undefined) => {
    if (!config) return;
    seen = true;
    onChange(config);
    resolveReady(config);
  };
  const item = stored(contentConfigItem);
  const stop = item.watch(take);
  void item.get().then((config) => {
    if (!seen) take(config);
  });
  return { ready, stop };
}
