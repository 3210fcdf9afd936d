import { isElement } from '../../hosts/frames';

const isFrame = (node: Node): boolean => isElement(node) && (node.localName === 'iframe' || node.localName === 'frame');

/** Does a removed node take a frame with it (the frame itself, or one inside it)? */
function holdsFrame(node: Node): boolean {
  return isFrame(node) || (isElement(node) && node.querySelector('iframe, frame') !== null);
}

/**
 * In the school page (content script only: the background has no DOM). Calls `onChange` when a frame in `doc` goes away (removed, or inside something removed) or loads
 * another page (its `load` event, seen while capturing). Once per batch of changes. Returns a stop.
 */
export function watchFrames(doc: Document, onChange: () => void): () => void {
  const observer = new MutationObserver((records) => {
    if (records.some((r) => Array.from(r.removedNodes).some(holdsFrame))) onChange();
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
