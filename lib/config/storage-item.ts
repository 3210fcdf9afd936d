import { browser } from 'wxt/browser';
import {
  type ItemAccess,
  itemIn,
  type KeyValueArea,
  memoryArea,
  parseStored,
  type StorageAreaName,
  type StoredItem,
} from '../core/stored-items';

/**
 * The browser edge of the stored items (lib/core/stored-items.ts): the only module that touches
 * `browser.storage` (tests/unit/stored-items.test.ts). No zod here: the content script uses it.
 */

let session: KeyValueArea | undefined;

/**
 * storage.session where the browser has it (Chrome MV3; Firefox 115+, also for MV2): gone when the
 * browser closes, kept when the service worker restarts. Else memory, which in a persistent MV2
 * background page lasts exactly that session too.
 */
export function sessionArea(): KeyValueArea {
  session ??= (browser.storage as { session?: KeyValueArea }).session ?? memoryArea();
  return session;
}

/** The named area, looked up on every call (so a module may bind an item before the browser is ready). */
function browserArea(name: StorageAreaName): KeyValueArea {
  if (name === 'trusted') throw new Error('an item of the trusted store: lib/config/trusted-store.ts');
  const area = (): KeyValueArea => (name === 'session' ? sessionArea() : browser.storage[name]);
  return {
    get: (key) => area().get(key),
    set: (items) => area().set(items),
    remove: (key) => area().remove(key),
  };
}

type Changes = Record<string, { newValue?: unknown }>;

/**
 * storage.local as it is, for what moves out of it (lib/config/settings-migration.ts): every content
 * script of ours can write it, so nothing the background trusts is read from it any more.
 */
export function localArea(): KeyValueArea {
  return browserArea('local');
}

/** Calls back on every change in one area; returns an unsubscribe. */
function onAreaChanged(name: StorageAreaName, callback: (changes: Changes) => void): () => void {
  const listener = (changes: Changes, areaName: string) => {
    if (areaName === name) callback(changes);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export interface BrowserItem<T, W = T> extends ItemAccess<T, W> {
  /** Calls back with the new value whenever the item is written (by any page or the background). */
  watch(onChange: (value: T) => void): () => void;
}

/** One item in its browser.storage area (an item of the trusted store: lib/config/trusted-store.ts). */
export function stored<T, W = T>(item: StoredItem<T, W>): BrowserItem<T, W> {
  return {
    ...itemIn(browserArea(item.area), item),
    watch: (onChange) =>
      onAreaChanged(item.area, (changes) => {
        if (item.key in changes) onChange(parseStored(item, changes[item.key]?.newValue));
      }),
  };
}

/**
 * The school's managed policy: the whole storage.managed area, read-only, parsed by the policy store
 * (lib/policy/store.ts), which also reports what is wrong with it.
 */
/**
 * Calls back with every change of storage.local as written (raw values), for the background's
 * watch over the copies it publishes there (lib/config/published-copies.ts); returns an unsubscribe.
 */
export function onLocalChanged(callback: (changes: Changes) => void): () => void {
  return onAreaChanged('local', callback);
}

export const managedArea = {
  /**
   * No managed storage at all (Firefox without a policy: "Managed storage manifest not found") is "no
   * policy"; any other failure is a failed read: the store keeps the last known policy.
   */
  read: (): Promise<unknown> =>
    browser.storage.managed.get().catch((error: unknown) => {
      if (/manifest not found|not supported/i.test(String((error as Error)?.message ?? error))) return {};
      throw error;
    }),
  watch: (onChange: () => void): (() => void) => onAreaChanged('managed', onChange),
};
