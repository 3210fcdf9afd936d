import type { KeyValueArea } from '../../lib/background/tab-contexts';

/** A `storage.session`-like area in memory, for unit tests of what the background keeps there. */
export function memoryArea(): KeyValueArea {
  const m = new Map<string, unknown>();
  return {
    get: async (k: string) => (m.has(k) ? { [k]: m.get(k) } : {}),
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) m.set(k, v);
    },
    remove: async (k: string) => {
      m.delete(k);
    },
  };
}
