/**
 * Asks the browser to keep the extension's storage (IndexedDB) when disk space runs low
 * (`navigator.storage.persist()`, a window API: extension pages only, not the service worker).
 * True: kept; false: the browser may clear it; undefined: the browser cannot say. Never throws.
 */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage,
): Promise<boolean | undefined> {
  if (!storage || typeof storage.persist !== 'function') return undefined;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return undefined;
  }
}
