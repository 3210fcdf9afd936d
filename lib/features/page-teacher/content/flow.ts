import { pageRouteFits, profilesForHost } from '../../../hosts/detect';
import { isElement } from '../../../hosts/frames';
import type { HostProfile, PageType } from '../../../hosts/schema';
import type { PagePreview } from '../../../hosts/teach/preview';
import { fieldAround, rowAround } from '../../../hosts/teach/rows';
import { teachColumnGrid } from '../../../hosts/teach/teach-columns';
import {
  type GridPicks,
  type RecordPicks,
  type TaughtPage,
  teachRowList,
  teachStudentRecord,
} from '../../../hosts/teach/teach-page';
import type { MessageKey } from '../../../i18n/translate';

/**
 * "Leer deze pagina herkennen": the steps a person goes through, one field at a time, and what the
 * picks become (a candidate page profile, lib/hosts/teach). Pure apart from reading the DOM.
 */
/** `columnGrid`: a grade grid built by column (Somtoday Docent's voortgangsdossier): names list and one result cell. */
export type TeachKind = 'studentRecord' | 'gradeEntry' | 'columnGrid' | 'mentorList';
export const TEACH_KINDS: readonly TeachKind[] = ['studentRecord', 'gradeEntry', 'columnGrid', 'mentorList'];

export type PickKey = 'row' | 'name' | 'id' | 'klas' | 'study' | 'mentor' | 'input' | 'cell';

export interface TeachStep {
  key: PickKey;
  /** May be skipped ("Sla over"). */
  optional: boolean;
  /** Must lie inside the row picked first. */
  inRow: boolean;
  /** May come from the address instead ("Neem het uit het adres"). */
  fromAddress: boolean;
}

const step = (key: PickKey, options: Partial<Omit<TeachStep, 'key'>> = {}): TeachStep => ({
  key,
  optional: false,
  inRow: false,
  fromAddress: false,
  ...options,
});

export const TEACH_STEPS: Record<TeachKind, readonly TeachStep[]> = {
  studentRecord: [
    step('name'),
    step('id', { fromAddress: true }),
    step('klas', { optional: true }),
    step('study', { optional: true }),
    step('mentor', { optional: true }),
  ],
  gradeEntry: [step('row'), step('name', { inRow: true }), step('id', { inRow: true }), step('input', { inRow: true })],
  columnGrid: [step('name'), step('cell')],
  mentorList: [step('row'), step('name', { inRow: true }), step('id', { inRow: true })],
};

/** What the person picked: an element per step, 'address' for an id from the address, null when skipped. */
export type Picks = Partial<Record<PickKey, Element | 'address' | null>>;

export const PROMPTS: Record<PickKey, MessageKey> = {
  row: 'teach.pick.row',
  name: 'teach.pick.name',
  id: 'teach.pick.id',
  klas: 'teach.pick.klas',
  study: 'teach.pick.study',
  mentor: 'teach.pick.mentor',
  input: 'teach.pick.input',
  cell: 'teach.pick.cell',
};

/**
 * The element a click stands for in this step: for a row, the repeating element around it; inside
 * a row, anything within that row. Undefined when the click does not fit ("kies iets in de rij").
 */
export function pickFor(stepToTake: TeachStep, clicked: Element, picks: Picks, body: Element): Element | undefined {
  if (stepToTake.key === 'row') return rowAround(clicked, body);
  if (stepToTake.inRow) {
    const row = picks.row;
    if (!isElement(row) || !row.contains(clicked) || row === clicked) return undefined;
  }
  if (stepToTake.key === 'input') return fieldAround(clicked);
  return clicked;
}

const element = (value: Picks[PickKey]): Element | undefined => (isElement(value) ? value : undefined);

/** The texts of everything picked: kept out of every selector, and checked against the saved patch. */
export function pickedTexts(picks: Picks): string[] {
  return Object.entries(picks)
    .filter(([key]) => key !== 'row' && key !== 'input')
    .map(([, value]) => element(value)?.textContent?.trim() ?? '')
    .filter((text) => text.length > 0);
}

/** The candidate page profile from the picks (see lib/hosts/teach for how each part is chosen). */
export function teach(kind: TeachKind, picks: Picks, doc: Document, pathAndHash: string): TaughtPage {
  const address = { pathAndHash };
  if (kind === 'studentRecord') {
    const record: RecordPicks = {};
    for (const key of ['name', 'klas', 'study', 'mentor'] as const) {
      const el = element(picks[key]);
      if (el) record[key] = el;
    }
    const id = picks.id === 'address' ? 'route' : element(picks.id);
    if (id) record.id = id;
    return teachStudentRecord(doc, record, address);
  }
  if (kind === 'columnGrid') {
    const [name, cell] = [element(picks.name), element(picks.cell)];
    if (!name || !cell) return { missing: [name ? 'cell' : 'name'] };
    return teachColumnGrid(doc, { name, cell }, address);
  }
  const row = element(picks.row);
  const idCell = element(picks.id);
  if (!row || !idCell) return { missing: [row ? 'id' : 'row'] };
  const grid: GridPicks = { row, id: { kind: 'cell', element: idCell } };
  const name = element(picks.name);
  const input = element(picks.input);
  if (name) grid.name = name;
  if (input) grid.input = input;
  return teachRowList(doc, grid, address);
}

/** The profile a taught page patches: the shipped one for this host, or a new one for a school's own portal. */
export function profileFor(host: string, profiles: readonly HostProfile[]): { id: string; hosts?: string[] } {
  const [shipped] = profilesForHost(host, profiles);
  if (shipped) return { id: shipped.id };
  return { id: `eigen-${host.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`.slice(0, 60), hosts: [host] };
}

/** How many profiles of the teacher's own one host may have for one page type (kinds of record or grid page). */
const MAX_KINDS_PER_TYPE = 5;

/**
 * Where a page confirmed on a proposal goes: the host's profile, where it replaces a page of the
 * same type whose route fits this address (that page stopped matching); a page of the same type for
 * another kind of address (the Toetsen grid beside Invoer groep/vak) stays, and the new one goes to
 * the next profile of the teacher's own for that host ("…-2", "…-3").
 */
export function profileForConfirmation(
  href: string,
  profiles: readonly HostProfile[],
  pageType: PageType,
): { id: string; hosts?: string[] } {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return profileFor('', profiles);
  }
  const base = profileFor(url.hostname, profiles);
  const hosts = base.hosts ?? profiles.find((p) => p.id === base.id)?.hosts;
  for (let n = 1; n <= MAX_KINDS_PER_TYPE; n++) {
    const id = n === 1 ? base.id : `${base.id.slice(0, 60)}-${n}`;
    const kept = profiles.find((p) => p.id === id);
    if (!kept?.pages[pageType] || pageRouteFits(url, kept, pageType)) return n === 1 ? base : { id, ...(hosts ? { hosts } : {}) };
  }
  return base;
}

/** The page type a kind teaches. */
export const PAGE_TYPE: Record<TeachKind, PageType> = {
  studentRecord: 'studentRecord',
  gradeEntry: 'gradeEntry',
  columnGrid: 'gradeEntry',
  mentorList: 'mentorList',
};

/** Everything a preview shows that identifies a student: must never end up in the saved patch. */
export function previewValues(preview: PagePreview): string[] {
  const s = preview.student;
  const fromRows = preview.rows.flatMap((r) => [r.id, r.name ?? '', r.klas ?? '']);
  return [s?.id ?? '', s?.name ?? '', ...fromRows].filter((v) => v.length > 1);
}

/** Is the preview a student (record) or rows (grid) worth saving? */
export function previewFindsSomething(kind: TeachKind, preview: PagePreview): boolean {
  if (preview.status !== 'recognised' || preview.idProblem) return false;
  return kind === 'studentRecord' ? Boolean(preview.student?.id && preview.student.name) : preview.rowCount > 0;
}

/** The second check: a record on another student, or the grid again. */
export function secondCheckPasses(kind: TeachKind, first: PagePreview, second: PagePreview): boolean {
  if (!previewFindsSomething(kind, second)) return false;
  return kind === 'studentRecord' ? second.student?.id !== first.student?.id : true;
}
