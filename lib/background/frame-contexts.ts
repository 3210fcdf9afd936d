import type { TabContexts } from './tab-contexts';

/**
 * A frame's student leaves the panel when the frame goes away (the iframe removed) or shows another
 * page: its content script no longer answers, so its context is forgotten. The top frame (0) is
 * left to the tab's own events (a new document, the tab closed). True when any context went.
 */
export async function forgetGoneFrames(
  tabs: TabContexts,
  tabId: number,
  alive: (tabId: number, frameId: number) => Promise<boolean>,
): Promise<boolean> {
  const frames = (await tabs.frameIds(tabId)).filter((frameId) => frameId !== 0);
  const answers = await Promise.all(frames.map((frameId) => alive(tabId, frameId).catch(() => false)));
  const gone = frames.filter((_, i) => !answers[i]);
  for (const frameId of gone) await tabs.set(tabId, null, frameId);
  return gone.length > 0;
}
