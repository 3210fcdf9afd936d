import { tabContextKey } from '../core/storage-keys';
import type { PageSummary } from '../messages/schema';

/** What each tab's content script last recognised. Survives a service-worker restart via the area. */
export interface TabContexts {
  get(tabId: number): Promise<PageSummary | null>;
  set(tabId: number, summary: PageSummary | null): Promise<void>;
}

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * Tab contexts in memory (set synchronously, so a request right after a report sees it) and
 * mirrored to a key-value area (storage.session in the extension) for worker restarts.
 */
export function createTabContexts(area: KeyValueArea): TabContexts {
  const memory = new Map<number, PageSummary | null>();
  const key = tabContextKey;
  return {
    async get(tabId) {
      if (memory.has(tabId)) return memory.get(tabId) ?? null;
      const found = (await area.get(key(tabId)))[key(tabId)] as PageSummary | undefined;
      return found ?? null;
    },
    async set(tabId, summary) {
      memory.set(tabId, summary);
      if (summary) await area.set({ [key(tabId)]: summary });
      else await area.remove(key(tabId));
    },
  };
}
