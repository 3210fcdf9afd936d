import { BLUR_KEY } from '../core/storage-keys';
import type { KeyValueArea } from './tab-contexts';

/** The privacy blur, owned by the background: one state for the panel and every school tab. */
export interface BlurState {
  get(): Promise<boolean>;
  /** Switches it over and tells everyone; resolves with the new state. */
  toggle(): Promise<boolean>;
}

/**
 * Kept in the session area (`storage.session`: gone when the browser closes, kept when the panel or
 * the service worker restarts). Toggles are serialised, so two quick presses give on → off.
 * `announce` tells the panel and the content scripts (never throws).
 */
export function createBlurState(area: KeyValueArea, announce: (on: boolean) => void): BlurState {
  let queue: Promise<unknown> = Promise.resolve();
  const read = async () => (await area.get(BLUR_KEY).catch((): Record<string, unknown> => ({})))[BLUR_KEY] === true;
  return {
    get: () => queue.then(read),
    toggle() {
      const next = queue.then(async () => {
        const on = !(await read());
        await area.set({ [BLUR_KEY]: on });
        announce(on);
        return on;
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
