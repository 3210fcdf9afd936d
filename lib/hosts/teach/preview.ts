import type { PageContext } from '../context';
import { detectPage } from '../detect';
import { fieldSelectors, selectIn } from '../fields';
import { type PageSummary, summarize } from '../page-summary';
import type { Field, HostProfile, PageProfile, PageType } from '../schema';
import { type IdProblem, idValueProblem, isGradeCell, rowIdsProblem } from './id-check';

/**
 * "Op deze pagina vind ik: naam …, id …, klas …": what the existing readers (lib/hosts/detect.ts)
 * find on a document with a candidate profile, before anything is saved. Never throws.
 */
export interface PagePreview {
  status: 'recognised' | 'pending' | 'unrecognised';
  pageType?: PageType;
  /** What was missing when not recognised ('route', 'root', 'studentId'). */
  miss?: string;
  student?: NonNullable<PageSummary['student']> & { mentor?: string };
  rowCount: number;
  /** The first rows, to show beside the count. */
  rows: { id: string; name?: string; klas?: string; hasInput: boolean }[];
  /** Problems of the patch itself (invalid after merging). */
  errors: string[];
  /** What is read as the student id is not one (lib/hosts/teach/id-check.ts): such a profile is never saved. */
  idProblem?: IdProblem;
}

/** Rows whose id element is checked against their grade cells (enough to catch a wrong column). */
const CHECKED_ROWS = 50;

/** The element a field's first selector finds in `scope` (undefined for a field read from `scope` itself). */
function firstElement(scope: Element, field: Field | undefined): Element | undefined {
  return fieldSelectors(field)
    .map((selector) => selectIn(scope, selector))
    .find((el): el is Element => el !== null && el !== scope);
}

/** Is what the page profile reads as the student id an id, on every row (and not a grade cell)? */
function idProblemOf(context: PageContext, page: PageProfile | undefined): IdProblem | undefined {
  if (context.student) return idValueProblem(context.student.id);
  const byValue = rowIdsProblem(context.rows.map((r) => r.id));
  if (byValue || !page?.rows) return byValue;
  const spec = page.rows;
  const gradeCell = context.rows.slice(0, CHECKED_ROWS).some((row) => {
    const average = firstElement(row.element, spec.average);
    return isGradeCell(firstElement(row.element, spec.studentId), [row.input, average]);
  });
  return gradeCell ? 'gradeCell' : undefined;
}

const SHOWN_ROWS = 5;

/** Detection with these profiles, summarised for the preview. */
export function previewWith(href: string, doc: Document, profiles: readonly HostProfile[], errors: string[] = []): PagePreview {
  const detection = detectPage(href, doc, profiles);
  if (detection.status !== 'recognised') {
    return {
      status: detection.status,
      ...(detection.status === 'pending' ? { pageType: detection.pageType } : {}),
      ...(detection.miss ? { miss: detection.miss.what } : {}),
      rowCount: 0,
      rows: [],
      errors,
    };
  }
  const { context } = detection;
  const { student } = summarize(context);
  const page = profiles.find((p) => p.id === context.profileId)?.pages[context.pageType];
  const idProblem = idProblemOf(context, page);
  const mentor = context.student?.mentor;
  return {
    status: 'recognised',
    pageType: context.pageType,
    ...(student ? { student: { ...student, ...(mentor ? { mentor } : {}) } } : {}),
    rowCount: context.rows.length,
    rows: context.rows.slice(0, SHOWN_ROWS).map((r) => ({
      id: r.id,
      ...(r.name ? { name: r.name } : {}),
      ...(r.klas ? { klas: r.klas } : {}),
      hasInput: r.input !== undefined,
    })),
    errors,
    ...(idProblem ? { idProblem } : {}),
  };
}

/** The page as one candidate page profile alone would see it (no other page types, no other profiles). */
export function previewPageProfile(href: string, doc: Document, pageType: PageType, page: PageProfile): PagePreview {
  let host = '';
  try {
    host = new URL(href).hostname;
  } catch {
    return { status: 'unrecognised', rowCount: 0, rows: [], errors: [] };
  }
  const profile: HostProfile = { id: 'voorbeeld', hosts: [host], excludeHosts: [], pages: { [pageType]: page } };
  return previewWith(href, doc, [profile]);
}
