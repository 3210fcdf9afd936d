import Dexie, { type EntityTable } from 'dexie';
import { type ItemAccess, itemIn, type KeyValueArea, type StoredItem } from '../core/stored-items';

/**
 * The trusted store: where the teacher's settings, taught pages and other choices the background
 * acts on are kept (items with `area: 'trusted'`).
 *
 * Why here and not in `browser.storage`: every content script of ours may read and write
 * storage.local (and storage.sync); Chrome can restrict only storage.session to trusted contexts
 * (`setAccessLevel`), and that area ends with the browser. A content script that its school page
 * compromised could so set the teacher's `retentionDays` to 30. IndexedDB belongs to an origin: a
 * content script opening it reaches the school site's database, never the extension's, so this one
 * is written only by the background (and read by extension pages, which are the extension's origin).
 *
 * Why its own database (`lob-instellingen`, version 1, one table of key and value) and not a table
 * in the notes database (lib/db/database.ts): settings must be readable before and apart from the
 * notes' schema migrations, and the two evolve separately; a new kind of setting needs no new version.
 */
const NAME = 'lob-instellingen';

interface Entry {
  key: string;
  value: unknown;
}

type SettingsDatabase = Dexie & { items: EntityTable<Entry, 'key'> };

function openSettingsDatabase(): SettingsDatabase {
  const db = new Dexie(NAME) as SettingsDatabase;
  db.version(1).stores({ items: 'key' });
  return db;
}

let database: SettingsDatabase | undefined;

/** The trusted store as a key-value area (opened on first use). */
export function trustedArea(): KeyValueArea {
  const db = () => {
    database ??= openSettingsDatabase();
    return database;
  };
  return {
    get: async (key) => {
      const entry = await db().items.get(key);
      return entry === undefined || entry.value === undefined ? {} : { [key]: entry.value };
    },
    set: async (items) => {
      await db().items.bulkPut(Object.entries(items).map(([key, value]) => ({ key, value })));
    },
    remove: async (key) => {
      await db().items.delete(key);
    },
  };
}

/** The writes of each key waiting in turn. */
const queues = new Map<string, Promise<unknown>>();

/**
 * One item of the trusted store. Its changes (read, change, write) run one after another, so two
 * messages that change the same item at once both count.
 */
export function trusted<T, W = T>(item: StoredItem<T, W>, area: KeyValueArea = trustedArea()): ItemAccess<T, W> {
  if (item.area !== 'trusted') throw new Error(`${item.key} is not an item of the trusted store`);
  const access = itemIn(area, item);
  const serial = <R>(run: () => Promise<R>): Promise<R> => {
    const next = (queues.get(item.key) ?? Promise.resolve()).then(run, run);
    queues.set(
      item.key,
      next.catch(() => undefined),
    );
    return next;
  };
  return {
    ...access,
    set: (value) => serial(() => access.set(value)),
    remove: () => serial(() => access.remove()),
    update: (change) => serial(() => access.update(change)),
  };
}
