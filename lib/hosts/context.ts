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

export type { Miss };

export type Detection =
  | { status: 'recognised'; context: PageContext }
  | { status: 'pending'; profileId: string; pageType: PageType; miss: Miss }
  | { status: 'unrecognised'; profileId?: string; miss?: Miss };
