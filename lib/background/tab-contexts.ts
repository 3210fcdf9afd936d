import { tabContextKey } from '../core/storage-keys';
import { defineStoredItem, isRecord, itemIn, type KeyValueArea } from '../core/stored-items';
import type { PageSummary } from '../messages/schema';

/**
 * What each tab's content scripts last recognised, per frame (Magister renders some views in
 * same-origin iframes, each with its own content script). Survives a service-worker restart via the area.
 */
export interface TabContexts {
  /** One frame's context; without a frame: the tab's best one (a frame showing a student, most recent first). */
  get(tabId: number, frameId?: number): Promise<PageSummary | null>;
  /**
   * One frame's context as this worker already holds it, without waiting: undefined when the worker
   * has not loaded the tab yet (after a restart). For a reply that must act before any await.
   */
  known(tabId: number, frameId: number): PageSummary | null | undefined;
  set(tabId: number, summary: PageSummary | null, frameId?: number): Promise<void>;
  /** The frames of the tab that hold a context. */
  frameIds(tabId: number): Promise<number[]>;
  /** The tab is gone or navigated away: forget all its frames. */
  clear(tabId: number): Promise<void>;
}

type Frames = Record<string, { summary: PageSummary; at: number }>;

/** One tab's frames in the session area; a tab with none keeps no key. */
const tabContextItem = (tabId: number) =>
  defineStoredItem<Frames>({
    area: 'session',
    key: tabContextKey(tabId),
    fallback: {},
    parse: (raw) => (isRecord(raw) ? (raw as Frames) : {}),
    serialize: (frames) => (Object.keys(frames).length > 0 ? frames : undefined),
  });

function best(frames: Frames): PageSummary | null {
  const entries = Object.values(frames).sort((a, b) => b.at - a.at);
  return (entries.find((e) => e.summary.student) ?? entries[0])?.summary ?? null;
}

/**
 * Tab contexts in memory (set synchronously, so a request right after a report sees it) and
 * mirrored to a key-value area (storage.session in the extension) for worker restarts.
 */
export function createTabContexts(area: KeyValueArea, now: () => number = Date.now): TabContexts {
  const memory = new Map<number, Frames>();
  const kept = (tabId: number) => itemIn(area, tabContextItem(tabId));
  const load = async (tabId: number): Promise<Frames> => {
    const cached = memory.get(tabId);
    if (cached) return cached;
    const frames = await kept(tabId).read();
    if (!memory.has(tabId)) memory.set(tabId, frames);
    return memory.get(tabId) ?? frames;
  };
  return {
    async get(tabId, frameId) {
      const frames = await load(tabId);
      return frameId === undefined ? best(frames) : (frames[String(frameId)]?.summary ?? null);
    },
    known(tabId, frameId) {
      const frames = memory.get(tabId);
      return frames === undefined ? undefined : (frames[String(frameId)]?.summary ?? null);
    },
    async set(tabId, summary, frameId = 0) {
      const frames = { ...(memory.get(tabId) ?? {}) };
      if (summary) frames[String(frameId)] = { summary, at: now() };
      else delete frames[String(frameId)];
      memory.set(tabId, frames);
      await kept(tabId).set(frames);
    },
    async frameIds(tabId) {
      return Object.keys(await load(tabId)).map(Number);
    },
    async clear(tabId) {
      memory.set(tabId, {});
      await kept(tabId).remove();
    },
  };
}
