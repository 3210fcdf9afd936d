/**
 * One writer at a time across the extension's pages and its background: the options page's import
 * and erase and the background's writes (notes, moments, retention) take the same Web Lock, so an
 * erase never interleaves with an autosave. Where the Web Locks API is missing, work runs directly.
 */
const LOCK = 'lob-database-write';

type Locks = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

export function withWriteLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
  return locks ? locks.request(LOCK, work) : work();
}
