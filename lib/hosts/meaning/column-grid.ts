import { STUDENT_ID } from '../teach/id-check';
import { looksLikePersonName, marksItselfAsName } from './person-name';
import { fullText, repeatsNearby } from './walk';

/**
 * A grade grid built by column (Somtoday Docent's voortgangsdossier): a list of names, and per test
 * a column of cells in the same order whose `id` carries the student ("{kolom}:{uuid}:0"). Found by
 * meaning: at least three cells in a column whose ids differ only in a part that is a student id,
 * beside a list of as many names.
 */
export interface ColumnGridFinding {
  kind: 'gradeEntry';
  /** One name in the list and one cell of a column, as the teacher would point at them. */
  columns: { name: Element; cell: Element };
  count: number;
  exampleName: string;
  evidence: string[];
}

const MIN_ROWS = 3;
const PARTS = /[:|_/]/;

/** The position of the id part that tells the cells of one column apart, if every cell has one. */
function studentPart(ids: readonly string[]): number | undefined {
  const split = ids.map((id) => id.split(PARTS));
  const first = split[0];
  if (!first) return undefined;
  const at = first.findIndex(
    (_, i) => split.every((parts) => STUDENT_ID.test(parts[i] ?? '')) && new Set(split.map((p) => p[i])).size === split.length,
  );
  return at >= 0 ? at : undefined;
}

/** The names list: repeated entries that each read as a name, `count` of them. */
function namesList(elements: readonly Element[], count: number): Element[] | undefined {
  const byParent = new Map<Element, Element[]>();
  for (const el of elements) {
    // The innermost element with the name (a wrapper around an avatar and the name reads as one word more).
    if (el.childElementCount > 0) continue;
    const text = fullText(el);
    if (!text || !(looksLikePersonName(text) || marksItselfAsName(el))) continue;
    let entry: Element = el;
    while (entry.parentElement && !repeatsNearby(entry, MIN_ROWS) && entry.parentElement.localName !== 'body')
      entry = entry.parentElement;
    const parent = entry.parentElement;
    if (!parent) continue;
    const list = byParent.get(parent) ?? [];
    list.push(el);
    byParent.set(parent, list);
  }
  return [...byParent.values()].find((names) => names.length === count);
}

export function findColumnGrid(elements: readonly Element[]): ColumnGridFinding | undefined {
  const columns = new Map<Element, Element[]>();
  for (const el of elements) {
    const id = el.getAttribute('id');
    const parent = el.parentElement;
    if (!id || !parent || !id.split(PARTS).some((part) => STUDENT_ID.test(part))) continue;
    const cells = columns.get(parent) ?? [];
    cells.push(el);
    columns.set(parent, cells);
  }
  for (const cells of columns.values()) {
    if (cells.length < MIN_ROWS || studentPart(cells.map((c) => c.getAttribute('id') ?? '')) === undefined) continue;
    const names = namesList(elements, cells.length);
    const [name] = names ?? [];
    const [cell] = cells;
    if (!name || !cell) continue;
    return {
      kind: 'gradeEntry',
      columns: { name, cell },
      count: cells.length,
      exampleName: fullText(name),
      evidence: [`rijen:${cells.length}`, 'nummer:cel-id', 'opbouw:kolommen'],
    };
  }
  return undefined;
}
