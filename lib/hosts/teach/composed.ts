/**
 * The composed tree (the document with the open shadow roots of its web components): parents,
 * containment and the hosts between two elements. Small and dependency-free: the content script
 * uses it for recognition by meaning.
 */

/** The element's parent in the composed tree: its parent element, or the host of the shadow root it sits in. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

/** Does `outer` hold `inner`, also through shadow roots? */
export function composedContains(outer: Element, inner: Element): boolean {
  for (let el: Element | null = inner; el; el = composedParent(el)) if (el === outer) return true;
  return false;
}

/** The element itself, or the outermost shadow host it renders in (an element of the document itself). */
export function lightElement(el: Element): Element {
  let at = el;
  for (let root = at.getRootNode(); root !== at.ownerDocument && 'host' in root; root = at.getRootNode()) {
    at = (root as ShadowRoot).host;
  }
  return at;
}

/** The shadow hosts between `scope` and `el`, outermost first: empty when `el` is in `scope`'s own tree. */
export function shadowHostsBetween(el: Element, scope: Element): Element[] {
  const hosts: Element[] = [];
  for (let at: Element | null = el; at && at !== scope; at = composedParent(at)) {
    const parent = at.parentNode;
    if (parent && 'host' in parent) hosts.unshift((parent as ShadowRoot).host);
  }
  return hosts;
}
