import { textOf } from '../fields';
import { type FieldSpec, type PageProfile, pageProfileSchema } from '../schema';
import { synthesizeSelector } from './element-selector';
import { synthesizeField } from './field-spec';
import { generalizeRoute, idFromAddress } from './route';
import { type RowIdSource, synthesizeCellSelector, synthesizeRowField, synthesizeRowId, synthesizeRowSelector } from './rows';

/**
 * From the elements a person picked on a page to a candidate page profile (lib/hosts/schema.ts),
 * built only from names of things and labels: every picked value (and the student id) is
 * forbidden in every selector. What could not be made robust is listed in `missing`.
 */

export interface TaughtPage {
  /** Undefined when the page cannot be recognised from these picks (root or route missing). */
  page?: PageProfile;
  /** Fields that were picked but for which no robust way to read them was found ('root', 'route', 'name', …). */
  missing: string[];
}

/** The address a page was taught on: `location.pathname + location.hash`. */
export interface TeachAddress {
  pathAndHash: string;
  /** The student id as it appears in the address, when the person said so ("take it from the address"). */
  studentId?: string;
}

/** Student record: the picked elements; `id: 'route'` takes the id from the address. */
export interface RecordPicks {
  name?: Element;
  id?: Element | 'route';
  klas?: Element;
  study?: Element;
  mentor?: Element;
}

const RECORD_FIELDS = ['name', 'id', 'klas', 'study', 'mentor'] as const;

/** Grade grid built by row: one row, and in it the name, the id and the grade input. */
export interface GridPicks {
  row: Element;
  id: RowIdSource;
  name?: Element;
  klas?: Element;
  input?: Element;
}

/** The smallest element that holds all of `elements`. */
export function commonAncestor(elements: readonly Element[]): Element | undefined {
  const [first, ...rest] = elements;
  let candidate: Element | null = first ?? null;
  while (candidate && !rest.every((el) => candidate?.contains(el))) candidate = candidate.parentElement;
  return candidate ?? undefined;
}

function texts(elements: readonly (Element | undefined)[]): string[] {
  return elements.flatMap((el) => {
    const text = el ? textOf(el) : undefined;
    return text ? [text] : [];
  });
}

/** A document-wide selector for `root` that names it (no positions), walking up when it has none. */
function rootSelector(
  from: Element,
  doc: Document,
  forbidden: readonly string[],
): { root: Element; selector: string } | undefined {
  const top = doc.documentElement;
  for (let el: Element | null = from; el && el !== top && el !== doc.body; el = el.parentElement) {
    const selector = synthesizeSelector(el, top, forbidden);
    if (selector !== undefined && !selector.includes(':nth-of-type')) return { root: el, selector };
  }
  return undefined;
}

function checked(page: PageProfile, missing: string[]): TaughtPage {
  const parsed = pageProfileSchema.safeParse(page);
  return parsed.success ? { page: parsed.data, missing } : { missing: [...missing, 'profile'] };
}

/**
 * A student record (leerlingkaart) from picks on one student's page. `known`: other student values
 * the caller knows are on the page (the name from a header, …), kept out of every selector and label.
 */
export function teachStudentRecord(
  doc: Document,
  picks: RecordPicks,
  address: TeachAddress,
  known: readonly string[] = [],
): TaughtPage {
  const picked = RECORD_FIELDS.flatMap((key) => {
    const el = picks[key];
    return el && el !== 'route' ? [[key, el] as const] : [];
  });
  const idElement = picks.id && picks.id !== 'route' ? picks.id : undefined;
  const missing: string[] = [];
  const studentId = idElement ? textOf(idElement) : (address.studentId ?? idFromAddress(address.pathAndHash));
  const forbidden = [...known, ...texts(picked.map(([, el]) => el)), ...(studentId ? [studentId] : [])];
  // The id in the address is generalised; with 'route' it must be there.
  const route =
    (studentId !== undefined ? generalizeRoute(address.pathAndHash, studentId) : undefined) ??
    (picks.id === 'route' ? undefined : generalizeRoute(address.pathAndHash));
  const common = commonAncestor(picked.map(([, el]) => el));
  const found = common ? rootSelector(common, doc, forbidden) : undefined;
  if (!route) missing.push('route');
  if (!found) missing.push('root');
  if (!route || !found) return { missing };
  const student: Record<string, FieldSpec> = {};
  for (const [key, el] of picked) {
    const spec = synthesizeField(el, found.root, forbidden);
    if (spec) student[key] = spec;
    else missing.push(key);
  }
  const nameEl = picks.name;
  const holder = nameEl ? Array.from(found.root.children).find((c) => c.contains(nameEl) && c !== nameEl) : undefined;
  const anchor = holder ? synthesizeSelector(holder, found.root, forbidden) : undefined;
  return checked(
    { route, root: found.selector, ...(anchor && !anchor.includes(':nth-of-type') ? { anchor } : {}), student },
    missing,
  );
}

/** A grade entry grid built by row, from one picked row (`known`: as for a record). */
export function teachGradeGrid(
  doc: Document,
  picks: GridPicks,
  address: TeachAddress,
  known: readonly string[] = [],
): TaughtPage {
  const { row } = picks;
  const idText = picks.id.kind === 'link' ? picks.id.id : picks.id.kind === 'cell' ? textOf(picks.id.element) : undefined;
  const attributeId = picks.id.kind === 'attribute' ? (picks.id.element ?? row).getAttribute(picks.id.name) : null;
  const forbidden = [
    ...known,
    ...texts([picks.name, picks.klas]),
    ...(idText ? [idText] : []),
    ...(attributeId ? [attributeId] : []),
  ];
  const missing: string[] = [];
  const route = generalizeRoute(address.pathAndHash);
  const found = row.parentElement ? rootSelector(row.parentElement, doc, forbidden) : undefined;
  if (!route) missing.push('route');
  if (!found) missing.push('root');
  const rowSelector = found ? synthesizeRowSelector(row, found.root, forbidden) : undefined;
  const studentId = synthesizeRowId(row, picks.id, forbidden);
  if (found && !rowSelector) missing.push('row');
  if (!studentId) missing.push('id');
  if (!route || !found || !rowSelector || !studentId) return { missing };
  const field = (key: string, el: Element | undefined) => {
    if (!el) return {};
    const spec = synthesizeRowField(row, el, forbidden);
    if (!spec) missing.push(key);
    return spec ? { [key]: spec } : {};
  };
  const input = picks.input ? synthesizeCellSelector(row, picks.input, forbidden) : undefined;
  if (picks.input && !input) missing.push('input');
  return checked(
    {
      route,
      root: found.selector,
      rows: {
        row: rowSelector,
        studentId,
        ...field('name', picks.name),
        ...field('klas', picks.klas),
        ...(input ? { input } : {}),
      },
    },
    missing,
  );
}
