import { isRecord } from '../core/stored-items';

/**
 * The copies the background publishes in storage.local (the configuration for extension pages, the
 * content script's part of it, the cues' snooze): any content script of ours may write there, so a
 * copy is only ever what the background wrote from the trusted store. The background remembers
 * what it wrote last per key; a change to another value (or a removal) was made by someone else and
 * is undone by publishing again. Pure: the background wires it to `storage.onChanged`.
 */

/** A value as storage keeps it (JSON), with object keys in one order: equal values give equal texts. */
export function storedText(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      isRecord(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
    ) ?? 'undefined'
  );
}

export interface PublishedCopies {
  /** The background writes `value` (as stored; undefined: removed) under `key` now. */
  wrote(key: string, value: unknown): void;
  /** Of the changed keys, the copies whose new value is not what the background last wrote. */
  foreign(changes: Readonly<Record<string, { newValue?: unknown }>>): string[];
}

export function publishedCopies(keys: readonly string[]): PublishedCopies {
  const written = new Map<string, string>();
  return {
    wrote: (key, value) => {
      written.set(key, storedText(value));
    },
    foreign: (changes) => keys.filter((key) => key in changes && written.get(key) !== storedText(changes[key]?.newValue)),
  };
}
