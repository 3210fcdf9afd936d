/**
 * One definition per item the extension keeps in `browser.storage` (keys: storage-keys.ts): its
 * area, its key, what a read gives when nothing usable is stored, and how a stored value (anything
 * an older version or a hand edit left there) becomes the item's type. Every read and write goes
 * through the definition, never `get(key)` plus a cast at the call site (tests/unit/stored-items.test.ts).
 * Pure: the browser edge is lib/config/storage-item.ts; here an item works over any key-value area
 * (the session area, or memory in tests and in browsers without one). A parser used in the school
 * page must not use zod (content-script rule).
 */

/**
 * `trusted`: the extension's own settings database (IndexedDB `lob-instellingen`,
 * lib/config/trusted-store.ts), which no content script can open or write; the background writes it.
 */
export type StorageAreaName = 'local' | 'session' | 'managed' | 'trusted';

/** The part of a `browser.storage` area that items use. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * `T`: what a read gives; `W`: what a write takes, the same unless a read adds to what is stored
 * (such as the problems found in it).
 */
export interface StoredItem<T, W = T> {
  readonly area: StorageAreaName;
  readonly key: string;
  /** What a read gives when nothing is stored (or, for `get`, when the area cannot be read); shared, never changed. */
  readonly fallback: T;
  /** A stored value as the item's type; whatever is unusable in it falls back, never throws. */
  readonly parse: (raw: unknown) => T;
  /** What is kept for a written value; undefined removes the key. Absent: the value itself. */
  readonly serialize?: (value: W) => unknown;
}

export function defineStoredItem<T, W = T>(definition: StoredItem<T, W>): StoredItem<T, W> {
  return definition;
}

/** For parsers: a plain object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The item's value in what an area holds for its key (`undefined`: nothing stored). */
export function parseStored<T, W>(item: StoredItem<T, W>, raw: unknown): T {
  return raw === undefined ? item.fallback : item.parse(raw);
}

/** Reading and writing one item in one area. */
export interface ItemAccess<T, W = T> {
  /** The value, or the fallback when nothing is stored or the area cannot be read; never rejects. */
  get(): Promise<T>;
  /** The value; rejects when the area cannot be read (where that must not pass for "nothing stored"). */
  read(): Promise<T>;
  set(value: W): Promise<void>;
  remove(): Promise<void>;
  /** Reads (rejecting when the area cannot be read), changes and writes back. */
  update(change: (current: T) => W): Promise<void>;
}

export function itemIn<T, W>(area: KeyValueArea, item: StoredItem<T, W>): ItemAccess<T, W> {
  const read = async () => parseStored(item, (await area.get(item.key))[item.key]);
  const remove = () => area.remove(item.key);
  const set = async (value: W) => {
    const stored = item.serialize ? item.serialize(value) : value;
    await (stored === undefined ? remove() : area.set({ [item.key]: stored }));
  };
  return {
    get: () => read().catch(() => item.fallback),
    read,
    set,
    remove,
    update: async (change) => set(change(await read())),
  };
}

/** A key-value area in memory: for a browser without `storage.session`, and for tests. */
export function memoryArea(): KeyValueArea {
  const values = new Map<string, unknown>();
  return {
    get: async (key) => (values.has(key) ? { [key]: values.get(key) } : {}),
    set: async (items) => {
      for (const [key, value] of Object.entries(items)) values.set(key, value);
    },
    remove: async (key) => {
      values.delete(key);
    },
  };
}
