import { textOf } from '../fields';
import type { FieldSpec } from '../schema';
import { idFromAddress } from './address-id';
import { composedContains, lightElement } from './composed';
import { synthesizeSelector } from './element-selector';
import { synthesizeField } from './field-spec';
import { generalizeRoute } from './route';
import { type RowIdSource, synthesizeCellSelector, synthesizeRowField, synthesizeRowId, synthesizeRowSelector } from './rows';
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
 * From the elements a person picked on a page to a candidate page profile (lib/hosts/schema.ts),
 * built only from names of things and labels: every picked value (and the student id) is
 * forbidden in every selector. What could not be made robust is listed in `missing`.
 */

export type { TaughtPage, TeachAddress } from './teach-page-parts';

/** Student record: the picked elements; `id: 'route'` takes the id from the address. */
export interface RecordPicks {
  name?: Element;
  id?: Element | 'route';
  klas?: Element;
  study?: Element;
  mentor?: Element;
}

const RECORD_FIELDS = ['name', 'id', 'klas', 'study', 'mentor'] as const;

/** A list or grid built by row (grade entry, mentor list, absences): one row, and in it the name, the id and the grade input. */
export interface GridPicks {
  row: Element;
  id: RowIdSource;
  name?: Element;
  klas?: Element;
  input?: Element;
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
  return safely(() => teachStudentRecordUnsafe(doc, picks, address, known));
}

function teachStudentRecordUnsafe(
  doc: Document,
  picks: RecordPicks,
  address: TeachAddress,
  known: readonly string[],
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
    (studentId !== undefined ? generalizeRoute(address.pathAndHash, studentId, forbidden) : undefined) ??
    (picks.id === 'route' ? undefined : generalizeRoute(address.pathAndHash, undefined, forbidden));
  const common = commonAncestor(picked.map(([, el]) => el));
  // The record's root is an element of the document itself: around the web component the record renders in
  // (field selectors step into the component from there: `lab-leerlingkaart >>> h2`).
  const light = common ? lightElement(common) : undefined;
  const from = light && light !== common ? light.parentElement : light;
  const found = from ? rootSelectorFor(from, doc, forbidden) : undefined;
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
  const holder = nameEl ? Array.from(found.root.children).find((c) => composedContains(c, nameEl) && c !== nameEl) : undefined;
  const anchor = holder ? synthesizeSelector(holder, found.root, forbidden) : undefined;
  return withChecks(
    { route, root: found.selector, ...(anchor && !anchor.includes(':nth-of-type') ? { anchor } : {}), student },
    missing,
  );
}

/** A list or grid built by row (a grade entry grid, a mentor list), from one picked row (`known`: as for a record). */
export function teachRowList(doc: Document, picks: GridPicks, address: TeachAddress, known: readonly string[] = []): TaughtPage {
  return safely(() => teachRowListUnsafe(doc, picks, address, known));
}

function teachRowListUnsafe(doc: Document, picks: GridPicks, address: TeachAddress, known: readonly string[]): TaughtPage {
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
  const route = generalizeRoute(address.pathAndHash, undefined, forbidden);
  const found = row.parentElement ? rootSelectorFor(row.parentElement, doc, forbidden) : undefined;
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
  return withChecks(
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
