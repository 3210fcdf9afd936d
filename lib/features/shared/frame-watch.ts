const isFrame = (node: Node): boolean =>
  node.nodeType === 1 && ((node as Element).localName === 'iframe' || (node as Element).localName === 'frame');

/**
 * In the school page (content script only: the background has no DOM). Calls `onChange` when a frame in `doc` goes away (removed, or inside something removed) or loads
 * another page (its `load` event, seen while capturing). Once per batch of changes. Returns a stop.
 *
 * On the page's hot path (every batch of changes, e.g. each keystroke in a grid): it looks only at
 * the frames it knew (live collections, no walk of the removed nodes), so a page without frames
 * costs two length checks per batch.
 */
export function watchFrames(doc: Document, onChange: () => void): () => void {
  const iframes = doc.getElementsByTagName('iframe');
  const frames = doc.getElementsByTagName('frame');
  const current = () => [...Array.from(iframes), ...Array.from(frames)];
  let known = current();
  const observer = new MutationObserver(() => {
    if (known.length === 0 && iframes.length === 0 && frames.length === 0) return;
    const gone = known.some((frame) => !frame.isConnected);
    known = current();
    if (gone) onChange();
  });
  observer.observe(doc, { childList: true, subtree: true });
  const loaded = (event: Event) => {
    if (event.target && isFrame(event.target as Node)) onChange();
  };
  doc.addEventListener('load', loaded, true);
  return () => {
    observer.disconnect();
    doc.removeEventListener('load', loaded, true);
  };
}
