import { selectAll } from '../fields';
import { bestOf, candidateSelectors } from './element-selector';

/**
 * Teaching a page that renders inside open shadow roots (web components): the picked element's
 * place in the composed tree, and a selector that steps into each shadow root with ` >>> `
 * (`lab-leerlingkaart >>> h2.naam`), the way the field readers (lib/hosts/fields.ts) look it up.
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

/** `tag:nth-of-type(n) > …` from the top of the element's own tree (its shadow root) down to it. */
function pathInTree(target: Element): string {
  const steps: string[] = [];
  for (let el: Element | null = target; el; el = el.parentElement) {
    const siblings = el.parentNode ? Array.from(el.parentNode.children).filter((c) => c.localName === el?.localName) : [el];
    steps.unshift(siblings.length > 1 ? `${el.localName}:nth-of-type(${siblings.indexOf(el) + 1})` : el.localName);
  }
  return steps.join(' > ');
}

/** A selector for `target` inside the shadow root reached by `prefix` (from `scope`), best first, positional last. */
function inShadow(target: Element, scope: Element, prefix: string, forbidden: readonly string[]): string | undefined {
  const full = (selector: string) => `${prefix} >>> ${selector}`;
  const finds = (selector: string) => selectAll(scope, full(selector))[0] === target;
  const only = (selector: string) => finds(selector) && selectAll(scope, full(selector)).length === 1;
  const found = bestOf(candidateSelectors(target, null, forbidden), only, finds) ?? pathInTree(target);
  return finds(found) ? full(found) : undefined;
}

/**
 * A selector from `scope` to `target` through the open shadow roots between them, or undefined.
 * `hostSelector` names an element of `scope`'s own tree (lib/hosts/teach/element-selector.ts).
 */
export function piercingSelector(
  target: Element,
  scope: Element,
  forbidden: readonly string[],
  hostSelector: (el: Element) => string | undefined,
): string | undefined {
  const [outer, ...inner] = shadowHostsBetween(target, scope);
  if (!outer) return undefined;
  let prefix = hostSelector(outer);
  for (const host of [...inner, target]) {
    if (prefix === undefined) return undefined;
    prefix = inShadow(host, scope, prefix, forbidden);
  }
  return prefix;
}
