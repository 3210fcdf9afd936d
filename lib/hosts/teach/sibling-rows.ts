import { isHeaderRow } from '../fields';

/**
 * The rows of the same kind as `row`: its siblings with the same tag (and, when it has classes,
 * sharing one); a header row (column headings) is not a row like a student's.
 */
export function siblingRows(row: Element): Element[] {
  const parent = row.parentElement;
  if (!parent) return [row];
  const classes = Array.from(row.classList);
  const header = isHeaderRow(row);
  return Array.from(parent.children).filter(
    (c) =>
      c.localName === row.localName &&
      (classes.length === 0 || classes.some((name) => c.classList.contains(name))) &&
      (c === row || isHeaderRow(c) === header),
  );
}
