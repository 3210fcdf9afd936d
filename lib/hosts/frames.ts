/**
 * Pages that render inside same-origin frames (Magister's apps render views in iframes): a page
 * profile may name the frame it belongs in, as the path of frame elements from the top document
 * down (`frame: ['iframe#weergave']`). Each frame runs its own content script on its own document;
 * the path keeps such a profile out of every other document.
 */

/** Is `doc` the document of the frame this path leads to from the top window? False when any step is cross-origin. */
export function isInFrame(doc: Document, path: readonly string[]): boolean {
  try {
    let win: Window | null = doc.defaultView;
    for (let i = path.length - 1; i >= 0; i--) {
      const element: Element | null = win?.frameElement ?? null;
      if (!element?.matches(path[i] as string)) return false;
      win = element.ownerDocument.defaultView;
    }
    return win !== null && win === win.top;
  } catch {
    return false; // a bad selector or a frame of another origin
  }
}

/**
 * An element of any window: `instanceof Element` is false for an element of a frame (each frame
 * has its own `Element`), so the node type decides.
 */
export function isElement(value: unknown): value is Element {
  return typeof value === 'object' && value !== null && (value as Node).nodeType === 1;
}

/** The document of a frame element, if it is a frame of the same origin. */
function contentOf(frame: Element | null | undefined): Document | undefined {
  if (!frame || (frame.localName !== 'iframe' && frame.localName !== 'frame')) return undefined;
  return (frame as HTMLIFrameElement).contentDocument ?? undefined;
}

/** The document the frame path leads to from `top`, if it is there and of the same origin. */
export function frameDocument(top: Document, path: readonly string[]): Document | undefined {
  let doc: Document | undefined = top;
  try {
    for (const selector of path) {
      doc = contentOf(doc?.querySelector(selector));
      if (!doc) return undefined;
    }
    return doc;
  } catch {
    return undefined;
  }
}

/** The same-origin frame documents inside `doc`, depth first (frames of another origin are skipped). */
export function frameDocuments(doc: Document, depth = 0): Document[] {
  if (depth > 3) return [];
  const out: Document[] = [];
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    try {
      const inner = contentOf(frame);
      if (inner?.documentElement) out.push(inner, ...frameDocuments(inner, depth + 1));
    } catch {
      // another origin
    }
  }
  return out;
}
