import { synthesizeSelector } from './element-selector';

/**
 * The frame path of a page taught inside a same-origin frame: for each frame element from the top
 * document down, a selector that names it (no position, no picked value). Undefined when a step
 * cannot be named or crosses to another origin.
 */
export function framePathOf(doc: Document, forbidden: readonly string[]): string[] | undefined {
  const path: string[] = [];
  try {
    for (let win: Window | null = doc.defaultView; win && win !== win.top; win = win.parent) {
      const frame = win.frameElement;
      if (!frame) return undefined;
      const selector = synthesizeSelector(frame, frame.ownerDocument.documentElement, forbidden);
      if (selector === undefined || selector.includes(':nth-of-type')) return undefined;
      path.unshift(selector);
    }
    return path;
  } catch {
    return undefined;
  }
}

/** Where a frame's content sits on the top page: the element's box moved by the boxes of the frames around it. */
export function rectOnTop(el: Element): { left: number; top: number; width: number; height: number } {
  const rect = el.getBoundingClientRect();
  let { left, top } = rect;
  try {
    for (let win: Window | null = el.ownerDocument.defaultView; win && win !== win.top; win = win.parent) {
      const frame = win.frameElement;
      if (!frame) break;
      const outer = frame.getBoundingClientRect();
      left += outer.left + frame.clientLeft;
      top += outer.top + frame.clientTop;
    }
  } catch {
    // another origin: the frame's own coordinates are the best we have
  }
  return { left, top, width: rect.width, height: rect.height };
}
