import type { PageType } from './schema';
import type { Study } from './study';

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
  average?: number;
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
  rows: StudentRow[];
}

/** A redacted note for the diagnostics log: which profile/selector missed, never names or grades. */
export interface Miss {
  profileId: string;
  pageType?: PageType;
  what: 'route' | 'root' | 'studentId';
  selector?: string;
}

export type Detection =
  | { status: 'recognised'; context: PageContext }
  | { status: 'pending'; profileId: string; pageType: PageType; miss: Miss }
  | { status: 'unrecognised'; profileId?: string; miss?: Miss };
