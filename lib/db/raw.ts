/**
 * The database read as it is on disk, without Dexie and without our schema: for when opening it
 * with the current schema fails (a migration that went wrong). Opening without a version never
 * upgrades; a database that does not exist is not created (the upgrade is aborted).
 */
const RAW_EXPORT_FORMAT = 'lob-naast-de-leerling-ruw';

export interface RawExport {
  format: typeof RAW_EXPORT_FORMAT;
  database: string;
  /** IndexedDB's own version number (Dexie stores version × 10). */
  indexedDbVersion: number;
  exportedAt: string;
  stores: Record<string, unknown[]>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openAsIs(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    let missing = false;
    const open = factory.open(name);
    open.onupgradeneeded = () => {
      // Only a database that does not exist gets an upgrade without a version: do not create it.
      missing = true;
      open.transaction?.abort();
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = (event) => {
      if (missing) {
        event.preventDefault();
        resolve(null);
      } else reject(open.error);
    };
  });
}

/** Every object store with every row, as stored. Null when there is no such database. */
export async function readRawDatabase(name: string, now: Date, factory: IDBFactory = indexedDB): Promise<RawExport | null> {
  const db = await openAsIs(factory, name);
  if (!db) return null;
  try {
    const names = [...db.objectStoreNames].sort();
    const stores: Record<string, unknown[]> = {};
    if (names.length > 0) {
      const tx = db.transaction(names, 'readonly');
      for (const store of names) stores[store] = await request(tx.objectStore(store).getAll());
    }
    return { format: RAW_EXPORT_FORMAT, database: name, indexedDbVersion: db.version, exportedAt: now.toISOString(), stores };
  } finally {
    db.close();
  }
}
