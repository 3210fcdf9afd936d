import type { Study } from '../core/study';
import type { Miss } from '../messages/schema';
import type { PageType } from './schema';

export interface RecentResult {
  subject: string;
  grade: number;
  description?: string;
  date?: string;
}

export interface StudentInfo {
  id: string;
  name?: string;
  klas?: string;
  studyText?: string;
  study?: Study;
  mentor?: string;
  profile?: string;
  absences?: number;
  results: RecentResult[];
}

export interface StudentRow {
  id: string;
  name?: string;
  klas?: string;
  element: Element;
  input?: HTMLInputElement;
  /** Where the cue goes (after this element); else after the input, else at the end of the row. */
  cueAfter?: Element;
  average?: number;
  /** Column grids: the result in the column being entered (or the latest), and the student's other visible results. */
  grade?: number;
  ownResults?: number[];
  /** Unexcused absences (absence overview). */
  absences?: number;
}

/** Everything the page tells us; every field beyond the page type is optional. */
export interface PageContext {
  profileId: string;
  host: string;
  pageType: PageType;
  route: Record<string, string>;
  root: Element;
  anchor?: Element;
  dark: boolean;
  student?: StudentInfo;
  subject?: string;
  assessment?: string;
  group?: string;
  /** The page's own title (e.g. from a web component's shadow root). */
  title?: string;
  rows: StudentRow[];
  /** Column grids: the student id an element (a cell or its input) belongs to. */
  rowIdOf?: (element: Element) => string | undefined;
  /**
   * Only the rows near the viewport were read (the first scan of a large grid, lib/hosts/near-window.ts);
   * a scan of all rows follows in the next task. Nothing that needs the whole grid is decided on it.
   */
  partial?: true;
}

export type { Miss };

export type Detection =
  | { status: 'recognised'; context: PageContext }
  | { status: 'pending'; profileId: string; pageType: PageType; miss: Miss }
  | { status: 'unrecognised'; profileId?: string; miss?: Miss };
