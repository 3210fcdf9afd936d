import { BLUR_KEY } from '../core/storage-keys';
import { defineStoredItem, itemIn, type KeyValueArea } from '../core/stored-items';

/** The privacy blur, owned by the background: one state for the panel and every school tab. */
export interface BlurState {
  get(): Promise<boolean>;
  /** Switches it over and tells everyone; resolves with the new state. */
  toggle(): Promise<boolean>;
}

/** On or off for this browser session; anything else stored reads as off. */
const blurItem = defineStoredItem<boolean>({ area: 'session', key: BLUR_KEY, fallback: false, parse: (raw) => raw === true });

/**
 * Kept in the session area (`storage.session`: gone when the browser closes, kept when the panel or
 * the service worker restarts). Toggles are serialised, so two quick presses give on → off.
 * `announce` tells the panel and the content scripts (never throws).
 */
export function createBlurState(area: KeyValueArea, announce: (on: boolean) => void): BlurState {
  let queue: Promise<unknown> = Promise.resolve();
  const blur = itemIn(area, blurItem);
  return {
    // An unreadable area counts as off.
    get: () => queue.then(blur.get),
    toggle() {
      const next = queue.then(async () => {
        const on = !(await blur.get());
        await blur.set(on);
        announce(on);
        return on;
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
