/**
 * Walking what a page shows: every element of the document and of the open shadow roots inside
 * it (web components), in document order, with a cap so a huge page costs a bounded amount.
 */

/** The most elements one recognition pass looks at. */
const MAX_ELEMENTS = 30_000;

/** Elements whose content is never a record or a grid (scripts, styles, our own UI). */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'lob-ui']);

export function shownElements(root: Element, max = MAX_ELEMENTS): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): void => {
    if (out.length >= max || SKIPPED.has(el.localName)) return;
    out.push(el);
    if (el.shadowRoot) for (const child of Array.from(el.shadowRoot.children)) visit(child);
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) visit(child);
  };
  visit(root);
  return out;
}

/** The element's own text (its text nodes, not its children's), trimmed and with single spaces. */
export function ownText(el: Element): string {
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 3) text += node.nodeValue ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of an element and everything below it (shadow content not included), single spaces. */
export function fullText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Does the element repeat (at least `min` elements of its tag side by side)? Looks only at a few
 * neighbours on each side: cheap on a column of a thousand cells, where counting all would not be.
 */
export function repeatsNearby(el: Element, min: number): boolean {
  let count = 1;
  for (let at = el.previousElementSibling, i = 0; at && i < min && count < min; at = at.previousElementSibling, i++) {
    if (at.localName === el.localName) count++;
  }
  for (let at = el.nextElementSibling, i = 0; at && i < min && count < min; at = at.nextElementSibling, i++) {
    if (at.localName === el.localName) count++;
  }
  return count >= min;
}
