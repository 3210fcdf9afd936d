import { browser } from 'wxt/browser';

/** Reads one value the background keeps in storage.local, through `read` (which decides what is usable). */
export async function loadStored<T>(key: string, read: (raw: unknown) => T): Promise<T> {
  try {
    return read((await browser.storage.local.get(key))[key]);
  } catch {
    return read(undefined);
  }
}

/** Calls back with the value whenever the background writes it again. */
export function watchStored<T>(key: string, read: (raw: unknown) => T, onChange: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) onChange(read(changes[key]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
