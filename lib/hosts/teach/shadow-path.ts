import { selectAll } from '../fields';
import { shadowHostsBetween } from './composed';
import { bestOf, candidateSelectors } from './element-selector';

/**
 * Teaching a page that renders inside open shadow roots (web components): the picked element's
 * place in the composed tree, and a selector that steps into each shadow root with ` >>> `
 * (`lab-leerlingkaart >>> h2.naam`), the way the field readers (lib/hosts/fields.ts) look it up.
 */

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
