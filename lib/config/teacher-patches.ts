import { STORAGE_KEYS } from '../core/storage-keys';
import { defineStoredItem } from '../core/stored-items';
import type { HostProfilePatch } from '../hosts/teach/host-patch';
import { mergePatches } from '../hosts/teach/host-patch';
import { parseHostProfiles } from '../policy';

/**
 * The teacher's own host-profile patches ("Leer deze pagina herkennen"), kept in the trusted store
 * (lib/config/trusted-store.ts, written by the background only) under STORAGE_KEYS.teacherHostProfiles as a list in exactly the policy `hostProfiles` shape.
 * Precedence: shipped profile < the teacher's patches < the school's policy patches. Read with the
 * policy's own parser (same limits, same diagnostics); whatever is wrong is reported, never thrown.
 */

export interface TeacherPatches {
  /** The usable entries, in order. */
  patches: HostProfilePatch[];
  /** Problems with the stored value, Dutch first (for diagnostics). */
  problems: string[];
}

const LABEL = 'Eigen herkenning (deze computer) / own recognition (this computer)';

function isPatch(value: unknown): value is HostProfilePatch {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && !!v.pages && typeof v.pages === 'object' && !Array.isArray(v.pages);
}

/** The stored value as a list of patches; anything unusable is left out with a problem. */
export function readTeacherPatches(raw: unknown): TeacherPatches {
  if (raw === undefined || raw === null) return { patches: [], problems: [] };
  const { hostProfiles, problems } = parseHostProfiles(raw);
  const list = hostProfiles ?? [];
  const patches = list.filter(isPatch);
  const skipped = list.length - patches.length;
  return {
    patches,
    problems: [
      ...problems.map((p) => `${LABEL}: ${p.key}: ${p.message}`),
      ...(skipped > 0 ? [`${LABEL}: ${skipped} patch(es) zonder "id" of "pages" genegeerd / ignored`] : []),
    ],
  };
}

/** The list with a newly taught page added (a page taught again replaces the earlier one). */
export function withTaughtPage(patches: readonly HostProfilePatch[], patch: HostProfilePatch): HostProfilePatch[] {
  return mergePatches([...patches, patch]);
}

/**
 * Read with what is wrong in it (for diagnostics); written as the list itself, and an empty list is
 * no list: the key goes (lib/config/teacher-patches-storage.ts).
 */
export const teacherPatchesItem = defineStoredItem<TeacherPatches, HostProfilePatch[]>({
  area: 'trusted',
  key: STORAGE_KEYS.teacherHostProfiles,
  fallback: { patches: [], problems: [] },
  parse: readTeacherPatches,
  serialize: (patches) => (patches.length > 0 ? patches : undefined),
});

/** Diagnostics of the teacher's patches are marked as theirs (not the school's). */
export function markTeacherErrors(errors: readonly string[]): string[] {
  return errors.map((e) => `${LABEL}: ${e}`);
}
