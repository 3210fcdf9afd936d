import { STORAGE_KEYS } from '../core/storage-keys';
import { defineStoredItem } from '../core/stored-items';
import { stored } from './storage-item';

/**
 * The kinds of page the teacher said "Nee" to when recognition by meaning proposed them (a page
 * type, the host and the address without ids: lib/hosts/meaning/page-kind.ts). Kept so the question
 * is never asked again there; the newest 200.
 */
const MAX = 200;

const meaningDismissedItem = defineStoredItem<string[]>({
  area: 'local',
  key: STORAGE_KEYS.meaningDismissed,
  fallback: [],
  parse: (raw) =>
    Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string' && k.length <= 300).slice(-MAX) : [],
});

const dismissed = stored(meaningDismissedItem);

export const meaningDismissals = {
  get: (): Promise<string[]> => dismissed.get(),
  add: (key: string): Promise<void> => dismissed.update((keys) => [...keys.filter((k) => k !== key), key].slice(-MAX)),
};
