import type { PageType } from '../hosts/schema';
import { type HostProfilePatch, withoutPage } from '../hosts/teach/host-patch';
import { type TeacherPatches, teacherPatchesItem, withTaughtPage } from './teacher-patches';
import { trusted } from './trusted-store';

/**
 * The teacher's own patches in the trusted store: read (the background, the options page), add a
 * taught page, remove one (the background only, on a checked message; it then publishes the
 * configuration again: entrypoints/background/config.ts).
 */
const teacherPatches = trusted(teacherPatchesItem);

export function loadTeacherPatches(): Promise<TeacherPatches> {
  return teacherPatches.get();
}

export function saveTaughtPage(patch: HostProfilePatch): Promise<void> {
  return teacherPatches.update(({ patches }) => withTaughtPage(patches, patch));
}

export function removeTaughtPage(profileId: string, pageType: PageType): Promise<void> {
  return teacherPatches.update(({ patches }) => withoutPage(patches, profileId, pageType));
}
