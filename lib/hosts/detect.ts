import { PAGE_TYPES } from '../core/domain';
import { parseGrade } from '../core/result';
import { parseStudy, studyFromClass } from '../core/study';
import type { Detection, PageContext, RecentResult, StudentInfo, StudentRow } from './context';
import { compileSimple, fieldSelectors, isHeaderRow, readField, type Select, selectAll, selectIn, selectMany } from './fields';
import { isInFrame } from './frames';
import type { NearWindow } from './near-window';
import { cachedRegExp } from './regex-cache';
import { safeDecode } from './safe-decode';
import { PATTERN_INPUT_MAX } from './safe-pattern';
import type { ColumnRead, ScanCache } from './scan-cache';
import type { Field, HostProfile, PageProfile, PageType } from './schema';
import { selectRoot } from './select-root';
import { STUDENT_ID } from './teach/id-check';

/** "*.magister.net" matches "school.magister.net"; exact names match themselves. */
export function hostMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  const h = host.toLowerCase().replace(/\.$/, '');
  return p.startsWith('*.') ? h.endsWith(p.slice(1)) && h.length > p.length - 1 : h === p;
}

/** Every profile that serves this host (a school's own domain may be added to several families); a switched-off one never does. */
export function profilesForHost(host: string, profiles: readonly HostProfile[]): HostProfile[] {
  return profiles.filter(
    (p) =>
      !p.disabled && p.hosts.some((pattern) => hostMatches(pattern, host)) && !p.excludeHosts.some((x) => hostMatches(x, host)),
  );
}

/** Is this a host of the extension's (of any profile, also one switched off): where the content script and the picker work. */
export function servesHost(host: string, profiles: readonly HostProfile[]): boolean {
  return profiles.some(
    (p) => p.hosts.some((pattern) => hostMatches(pattern, host)) && !p.excludeHosts.some((x) => hostMatches(x, host)),
  );
}

const compileRoute = (source: string) => cachedRegExp(source);

/** Which page type a URL is, by route only (pure, table-testable). */
export function matchRoute(url: URL, profile: HostProfile): { pageType: PageType; params: Record<string, string> } | undefined {
  const target = `${url.pathname}${url.hash}`;
  if (target.length > PATTERN_INPUT_MAX) return undefined;
  for (const pageType of PAGE_TYPES) {
    const page = profile.pages[pageType];
    const m = page ? compileRoute(page.route)?.exec(target) : null;
    if (m) {
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(m.groups ?? {})) if (v) params[k] = safeDecode(v);
      return { pageType, params };
    }
  }
  return undefined;
}

/** Does the route of the profile's page of this type fit the address? */
export function pageRouteFits(url: URL, profile: HostProfile, pageType: PageType): boolean {
  const target = `${url.pathname}${url.hash}`;
  const page = profile.pages[pageType];
  return !!page && target.length <= PATTERN_INPUT_MAX && !!compileRoute(page.route)?.test(target);
}

function readResults(root: Element, page: PageProfile): RecentResult[] {
  const spec = page.results;
  if (!spec) return [];
  const results: RecentResult[] = [];
  for (const item of selectAll(root, spec.item)) {
    const subject = readField(item, spec.subject);
    const grade = parseGrade(readField(item, spec.grade));
    if (!subject || grade === undefined) continue;
    const description = readField(item, spec.description);
    const date = readField(item, spec.date);
    results.push({ subject, grade, ...(description ? { description } : {}), ...(date ? { date } : {}) });
  }
  return results;
}

function readStudent(root: Element, page: PageProfile, routeId: string | undefined): StudentInfo | undefined {
  const spec = page.student;
  if (!spec) return undefined;
  const id = readField(root, spec.id) ?? routeId;
  if (!id) return undefined;
  const name = readField(root, spec.name);
  const klas = readField(root, spec.klas);
  const studyText = readField(root, spec.study);
  const study = parseStudy(studyText) ?? studyFromClass(klas);
  const mentor = readField(root, spec.mentor);
  const profile = readField(root, spec.profile);
  const absences = readCount(readField(root, spec.absences));
  return {
    id,
    results: readResults(root, page),
    ...(name ? { name } : {}),
    ...(klas ? { klas } : {}),
    ...(studyText ? { studyText } : {}),
    ...(study ? { study } : {}),
    ...(mentor ? { mentor } : {}),
    ...(profile ? { profile } : {}),
    ...(absences !== undefined ? { absences } : {}),
  };
}

/**
 * One walk per row finds every plain-selector field at once (1000-row grids: one tree walk instead
 * of a querySelector per field per row); anything else falls back to `selectIn`.
 */
function rowSelect(spec: NonNullable<PageProfile['rows']>): (row: Element) => Select {
  const selectors = [
    ...fieldSelectors(spec.studentId),
    ...fieldSelectors(spec.name),
    ...fieldSelectors(spec.klas),
    ...fieldSelectors(spec.average),
    ...fieldSelectors(spec.absences),
    ...(spec.input ? [spec.input] : []),
  ];
  const simple = new Map<string, NonNullable<ReturnType<typeof compileSimple>>>();
  for (const selector of selectors) {
    const compiled = compileSimple(selector);
    if (compiled) simple.set(selector, compiled);
  }
  if (simple.size === 0) return () => selectIn;
  return (row) => {
    let found: Map<string, Element | null> | undefined;
    return (scope, selector) => {
      if (scope !== row || !simple.has(selector)) return selectIn(scope, selector);
      found ??= selectMany(row, simple);
      return found.get(selector) ?? null;
    };
  };
}

function readCount(text: string | undefined): number | undefined {
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}

/** The elements `selector` finds under `root`, from the cache while the page's structure is unchanged. */
function listOf(root: Element, selector: string, cache: ScanCache | undefined): Element[] {
  if (!cache) return selectAll(root, selector);
  let lists = cache.lists.get(root);
  if (!lists) {
    lists = new Map();
    cache.lists.set(root, lists);
  }
  let found = lists.get(selector);
  if (!found) {
    found = selectAll(root, selector);
    lists.set(selector, found);
  }
  return found;
}

/** The rows read, and whether they are only those near the viewport (a {@link NearWindow} was applied). */
interface ReadRows {
  rows: StudentRow[];
  partial: boolean;
  rowIdOf?: (element: Element) => string | undefined;
}

function readRows(root: Element, page: PageProfile, cache: ScanCache | undefined, near: NearWindow | undefined): ReadRows {
  const spec = page.rows;
  if (!spec) return { rows: [], partial: false };
  const selectFor = rowSelect(spec);
  const rows: StudentRow[] = [];
  const elements = listOf(root, spec.row, cache);
  const window = near?.(elements);
  for (let i = window?.from ?? 0, end = window?.to ?? elements.length; i < end; i++) {
    const element = elements[i] as Element;
    const known = cache?.rows.get(element);
    if (known) {
      rows.push(known);
      continue;
    }
    const select = selectFor(element);
    const id = readField(element, spec.studentId, select);
    if (!id) continue;
    // A header row of a grid built of `div`s with ARIA roles is a row like the others, without a
    // student: what it gives as an id is a heading ("Nr"). Only such rows pay for the look.
    if (!STUDENT_ID.test(id) && isHeaderRow(element)) continue;
    const name = readField(element, spec.name, select);
    const klas = readField(element, spec.klas, select);
    const input = spec.input ? select(element, spec.input) : null;
    const average = parseGrade(readField(element, spec.average, select));
    const absences = readCount(readField(element, spec.absences, select));
    const row: StudentRow = {
      id,
      element,
      ...(name ? { name } : {}),
      ...(klas ? { klas } : {}),
      ...(input?.localName === 'input' ? { input: input as HTMLInputElement } : {}),
      ...(average !== undefined ? { average } : {}),
      ...(absences !== undefined ? { absences } : {}),
    };
    cache?.rows.set(element, row);
    rows.push(row);
  }
  return { rows, partial: window !== undefined };
}

/**
 * A grid built by column: the names list gives the rows; each column lists one cell per student in
 * the same order, and a cell's id carries the student id. The cue goes beside the name, never in a
 * cell; the only input is in the cell being edited.
 */
function readColumns(
  root: Element,
  spec: NonNullable<PageProfile['columns']>,
  cache: ScanCache | undefined,
  near: NearWindow | undefined,
): Required<ReadRows> {
  const pattern = cachedRegExp(spec.cellId);
  const idOfCell = (cell: Element | null | undefined) =>
    (cell?.id && cell.id.length <= PATTERN_INPUT_MAX && pattern?.exec(cell.id)?.groups?.id) || undefined;
  /** A cell's grade, read once until the cell changes. */
  const readCell = (cell: Element) => {
    let known = cache?.cells.get(cell);
    if (!known) {
      known = { grade: parseGrade(readField(cell, spec.grade)) };
      cache?.cells.set(cell, known);
    }
    return known;
  };
  /** A cell's student id (only the first column's are needed), read once until the cell changes. */
  const cellId = (cell: Element) => {
    const known = readCell(cell);
    if (!('id' in known)) known.id = idOfCell(cell);
    return known.id;
  };
  /** A column's cells, and each cell's grade when first asked for, kept until something in the column changes. */
  const readColumn = (column: Element): ColumnRead => {
    let known = cache?.columns.get(column);
    if (!known) {
      const cells = selectAll(column, spec.cell);
      const grades: (number | undefined)[] = [];
      known = {
        cells,
        gradeAt(i) {
          if (!(i in grades)) grades[i] = cells[i] ? readCell(cells[i]).grade : undefined;
          return grades[i];
        },
      };
      cache?.columns.set(column, known);
    }
    return known;
  };
  const readName = (element: Element) => {
    let known = cache?.names.get(element);
    if (!known) {
      const nameEl = spec.name
        ? (fieldSelectors(spec.name)
            .map((s) => selectIn(element, s))
            .find(Boolean) ?? undefined)
        : undefined;
      known = { name: readField(element, spec.name), nameEl };
      cache?.names.set(element, known);
    }
    return known;
  };
  const rowIdOf = (element: Element) => {
    const cell = element.closest(spec.cell);
    return cell && root.contains(cell) ? idOfCell(cell) : undefined;
  };
  const names = listOf(root, spec.names, cache);
  const read = listOf(root, spec.column, cache)
    .map(readColumn)
    .filter(({ cells }) => cells.length === names.length && cells.length > 0);
  const columns = read.map(({ cells }) => cells);
  const first = columns[0];
  if (!first || !pattern) return { rows: [], rowIdOf, partial: false };
  const input = spec.input ? (selectAll(root, spec.input)[0] ?? null) : null;
  const inputCell = input?.closest(spec.cell) ?? null;
  // "This result": the column being entered, else the rightmost column with any result.
  let current = inputCell ? columns.findIndex((cells) => cells.includes(inputCell)) : -1;
  if (current < 0) current = read.findLastIndex((column) => column.cells.some((_, i) => column.gradeAt(i) !== undefined));
  const typedNow = inputCell && input?.localName === 'input' ? parseGrade((input as HTMLInputElement).value) : undefined;
  // The last scan's rows, reusable where nothing they were built from changed (the same objects).
  const memo = cache?.grids.get(root);
  const same =
    memo !== undefined &&
    memo.current === current &&
    memo.inputCell === inputCell &&
    memo.typed === typedNow &&
    memo.columnReads.length === read.length &&
    read.every((column, c) => column === memo.columnReads[c]);
  const rows: StudentRow[] = [];
  const built: (StudentRow | null)[] = [];
  const nameReads: object[] = [];
  const window = near?.(names);
  const from = window?.from ?? 0;
  const to = window?.to ?? names.length;
  names.forEach((element, i) => {
    if (i < from || i >= to) return;
    const named = readName(element);
    nameReads.push(named);
    if (same && memo.names[i] === element && memo.nameReads[i] === named) {
      const kept = memo.rows[i] ?? null;
      built.push(kept);
      if (kept) rows.push(kept);
      return;
    }
    const id = first[i] ? cellId(first[i]) : undefined;
    if (!id) {
      built.push(null);
      return;
    }
    const { name, nameEl } = named;
    const typed = inputCell && columns[current]?.[i] === inputCell ? parseGrade((input as HTMLInputElement).value) : undefined;
    const grade = typed ?? read[current]?.gradeAt(i);
    const ownResults = read.flatMap((column, c) => {
      const result = c === current ? undefined : column.gradeAt(i);
      return result === undefined ? [] : [result];
    });
    const editing = inputCell !== null && columns.some((cells) => cells[i] === inputCell);
    const row: StudentRow = {
      id,
      element,
      ...(name ? { name } : {}),
      ...(nameEl ? { cueAfter: nameEl } : {}),
      ...(editing && input?.localName === 'input' ? { input: input as HTMLInputElement } : {}),
      ...(grade !== undefined ? { grade } : {}),
      ownResults,
    };
    built.push(row);
    rows.push(row);
  });
  // Only a whole read is remembered: a row outside the window was not built.
  if (!window) cache?.grids.set(root, { names, nameReads, columnReads: read, current, inputCell, typed: typedNow, rows: built });
  return { rows, rowIdOf, partial: window !== undefined };
}

/** Finds the page root in the document; the view root is rebuilt on navigation, so never cached. */
function findRoot(doc: Document, selector: string): Element | null {
  try {
    return selectRoot(doc, selector);
  } catch {
    return null;
  }
}

/** The id the view itself carries (an attribute, not a label) differs from the id in the route. */
function isStaleView(root: Element, field: Field | undefined, routeId: string | undefined): boolean {
  if (!routeId || !field) return false;
  const specs = Array.isArray(field) ? field : [field];
  const attributeSpec = specs.find((s) => s.attribute !== undefined);
  if (!attributeSpec) return false;
  const shown = readField(root, { ...attributeSpec, labels: undefined });
  return shown !== undefined && shown !== routeId;
}

/**
 * `(url, document) → page context`. Pure over its inputs; never throws. With a `cache` (kept by the
 * runtime for one view), rows and cells read before and untouched since are not read again.
 */
export function detectPage(
  href: string,
  doc: Document,
  profiles: readonly HostProfile[],
  cache?: ScanCache,
  near?: NearWindow,
): Detection {
  try {
    return detect(href, doc, profiles, cache, near);
  } catch {
    return { status: 'unrecognised' };
  }
}

/** The profile and route a URL fits: the first family whose routes fit (on a school's own domain the family is not known by name). */
function routeFor(url: URL, profiles: readonly HostProfile[]) {
  const candidates = profilesForHost(url.hostname, profiles);
  const first = candidates[0];
  if (!first) return undefined;
  for (const profile of candidates) {
    const route = matchRoute(url, profile);
    if (route) return { first, profile, route };
  }
  return { first, profile: first, route: undefined };
}

/** The page type of a URL by its route alone (no DOM read), or undefined. */
export function routePageType(href: string, profiles: readonly HostProfile[]): PageType | undefined {
  try {
    return routeFor(new URL(href), profiles)?.route?.pageType;
  } catch {
    return undefined;
  }
}

/**
 * How many rows a grade grid lists now (its rows, or the names of a grid built by column), found
 * without reading a row or asking for layout; undefined when the URL is no grade grid or its root is
 * not there yet. The runtime reads a small grid before the browser draws it, a large one after.
 */
export function gradeRowCount(href: string, doc: Document, profiles: readonly HostProfile[]): number | undefined {
  try {
    const found = routeFor(new URL(href), profiles);
    if (found?.route?.pageType !== 'gradeEntry') return undefined;
    const page = found.profile.pages.gradeEntry as PageProfile;
    const root = findRoot(doc, page.root);
    const selector = page.columns?.names ?? page.rows?.row;
    return root && selector !== undefined ? selectAll(root, selector).length : undefined;
  } catch {
    return undefined;
  }
}

function detect(
  href: string,
  doc: Document,
  profiles: readonly HostProfile[],
  cache: ScanCache | undefined,
  near: NearWindow | undefined,
): Detection {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { status: 'unrecognised' };
  }
  const found = routeFor(url, profiles);
  if (!found) return { status: 'unrecognised' };
  const { first, profile, route } = found;
  if (!route) return { status: 'unrecognised', profileId: first.id, miss: { profileId: first.id, what: 'route' } };
  const page = profile.pages[route.pageType] as PageProfile;
  const base = { profileId: profile.id, pageType: route.pageType };
  if (page.frame && !isInFrame(doc, page.frame)) {
    return { status: 'unrecognised', profileId: profile.id, miss: { ...base, what: 'route' } };
  }
  const root = findRoot(doc, page.root);
  if (!root) return { status: 'pending', ...base, miss: { ...base, what: 'root', selector: page.root } };
  const student = readStudent(root, page, route.params.id);
  if (page.student && !student) {
    return { status: 'pending', ...base, miss: { ...base, what: 'studentId' } };
  }
  if (page.student && isStaleView(root, page.student.id, route.params.id)) {
    // The URL already names the next student but the view still shows the previous one.
    return { status: 'pending', ...base, miss: { ...base, what: 'studentId' } };
  }
  const anchor = page.anchor ? (selectIn(root, page.anchor) ?? undefined) : undefined;
  const subject = readField(root, page.subject);
  const assessment = readField(root, page.assessment);
  const group = readField(root, page.group) ?? route.params.group;
  const title = readField(doc.documentElement, page.title);
  const read = page.columns ? readColumns(root, page.columns, cache, near) : readRows(root, page, cache, near);
  const context: PageContext = {
    ...base,
    host: url.hostname,
    route: route.params,
    root,
    dark: profile.darkModeClass ? (doc.documentElement?.classList.contains(profile.darkModeClass) ?? false) : false,
    rows: read.rows,
    ...(read.rowIdOf ? { rowIdOf: read.rowIdOf } : {}),
    ...(read.partial ? { partial: true } : {}),
    ...(title ? { title } : {}),
    ...(anchor ? { anchor } : {}),
    ...(student ? { student } : {}),
    ...(subject ? { subject } : {}),
    ...(assessment ? { assessment } : {}),
    ...(group ? { group } : {}),
  };
  return { status: 'recognised', context };
}

/**
 * The attributes the profiles read values from (and `id`, which carries the student in a grid built
 * by column): a change of one of them is a change of what the page shows.
 */
export function watchedAttributes(profiles: readonly HostProfile[]): string[] {
  const names = new Set(['id']);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'attribute' && typeof inner === 'string') names.add(inner);
        else visit(inner);
      }
    }
  };
  visit(profiles);
  return [...names];
}
