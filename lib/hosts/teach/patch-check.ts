import type { TaughtPageProblem } from '../../core/taught-problem';
import type { HostProfile, PageType } from '../schema';
import { containsStudentData, type HostProfilePatch } from './host-patch';
import { routeConflict } from './route-check';

/**
 * The checks on a taught (or confirmed) page before it is kept and again before it is exported: no
 * student data in any form, and a route that takes over no other page. One function for the
 * picker (no schema library there), the background (which also validates the patch with the
 * profile schema) and the options page.
 */
export type { TaughtPageProblem } from '../../core/taught-problem';

export interface TaughtPageCheck {
  /** Names, ids and other values seen on the page (or known to the teacher): none may be in the patch. */
  values: readonly string[];
  /** The profiles in use: shipped, the school's, the teacher's. */
  profiles: readonly HostProfile[];
  /** `pathname + search + hash` of the page it was taught on, when known. */
  address?: string;
}

/** A number run (an id) or a long hex run (a uuid, a hash) in a value of the patch: never a name of a thing. */
const ID_LIKE = /\d{3,}|[0-9a-f]{8,}/i;

function hasIdLikeValue(value: unknown, depth = 0): boolean {
  if (depth > 30) return false;
  if (typeof value === 'string') return ID_LIKE.test(value);
  if (Array.isArray(value)) return value.some((item) => hasIdLikeValue(item, depth + 1));
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, inner]) => ID_LIKE.test(key) || hasIdLikeValue(inner, depth + 1));
  }
  return false;
}

/** A host a profile serves, for its host pattern ("*.magister.net" → "school.magister.net"). */
function sampleHost(pattern: string): string {
  return pattern.startsWith('*.') ? `school.${pattern.slice(2)}` : pattern;
}

/** The first problem of one taught page of a patch, or undefined when it may be kept. */
export function taughtPageProblem(
  patch: HostProfilePatch,
  pageType: PageType,
  check: TaughtPageCheck,
): TaughtPageProblem | undefined {
  if (containsStudentData(patch, check.values) || hasIdLikeValue(patch.pages)) return { code: 'studentData' };
  const route = patch.pages[pageType]?.route;
  const host = patch.hosts?.[0] ?? check.profiles.find((p) => p.id === patch.id)?.hosts[0];
  if (typeof route !== 'string' || !host) return undefined; // nothing to take over: the schema check refuses what is incomplete
  const conflict = routeConflict({
    route,
    pageType,
    profiles: check.profiles,
    host: sampleHost(host),
    address: check.address ?? '',
  });
  return conflict ? { code: 'route', conflict } : undefined;
}

/** The first problem of any page of a patch. */
export function taughtPatchProblem(patch: HostProfilePatch, check: TaughtPageCheck): TaughtPageProblem | undefined {
  for (const pageType of Object.keys(patch.pages) as PageType[]) {
    const problem = taughtPageProblem(patch, pageType, check);
    if (problem) return problem;
  }
  return undefined;
}

/** A taught page left out of the export, and why. */
export interface RefusedPage {
  profileId: string;
  pageType: PageType;
  problem: TaughtPageProblem;
}

/**
 * The checks again at export, page by page (the kept patches may be older than a check): what may go
 * into the school's policy, and what is left out with its reason.
 */
export function checkForExport(
  patches: readonly HostProfilePatch[],
  check: TaughtPageCheck,
): { kept: HostProfilePatch[]; refused: RefusedPage[] } {
  const kept: HostProfilePatch[] = [];
  const refused: RefusedPage[] = [];
  for (const patch of patches) {
    for (const [pageType, page] of Object.entries(patch.pages) as [PageType, Record<string, unknown>][]) {
      const single: HostProfilePatch = { ...patch, pages: { [pageType]: page } };
      const problem = taughtPageProblem(single, pageType, check);
      if (problem) refused.push({ profileId: patch.id, pageType, problem });
      else kept.push(single);
    }
  }
  return { kept, refused };
}
