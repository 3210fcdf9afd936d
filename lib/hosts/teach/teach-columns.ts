import { textOf } from '../fields';
import { isSafePattern } from '../safe-pattern';
import type { ColumnGridSpec } from '../schema';
import { synthesizeSelector } from './element-selector';
import { escapeRegExp, generalizeRoute } from './route';
import { repeatingAncestor, synthesizeRowField, synthesizeRowSelector } from './rows';
import { siblingRows } from './sibling-rows';
import {
  commonAncestor,
  rootSelectorFor,
  safely,
  type TaughtPage,
  type TeachAddress,
  texts,
  withChecks,
} from './teach-page-parts';

/**
 * A grade grid built by column (Somtoday Docent's voortgangsdossier): a names list, and per test
 * a column of cells in the same order whose `id` carries the student id. Taught from one name and
 * one result cell; the id pattern is found by comparing the ids of the cells.
 */

export interface ColumnPicks {
  /** A student's name in the names list. */
  name: Element;
  /** One result cell (or an element in it) of one test column. */
  cell: Element;
  /** The grade input of the cell being edited, if one is open. */
  input?: Element;
}

const SEPARATORS = ':|_/';
const SPLIT = /([:|_/])/;

/**
 * A pattern over cell ids with the student's part in the group `id`: the parts that differ
 * between the cells of one column are the student; parts that differ between columns become
 * `[^…]+`; what stays the same is literal. Undefined when no part tells the students apart.
 */
export function cellIdPattern(column: readonly string[], otherColumn: readonly string[] = []): string | undefined {
  const split = (id: string) => id.split(SPLIT);
  const [first, ...rest] = column.map(split);
  if (!first || rest.length === 0) return undefined;
  const other = otherColumn.map(split);
  const any = `[^${SEPARATORS}]+`;
  let pattern = '^';
  for (let i = 0; i < first.length; i += 1) {
    const part = first[i] as string;
    if (i % 2 === 1) {
      pattern += escapeRegExp(part);
      continue;
    }
    if (rest.some((parts) => parts[i] !== part)) {
      pattern += `(?<id>${any})`;
      return isSafePattern(pattern) ? pattern : undefined;
    }
    pattern += other.some((parts) => parts[i] !== part) || /\d{3,}/.test(part) ? any : escapeRegExp(part);
  }
  return undefined;
}

/** A grade grid built by column, from one picked name and one picked cell. */
export function teachColumnGrid(
  doc: Document,
  picks: ColumnPicks,
  address: TeachAddress,
  known: readonly string[] = [],
): TaughtPage {
  return safely(() => teachColumnGridUnsafe(doc, picks, address, known));
}

function teachColumnGridUnsafe(doc: Document, picks: ColumnPicks, address: TeachAddress, known: readonly string[]): TaughtPage {
  const missing: string[] = [];
  const forbidden = [...known, ...texts([picks.name])];
  const route = generalizeRoute(address.pathAndHash, undefined, forbidden);
  const cell = picks.cell.closest('[id]');
  const column = cell?.parentElement ? repeatingAncestor(cell.parentElement, doc.documentElement) : undefined;
  const common = cell && column ? commonAncestor([picks.name, column]) : undefined;
  const found = common ? rootSelectorFor(common, doc, forbidden) : undefined;
  const item = found ? repeatingAncestor(picks.name, found.root) : undefined;
  if (!route) missing.push('route');
  if (!found || !cell || !column) missing.push('root');
  if (!route || !found || !cell || !column || !item) return { missing: item ? missing : [...missing, 'names'] };
  const cellIds = (col: Element, cellSelector: string) => Array.from(col.querySelectorAll(cellSelector)).map((c) => c.id);
  const names = synthesizeRowSelector(item, found.root, forbidden);
  const name = item === picks.name ? undefined : synthesizeRowField(item, picks.name, forbidden);
  const columnSelector = synthesizeRowSelector(column, found.root, forbidden);
  const cellSelector = synthesizeRowSelector(cell, column, forbidden);
  const otherColumn = siblingRows(column).find((c) => c !== column);
  const cellId =
    cellSelector === undefined
      ? undefined
      : cellIdPattern(cellIds(column, cellSelector), otherColumn ? cellIds(otherColumn, cellSelector) : []);
  const grade = picks.cell !== cell ? synthesizeRowField(cell, picks.cell, forbidden) : undefined;
  const input = picks.input ? synthesizeSelector(picks.input, found.root, forbidden) : undefined;
  for (const [key, value] of Object.entries({ names, name, column: columnSelector, cell: cellSelector, cellId })) {
    if (value === undefined && !(key === 'name' && item === picks.name)) missing.push(key);
  }
  if (picks.input && !input) missing.push('input');
  if (!names || !columnSelector || !cellSelector || !cellId) return { missing };
  const columns: ColumnGridSpec = {
    names,
    name: name ?? { selector: item.localName },
    column: columnSelector,
    cell: cellSelector,
    cellId,
    ...(grade && textOf(picks.cell) ? { grade } : {}),
    ...(input ? { input } : {}),
  };
  return withChecks({ route, root: found.selector, columns }, missing);
}
