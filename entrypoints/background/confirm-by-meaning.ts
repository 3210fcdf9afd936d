import { browser } from 'wxt/browser';

/** The picker's own bundle (entrypoints/page-teacher.ts), which also confirms a proposal. */
const PAGE_TEACHER_SCRIPT = '/page-teacher.js';

/**
 * "Klopt" on a proposal of recognition by meaning: the picker is injected into the frame that
 * proposed (our isolated world, never the page's), asks why it was started (`teach/intent`: to
 * confirm), builds the taught page from what it finds there with every check of a page taught by
 * pointing, saves it, and resolves with the answer. Firefox MV2: `tabs.executeScript`.
 */
const confirming = new Set<string>();
const keyOf = (tabId: number, frameId: number) => `${tabId}:${frameId}`;

export function teachIntent(tabId: number, frameId: number): 'confirm' | 'teach' {
  return confirming.has(keyOf(tabId, frameId)) ? 'confirm' : 'teach';
}

function answerOf(result: unknown): { kept: boolean; reason?: string } {
  const r = result as { kept?: unknown; reason?: unknown } | null;
  if (r && typeof r.kept === 'boolean')
    return { kept: r.kept, ...(typeof r.reason === 'string' ? { reason: r.reason.slice(0, 500) } : {}) };
  return { kept: false };
}

export async function confirmByMeaning(tabId: number, frameId: number): Promise<{ kept: boolean; reason?: string }> {
  const key = keyOf(tabId, frameId);
  confirming.add(key);
  try {
    if (browser.scripting) {
      const [frame] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: [PAGE_TEACHER_SCRIPT],
      });
      return answerOf(frame?.result);
    }
    const [result] = (await browser.tabs.executeScript(tabId, { file: PAGE_TEACHER_SCRIPT, frameId })) ?? [];
    return answerOf(result);
  } catch {
    return { kept: false };
  } finally {
    confirming.delete(key);
  }
}
