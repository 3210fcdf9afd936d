import { readField, selectAll, selectIn, textOf } from '../fields';
import type { FieldSpec } from '../schema';
import { bestOf, candidateSelectors, ownSelectors } from './element-selector';
import { hrefIdPattern } from './route';
import { siblingRows } from './sibling-rows';

/**
 * Selectors for a grid from one picked row: a row selector that matches the row and all its
 * siblings of the same kind, and within the row selectors relative to the row that find the same
 * cell in the other rows too. A value that differs per row (an id in an attribute, a name in an
 * aria-label) never works for every row, so it never ends up in a selector.
 */

/** The element around `el` (or `el`) that repeats: the nearest one with siblings of the same kind, below `stop`. */
export function repeatingAncestor(el: Element, stop: Element): Element | undefined {
  for (let at: Element | null = el; at && at !== stop; at = at.parentElement) {
    if (siblingRows(at).length > 1) return at;
  }
  return undefined;
}

/** The row a click on a list means: the table row or list item around it, else the repeating element (a cell repeats too, sideways). */
export function rowAround(clicked: Element, stop: Element): Element | undefined {
  return clicked.closest('tr, [role="row"], li') ?? repeatingAncestor(clicked, stop);
}

/** The field a click on a grade input means (a click may land on a wrapper inside it). */
export function fieldAround(clicked: Element): Element {
  return clicked.closest('input, textarea, [contenteditable="true"]') ?? clicked;
}

/** Enough of the other rows have it (a late or odd row may miss a cell): at least 80 %. */
function mostHave(rows: readonly Element[], has: (row: Element) => boolean): boolean {
  return rows.filter(has).length >= Math.ceil(rows.length * 0.8);
}

/**
 * A selector (within `scope`) for every row like `row`: it matches all the row's siblings of the
 * same kind and no element inside a row. Undefined when none does.
 */
export function synthesizeRowSelector(row: Element, scope: Element, forbidden: readonly string[]): string | undefined {
  const siblings = siblingRows(row);
  const valid = (selector: string) => {
    const matches = selectAll(scope, selector);
    const set = new Set(matches);
    return siblings.every((r) => set.has(r)) && matches.every((m) => !siblings.some((r) => r !== m && r.contains(m)));
  };
  const own = [...ownSelectors(row, forbidden), row.localName];
  const found = own.find((s) => s !== row.localName && valid(s));
  if (found) return found;
  let depth = 0;
  for (let a = row.parentElement; a && a !== scope.parentElement && depth < 4; a = a.parentElement, depth++) {
    for (const outer of ownSelectors(a, forbidden)) {
      const combined = own.map((c) => `${outer} ${c}`).find(valid);
      if (combined) return combined;
    }
  }
  return undefined;
}

/**
 * A selector relative to the row for a cell picked in it: it finds the picked element in this row
 * and an element in (nearly) every sibling row. Positional only as a last resort.
 */
export function synthesizeCellSelector(row: Element, picked: Element, forbidden: readonly string[]): string | undefined {
  if (!row.contains(picked) || row === picked) return undefined;
  const siblings = siblingRows(row);
  // In every row it finds an element inside that row, never the row itself (a `div` row may match a
  // cell's selector: its whole text would become the cell's value).
  const inside = (r: Element, selector: string) => {
    const found = selectIn(r, selector);
    return found !== null && found !== r;
  };
  const valid = (selector: string) => selectIn(row, selector) === picked && mostHave(siblings, (r) => inside(r, selector));
  const only = (selector: string) => valid(selector) && selectAll(row, selector).length === 1;
  const avoid = [...forbidden, ...(textOf(picked) ? [textOf(picked) as string] : [])];
  const found = bestOf(candidateSelectors(picked, row, avoid), only, valid);
  if (found) return found;
  const cell = Array.from(row.children).find((c) => c.contains(picked));
  if (!cell) return undefined;
  const position = `:scope > ${cell.localName}:nth-of-type(${
    Array.from(row.children)
      .filter((c) => c.localName === cell.localName)
      .indexOf(cell) + 1
  })`;
  const positional = cell === picked ? position : `${position} ${picked.localName}`;
  return valid(positional) ? positional : undefined;
}

/** A text field of a row (name, klas, …) from the picked cell. */
export function synthesizeRowField(row: Element, picked: Element, forbidden: readonly string[]): FieldSpec | undefined {
  const selector = synthesizeCellSelector(row, picked, forbidden);
  if (selector === undefined) return undefined;
  const spec: FieldSpec = { selector };
  return readField(row, spec) === textOf(picked) ? spec : undefined;
}

/** Where a grid row's student id is: a cell's text, an attribute (of the row or an element in it), or a link's address. */
export type RowIdSource =
  | { kind: 'cell'; element: Element }
  | { kind: 'attribute'; name: string; element?: Element }
  | { kind: 'link'; element: Element; id: string };

/** The student id of a row as a FieldSpec, checked against the row it was taught on. */
export function synthesizeRowId(row: Element, source: RowIdSource, forbidden: readonly string[]): FieldSpec | undefined {
  let spec: FieldSpec | undefined;
  let expected: string | undefined;
  if (source.kind === 'cell') {
    spec = synthesizeRowField(row, source.element, forbidden);
    expected = textOf(source.element);
  } else if (source.kind === 'attribute') {
    const owner = source.element ?? row;
    expected = owner.getAttribute(source.name)?.trim() || undefined;
    if (owner === row) spec = { attribute: source.name };
    else {
      const selector = synthesizeCellSelector(row, owner, [...forbidden, ...(expected ? [expected] : [])]);
      spec = selector === undefined ? undefined : { selector, attribute: source.name };
    }
  } else {
    const href = source.element.getAttribute('href') ?? '';
    const pattern = hrefIdPattern(href, source.id);
    const selector = synthesizeCellSelector(row, source.element, [...forbidden, source.id]);
    spec = pattern && selector ? { selector, attribute: 'href', pattern } : undefined;
    expected = source.id;
  }
  return spec && expected && readField(row, spec) === expected ? spec : undefined;
}
