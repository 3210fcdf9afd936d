import { classifyPills } from '../core/study';
import { cachedRegExp } from './regex-cache';
import { PATTERN_INPUT_MAX } from './safe-pattern';
import type { Field, FieldSpec } from './schema';

/** ` >>> ` steps into an element's open shadow root: `dna-page-header >>> h1`. */
const PIERCE = /\s*>>>\s*/;

/** Lower case, trimmed, single spaces, no trailing colon: "Stamnummer:" ≡ " stamnummer " ≡ "STAMNUMMER :". */
function normalizeLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[:：]$/, '')
    .toLowerCase();
}

function cleanText(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : undefined;
}

/** Text of an element; a leaf with one text node is read directly (much cheaper on big grids). */
export function textOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const first = el.firstChild;
  if (first && first === el.lastChild && first.nodeType === 3) return cleanText(first.nodeValue);
  return cleanText(el.textContent);
}

/** `scope` itself when it matches, else its first matching descendant; a bad selector finds nothing. */
export function selectIn(scope: Element, selector: string): Element | null {
  try {
    if (selector.includes('>>>')) return selectAll(scope, selector)[0] ?? null;
    return scope.matches(selector) ? scope : scope.querySelector(selector);
  } catch {
    return null;
  }
}

/** Every match; with ` >>> ` the later parts are looked up inside each earlier match's open shadow root. */
export function selectAll(scope: ParentNode, selector: string): Element[] {
  try {
    const [first, ...rest] = selector.split(PIERCE);
    let found: Element[] = Array.from(scope.querySelectorAll(first ?? ''));
    for (const part of rest) {
      found = found.flatMap((host) => (host.shadowRoot ? Array.from(host.shadowRoot.querySelectorAll(part)) : []));
    }
    return found;
  } catch {
    return [];
  }
}

/** A grid's header row (column headings, no student): `th` cells or ARIA `columnheader`s. */
export function isHeaderRow(row: Element): boolean {
  return row.querySelector('th, [role="columnheader"]') !== null;
}

/** How a field reader finds an element; `selectIn` unless a faster, equivalent lookup is given. */
export type Select = (scope: Element, selector: string) => Element | null;

const LABEL_CANDIDATES = 'dt, th, label, .label, [class*="label"], span, div, td, strong, b';

/** Another label ("<dt>Mentor</dt><dt>Profiel</dt>", a header row of `th`), not a value. */
function isLabelLike(el: Element): boolean {
  const tag = el.localName;
  return tag === 'dt' || tag === 'th' || tag === 'label' || /(?:^|\s)label(?:\s|$)/.test(el.getAttribute('class') ?? '');
}

/**
 * The value that belongs to a label element: text right after it ("<b>Klas:</b> 3H2"), else the
 * next element ("<dt>Klas</dt><dd>3H2</dd>"). A label wrapped in an inline element
 * ("<dt><strong>Klas</strong></dt><dd>…</dd>") takes the value after its wrapper.
 */
function valueAfter(label: Element, scope: Element): string | undefined {
  let el: Element | null = label;
  for (let depth = 0; el && depth < 3; depth++) {
    const next = el.nextSibling;
    if (next && next.nodeType === 3) {
      const value = cleanText(next.nodeValue);
      if (value) return value;
    }
    const sibling = el.nextElementSibling;
    if (sibling) return isLabelLike(sibling) ? undefined : textOf(sibling);
    if (el === scope) return undefined;
    el = el.parentElement;
    if (!el || el === scope || el.childElementCount > 1) return undefined;
  }
  return undefined;
}

/** Finds a value by its label: the element after the label, or the rest of "Label: value". */
export function findByLabel(scope: Element, labels: readonly string[]): string | undefined {
  const wanted = new Set(labels.map(normalizeLabel));
  for (const el of selectAll(scope, LABEL_CANDIDATES)) {
    if (el.childElementCount > 0) continue;
    const own = el.textContent ?? '';
    if (own.length > 200) continue;
    if (wanted.has(normalizeLabel(own))) {
      const value = valueAfter(el, scope);
      if (value) return value;
      continue;
    }
    const colon = own.indexOf(':');
    if (colon > 0 && wanted.has(normalizeLabel(own.slice(0, colon)))) {
      const value = cleanText(own.slice(colon + 1));
      if (value) return value;
    }
  }
  return undefined;
}

/** The named group `value` of a profile's pattern (a bad pattern keeps nothing). */
function keep(text: string | undefined, pattern: string | undefined): string | undefined {
  if (text === undefined || pattern === undefined) return text;
  if (text.length > PATTERN_INPUT_MAX) return undefined;
  return cleanText(cachedRegExp(pattern, 'u')?.exec(text)?.groups?.value);
}

function readSpec(scope: Element, spec: FieldSpec, select: Select): string | undefined {
  if (spec.pick && spec.selector !== undefined) {
    const texts = selectAll(scope, spec.selector).map((el) => textOf(el) ?? '');
    return keep(classifyPills(texts)[spec.pick], spec.pattern);
  }
  if (spec.pattern !== undefined) return keep(readSpec(scope, { ...spec, pattern: undefined }, select), spec.pattern);
  if (spec.selector !== undefined || spec.attribute !== undefined) {
    const el = spec.selector === undefined ? scope : select(scope, spec.selector);
    const value = spec.attribute === undefined ? textOf(el) : cleanText(el?.getAttribute(spec.attribute));
    if (value) return value;
  }
  return spec.labels ? findByLabel(scope, spec.labels) : undefined;
}

/** Reads a field; alternatives are tried in order; never throws. */
export function readField(scope: Element, field: Field | undefined, select: Select = selectIn): string | undefined {
  if (!field) return undefined;
  const specs = Array.isArray(field) ? field : [field];
  for (const spec of specs) {
    try {
      const value = readSpec(scope, spec, select);
      if (value) return value;
    } catch {
      // a broken node or selector: try the next alternative
    }
  }
  return undefined;
}

/** Selectors a field reads with (for batching). */
export function fieldSelectors(field: Field | undefined): string[] {
  if (!field) return [];
  return (Array.isArray(field) ? field : [field]).flatMap((s) => (s.selector === undefined ? [] : [s.selector]));
}

interface Compound {
  tag?: string;
  classes: string[];
}

const simpleCache = new Map<string, Compound[] | null>();

/**
 * A selector list of plain compounds (`tag`, `.a`, `tag.a.b`, comma separated) as data, or null
 * for anything else. Used to match many rows in one walk instead of one querySelector per field.
 */
export function compileSimple(selector: string): Compound[] | null {
  let compiled = simpleCache.get(selector);
  if (compiled !== undefined) return compiled;
  compiled = [];
  for (const part of selector.split(',')) {
    const m = /^\s*([a-zA-Z][a-zA-Z0-9-]*)?((?:\.[a-zA-Z_][a-zA-Z0-9_-]*)*)\s*$/.exec(part);
    if (!m || (!m[1] && !m[2])) {
      compiled = null;
      break;
    }
    compiled.push({ ...(m[1] ? { tag: m[1].toLowerCase() } : {}), classes: m[2] ? m[2].slice(1).split('.') : [] });
  }
  if (simpleCache.size > 500) simpleCache.clear();
  simpleCache.set(selector, compiled);
  return compiled;
}

function matchesSimple(tag: string, classes: readonly string[], compounds: readonly Compound[]): boolean {
  for (const c of compounds) {
    if (c.tag !== undefined && tag !== c.tag) continue;
    if (c.classes.every((name) => classes.includes(name))) return true;
  }
  return false;
}

const NO_CLASSES: readonly string[] = [];

/**
 * For each simple selector: `scope` itself when it matches, else the first matching descendant in
 * document order — exactly what `selectIn` returns, found in a single walk of the subtree.
 */
export function selectMany(scope: Element, selectors: ReadonlyMap<string, readonly Compound[]>): Map<string, Element | null> {
  const entries = [...selectors];
  const found = new Map<string, Element | null>();
  let left = entries.length;
  const visit = (el: Element): boolean => {
    const attr = el.getAttribute('class');
    const classes = attr ? attr.split(/\s+/) : NO_CLASSES;
    const tag = el.localName;
    for (const [selector, compounds] of entries) {
      if (!found.has(selector) && matchesSimple(tag, classes, compounds)) {
        found.set(selector, el);
        left--;
      }
    }
    if (left === 0) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (visit(child)) return true;
    return false;
  };
  visit(scope);
  for (const [selector] of entries) if (!found.has(selector)) found.set(selector, null);
  return found;
}
