import { detectPage } from '../detect';
import { type PageSummary, summarize } from '../page-summary';
import type { HostProfile, PageProfile, PageType } from '../schema';

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
