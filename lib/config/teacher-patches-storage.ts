import type { PageType } from '../hosts/schema';
import { type HostProfilePatch, withoutPage } from '../hosts/teach/host-patch';
import { stored } from './storage-item';
import { type TeacherPatches, teacherPatchesItem, withTaughtPage } from './teacher-patches';

/**
 * The teacher's own patches in storage.local: read, add a taught page, remove one page or all. The
 * background rebuilds the configuration when the key changes (entrypoints/background/config.ts).
 */
const teacherPatches = stored(teacherPatchesItem);

export function loadTeacherPatches(): Promise<TeacherPatches> {
  return teacherPatches.get();
}

export function saveTaughtPage(patch: HostProfilePatch): Promise<void> {
  return teacherPatches.update(({ patches }) => withTaughtPage(patches, patch));
}

export function removeTaughtPage(profileId: string, pageType: PageType): Promise<void> {
  return teacherPatches.update(({ patches }) => withoutPage(patches, profileId, pageType));
}
