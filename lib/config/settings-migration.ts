import { STORAGE_KEYS } from '../core/storage-keys';
import { defineStoredItem, itemIn, type KeyValueArea, type StoredItem } from '../core/stored-items';

/**
 * Until this version the teacher's settings, taught pages and other choices the background acts on
 * were kept in storage.local, which every content script of ours can write. At start-up the
 * background moves them, once, into the trusted store (lib/config/trusted-store.ts) and removes
 * them from storage.local; from then on storage.local holds only what the background publishes.
 * Pure over two key-value areas (tested with areas in memory).
 */

/** Set in the trusted store once the move is done: a value written to storage.local later is never taken. */
const settingsMovedItem = defineStoredItem<boolean>({
  area: 'trusted',
  key: STORAGE_KEYS.settingsMoved,
  fallback: false,
  parse: (raw) => raw === true,
});

/** What storage.local held under `from` goes to the trusted store under `to`'s key. */
export interface SettingsMove {
  from: Pick<StoredItem<unknown, never>, 'key'>;
  to: Pick<StoredItem<unknown, never>, 'key'>;
}

/**
 * Moves each stored value as it is (its item parses it when it is read, as before); a value the
 * trusted store already has wins. Safe to break off at any step: copy, then remove, then mark done.
 * Returns the keys moved (empty once done).
 */
export async function moveSettingsToTrusted(
  areas: { local: KeyValueArea; trusted: KeyValueArea },
  moves: readonly SettingsMove[],
): Promise<string[]> {
  const done = itemIn(areas.trusted, settingsMovedItem);
  if (await done.read()) return [];
  const moved: string[] = [];
  for (const { from, to } of moves) {
    const value = (await areas.local.get(from.key))[from.key];
    if (value === undefined) continue;
    if ((await areas.trusted.get(to.key))[to.key] === undefined) await areas.trusted.set({ [to.key]: value });
    moved.push(from.key);
  }
  for (const { from } of moves) await areas.local.remove(from.key);
  await done.set(true);
  return moved;
}
