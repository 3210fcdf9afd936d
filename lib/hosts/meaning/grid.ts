import { isHeaderRow } from '../fields';
import { idFromAddress } from '../teach/address-id';
import { idValueProblem, STUDENT_ID } from '../teach/id-check';
import type { RowIdSource } from '../teach/rows';
import { siblingRows } from '../teach/sibling-rows';
import { looksLikePersonName, marksItselfAsName } from './person-name';
import { fullText, ownText, repeatsNearby } from './walk';

/**
 * A grade grid by meaning: a repeated structure (table rows, `role="row"`, `div` rows) of at least
 * three entries that each hold a person's name, the student's own number (a cell, an attribute or a
 * link) and a grade field or a grade cell.
 */
export interface GridFinding {
  kind: 'gradeEntry';
  rows: Element[];
  /** One entry, as the teacher would pick it: the row, its name, its id and its grade field. */
  pick: { row: Element; name: Element; id: RowIdSource; input?: Element };
  count: number;
  exampleName: string;
  evidence: string[];
}

const MIN_ROWS = 3;
/** Of the rows like the first, how many must read fully (a late or odd row may miss a part). */
const MOST = 0.6;

/** A field a grade is typed in: a text-like input or an editable cell, empty or holding a grade (not "420" hours). */
function isGradeField(el: Element): boolean {
  if (el.getAttribute('contenteditable') === 'true') return true;
  if (el.localName !== 'input') return false;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  const value = ((el as HTMLInputElement).value ?? el.getAttribute('value') ?? '').trim();
  return (
    ['text', 'number', 'tel', ''].includes(type) &&
    !el.hasAttribute('disabled') &&
    (value === '' || /^[\d.,]+$/.test(value) === false || idValueProblem(value) === 'grade')
  );
}

/** Column headings that say the rows are staff, not students. */
const STAFF_HEADINGS = /personeel|medewerker|afk\.?$|afkorting|docentcode|taakuren/i;

/** Does the grid's header (a header row among the rows or a `thead`) say its rows are staff? */
function staffGrid(rows: readonly Element[]): boolean {
  const parent = rows[0]?.parentElement;
  const headers = [
    ...rows.filter(isHeaderRow),
    ...(parent?.parentElement
      ? Array.from(parent.parentElement.querySelectorAll('thead tr, [role="row"]:has([role="columnheader"])'))
      : []),
  ];
  return headers.some((row) => Array.from(row.children).some((cell) => STAFF_HEADINGS.test(fullText(cell))));
}

const isGradeCell = (el: Element) => el.childElementCount === 0 && idValueProblem(ownText(el)) === 'grade';

/** How far above a grade field an entry may start, and how much of an entry is read for a name. */
const MAX_ENTRY_DEPTH = 6;
const NAME_SCAN = 60;

/**
 * The entry around a grade field or cell: a table row, an ARIA row, a list item, or a near ancestor
 * that repeats at least three times and holds a name. Bounded (a cell of a grid built by column
 * repeats too, far from any name): a few levels up, a few dozen elements read per level, and what
 * a walk found is remembered for every element it passed (the cells of one column share it).
 */
function entryAround(el: Element, memo: Map<Element, Element | null>): Element | undefined {
  const explicit = el.closest('tr, [role="row"], li');
  if (explicit) return explicit;
  const passed: Element[] = [];
  let found: Element | null = null;
  let at: Element | null = el.parentElement;
  for (let depth = 0; at && at.localName !== 'body' && depth < MAX_ENTRY_DEPTH; depth++, at = at.parentElement) {
    const known = memo.get(at);
    if (known !== undefined) {
      found = known;
      break;
    }
    passed.push(at);
    if (repeatsNearby(at, MIN_ROWS) && holdsName(at)) {
      found = at;
      break;
    }
  }
  for (const p of passed) memo.set(p, found);
  return found ?? undefined;
}

/** A person's name among the first few dozen elements inside. */
function holdsName(el: Element): boolean {
  const inside = el.getElementsByTagName('*');
  for (let k = 0; k < inside.length && k < NAME_SCAN; k++) if (looksLikePersonName(ownText(inside[k] as Element))) return true;
  return false;
}

interface Entry {
  row: Element;
  name: Element;
  id: RowIdSource;
  idText: string;
  input?: Element;
}

/** The id of an entry: a cell of its own that is a number, else an attribute, else a link's address. */
function idOf(row: Element, leaves: readonly Element[]): { id: RowIdSource; text: string } | undefined {
  const cell = leaves.find((leaf) => STUDENT_ID.test(ownText(leaf)));
  if (cell) return { id: { kind: 'cell', element: cell }, text: ownText(cell) };
  for (const el of [row, ...Array.from(row.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name.startsWith('data-') && STUDENT_ID.test(attr.value.trim())) {
        return { id: { kind: 'attribute', name: attr.name, ...(el === row ? {} : { element: el }) }, text: attr.value.trim() };
      }
    }
  }
  const link = Array.from(row.querySelectorAll('a[href]')).find((a) => idFromAddress(a.getAttribute('href') ?? ''));
  const linked = link ? idFromAddress(link.getAttribute('href') ?? '') : undefined;
  return link && linked ? { id: { kind: 'link', element: link, id: linked }, text: linked } : undefined;
}

function readEntry(row: Element): Entry | undefined {
  if (isHeaderRow(row)) return undefined;
  const all = Array.from(row.querySelectorAll('*'));
  const leaves = all.filter((el) => el.childElementCount === 0);
  const name =
    all.find((el) => el.childElementCount <= 1 && looksLikePersonName(fullText(el))) ??
    all.find((el) => el.childElementCount <= 1 && marksItselfAsName(el) && fullText(el) !== '');
  const input = all.find(isGradeField);
  const grade = input ?? leaves.find(isGradeCell);
  const id = idOf(row, leaves);
  if (!name || !grade || !id) return undefined;
  return { row, name, id: id.id, idText: id.text, ...(input ? { input } : {}) };
}

export function findGrid(elements: readonly Element[]): GridFinding | undefined {
  const groups = new Map<Element, Element[]>();
  const memo = new Map<Element, Element | null>();
  for (const el of elements) {
    if (!isGradeField(el) && !isGradeCell(el)) continue;
    const entry = entryAround(el, memo);
    const parent = entry?.parentElement;
    if (!entry || !parent || groups.has(parent)) continue;
    groups.set(parent, siblingRows(entry));
  }
  let best: { rows: Element[]; entries: Entry[] } | undefined;
  for (const rows of groups.values()) {
    if (staffGrid(rows)) continue;
    const candidates = rows.filter((r) => !isHeaderRow(r));
    const entries = candidates.flatMap((row) => readEntry(row) ?? []);
    const distinct = new Set(entries.map((e) => e.idText)).size === entries.length;
    if (entries.length < MIN_ROWS || entries.length < candidates.length * MOST || !distinct) continue;
    if (!best || entries.length > best.entries.length) best = { rows: candidates, entries };
  }
  const first = best?.entries[0];
  if (!best || !first) return undefined;
  return {
    kind: 'gradeEntry',
    rows: best.rows,
    pick: { row: first.row, name: first.name, id: first.id, ...(first.input ? { input: first.input } : {}) },
    count: best.entries.length,
    exampleName: fullText(first.name),
    evidence: [
      `rijen:${best.entries.length}`,
      `nummer:${first.id.kind}`,
      `cijfer:${first.input ? 'veld' : 'cel'}`,
      `rij:${first.row.localName}`,
    ],
  };
}
