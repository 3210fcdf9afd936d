import { selectAll, selectIn } from '../fields';
import { cssIdent, cssString, isStableClass, isStableToken } from './stable-token';

/**
 * CSS selectors for a picked element that survive the next student and small redesigns: stable
 * attributes and roles before classes, classes before tags, an ancestor for context before a
 * position. No selector ever carries a `forbidden` text (a picked value).
 */

const MAX_CONTEXT_DEPTH = 6;

/** Simple selectors that name `el` by itself, best first (none of them positional). */
export function ownSelectors(el: Element, forbidden: readonly string[]): string[] {
  const tag = el.localName;
  const out: string[] = [];
  for (const attr of Array.from(el.attributes)) {
    if (!/^data-[a-z][\w-]*$/.test(attr.name) || !isStableToken(attr.name, forbidden)) continue;
    // The attribute's presence first (its value may differ per student or per page), then its value.
    out.push(`[${attr.name}]`);
    if (attr.value !== '' && isStableToken(attr.value, forbidden)) out.push(`[${attr.name}=${cssString(attr.value)}]`);
  }
  const aria = el.getAttribute('aria-label');
  if (isStableToken(aria, forbidden)) out.push(`${tag}[aria-label=${cssString(aria)}]`);
  const role = el.getAttribute('role');
  if (isStableToken(role, forbidden)) out.push(`${tag}[role=${cssString(role)}]`);
  if (isStableToken(el.id, forbidden) && !/^\d+$/.test(el.id)) out.push(`#${cssIdent(el.id)}`);
  const classes = Array.from(el.classList).filter((c) => isStableClass(c, forbidden));
  for (const c of classes) out.push(`.${cssIdent(c)}`);
  for (const c of classes) out.push(`${tag}.${cssIdent(c)}`);
  for (let i = 0; i < classes.length; i++) {
    for (let j = i + 1; j < classes.length; j++) out.push(`.${cssIdent(classes[i] as string)}.${cssIdent(classes[j] as string)}`);
  }
  if (tag.includes('-')) out.push(tag);
  return out;
}

/** `tag:nth-of-type(n) > …` from `scope` down to `target`: the last resort. */
function positionalPath(target: Element, scope: Element): string | undefined {
  const steps: string[] = [];
  for (let el: Element | null = target; el && el !== scope; el = el.parentElement) {
    const parent: Element | null = el.parentElement;
    if (!parent) return undefined;
    const sameTag = Array.from(parent.children).filter((c) => c.localName === el?.localName);
    steps.unshift(sameTag.length > 1 ? `${el.localName}:nth-of-type(${sameTag.indexOf(el) + 1})` : el.localName);
  }
  return steps.length > 0 ? steps.join(' > ') : undefined;
}

/**
 * The first selector that passes the strict test, else the first that passes the loose one: a
 * selector that finds only the picked element beats one that finds it first of several.
 */
export function bestOf(
  candidates: Iterable<string>,
  strict: (s: string) => boolean,
  loose: (s: string) => boolean,
): string | undefined {
  const list = [...candidates];
  return list.find(strict) ?? list.find(loose);
}

/** Every candidate: the element's own names, then each within a named ancestor (up to `stop`, exclusive). */
export function candidateSelectors(
  target: Element,
  stop: Element | null,
  forbidden: readonly string[],
  maxDepth = MAX_CONTEXT_DEPTH,
): string[] {
  const own = ownSelectors(target, forbidden);
  const inner = [...own, target.localName];
  const out = [...own];
  let depth = 0;
  for (let a = target.parentElement; a && a !== stop && depth < maxDepth; a = a.parentElement, depth++) {
    for (const outer of ownSelectors(a, forbidden)) for (const c of inner) out.push(`${outer} ${c}`);
  }
  return out;
}

/**
 * A selector that finds `target` as the first match within `scope` (how the field readers look
 * up a selector), preferably as the only match: the element's own stable name, else it within a
 * named ancestor, else (only then) its position. Undefined when nothing finds it.
 */
export function synthesizeSelector(target: Element, scope: Element, forbidden: readonly string[]): string | undefined {
  const finds = (selector: string) => selectIn(scope, selector) === target;
  const only = (selector: string) => finds(selector) && selectAll(scope, selector).filter((el) => el !== target).length === 0;
  const found = bestOf(candidateSelectors(target, scope, forbidden), only, finds);
  if (found) return found;
  const path = positionalPath(target, scope);
  return path !== undefined && finds(path) ? path : undefined;
}
