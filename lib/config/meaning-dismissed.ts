import { STORAGE_KEYS } from '../core/storage-keys';
import { defineStoredItem } from '../core/stored-items';
import { trusted } from './trusted-store';

/**
 * The kinds of page the teacher said "Nee" to when recognition by meaning proposed them (a page
 * type, the host and the address without ids: lib/hosts/meaning/page-kind.ts). Kept so the question
 * is never asked again there; the newest 200. In the trusted store, written by the background on the
 * content script's checked message (meaning/dismiss).
 */
const MAX = 200;

export const meaningDismissedItem = defineStoredItem<string[]>({
  area: 'trusted',
  key: STORAGE_KEYS.meaningDismissed,
  fallback: [],
  parse: (raw) =>
    Array.isArray(raw) ? raw.filter((k): k is string => typeof k === 'string' && k.length <= 300).slice(-MAX) : [],
});

const dismissed = trusted(meaningDismissedItem);

export const meaningDismissals = {
  get: (): Promise<string[]> => dismissed.get(),
  add: (key: string): Promise<void> => dismissed.update((keys) => [...keys.filter((k) => k !== key), key].slice(-MAX)),
};
