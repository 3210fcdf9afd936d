import type { PageProfile, PageType } from '../schema';
import { mentionsStudent } from './student-words';

/**
 * A taught page as one entry of the policy's `hostProfiles` list (the shape lib/hosts/patch.ts
 * applies): `{ id, pages: { [pageType]: … } }`. Patches deep-merge objects, so every taught field
 * is written as a list of one alternative (lists replace) and the shipped anchor or id that the
 * new markup lacks is removed with `null`; fields nobody taught (title, results, …) stay as
 * shipped. A profile id that is not shipped needs `hosts` (a school's own portal).
 */

/** One `hostProfiles` entry; plain JSON. */
export type HostProfilePatch = { id: string; hosts?: string[]; pages: Partial<Record<PageType, Record<string, unknown>>> };

/** A FieldSpec or a list of them, as a list (so the patch replaces instead of merging). */
function asList(field: unknown): unknown {
  return field === undefined ? undefined : Array.isArray(field) ? field : [field];
}

function fields(record: Record<string, unknown> | undefined, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = record?.[key];
    if (value !== undefined) out[key] = asList(value);
  }
  return out;
}

function pagePatch(page: PageProfile): Record<string, unknown> {
  const out: Record<string, unknown> = {
    route: page.route,
    root: page.root,
    anchor: page.anchor ?? null,
    ...(page.frame ? { frame: [...page.frame] } : {}),
  };
  if (page.student) {
    // No taught id field: the id comes from the route (null removes a shipped id field).
    out.student = { id: null, ...fields(page.student, ['id', 'name', 'klas', 'study', 'mentor', 'profile', 'absences']) };
  }
  if (page.rows) {
    const { row, input, ...rest } = page.rows;
    out.rows = { row, ...fields(rest, ['studentId', 'name', 'klas', 'average', 'absences']), input: input ?? null };
  }
  if (page.columns) {
    const { names, column, cell, cellId, input, ...rest } = page.columns;
    out.columns = { names, column, cell, cellId, grade: null, ...fields(rest, ['name', 'grade']), input: input ?? null };
  }
  return out;
}

/** The `hostProfiles` entry for one taught page. */
export function hostProfilePatch(
  profileId: string,
  pageType: PageType,
  page: PageProfile,
  options: { hosts?: readonly string[] } = {},
): HostProfilePatch {
  return {
    id: profileId,
    ...(options.hosts && options.hosts.length > 0 ? { hosts: [...options.hosts] } : {}),
    pages: { [pageType]: pagePatch(page) },
  };
}

/** Several taught pages (and the patches already kept) folded into one list: a later page of the same profile and type wins. */
export function mergePatches(patches: readonly HostProfilePatch[]): HostProfilePatch[] {
  const out: HostProfilePatch[] = [];
  for (const patch of patches) {
    const same = out.find((p) => p.id === patch.id);
    if (!same) out.push({ ...patch, pages: { ...patch.pages } });
    else {
      same.pages = { ...same.pages, ...patch.pages };
      if (patch.hosts) same.hosts = [...new Set([...(same.hosts ?? []), ...patch.hosts])];
    }
  }
  return out;
}

/** The patches without one page (the teacher removes what was taught for it); profiles left without pages drop out. */
export function withoutPage(patches: readonly HostProfilePatch[], profileId: string, pageType: PageType): HostProfilePatch[] {
  return patches.flatMap((p) => {
    if (p.id !== profileId || !(pageType in p.pages)) return [p];
    const pages = { ...p.pages };
    delete pages[pageType];
    return Object.keys(pages).length > 0 ? [{ ...p, pages }] : [];
  });
}

/** Every string in a JSON value, keys included. */
function strings(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 30) return out;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out, depth + 1);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      out.push(key);
      strings(inner, out, depth + 1);
    }
  }
  return out;
}

/** True when any key or text of the patch mentions one of `values` (names, ids) in any form: such a patch must never be saved or exported. */
export function containsStudentData(patch: unknown, values: readonly string[]): boolean {
  return strings(patch).some((text) => mentionsStudent(text, values));
}

/**
 * The JSON an administrator puts in the school's policy: `{ "hostProfiles": [ "…", … ] }`, one entry
 * per profile, each a JSON text: the managed schema (public/managed_schema.json) types the items as
 * strings, and Chromium drops a policy value that does not fit its schema.
 */
export function policyJson(patches: readonly HostProfilePatch[]): string {
  return JSON.stringify({ hostProfiles: mergePatches(patches).map((patch) => JSON.stringify(patch)) }, null, 2);
}
