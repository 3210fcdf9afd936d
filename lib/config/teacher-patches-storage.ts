import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from '../core/storage-keys';
import type { PageType } from '../hosts/schema';
import type { HostProfilePatch } from '../hosts/teach/host-patch';
import { readTeacherPatches, type TeacherPatches, withoutTaughtPage, withTaughtPage } from './teacher-patches';

/**
 * The teacher's own patches in storage.local: read, add a taught page, remove one page or all. The
 * background rebuilds the configuration when the key changes (entrypoints/background/config.ts).
 */
const KEY = STORAGE_KEYS.teacherHostProfiles;

async function stored(): Promise<unknown> {
  return (await browser.storage.local.get(KEY))[KEY];
}

export async function loadTeacherPatches(): Promise<TeacherPatches> {
  try {
    return readTeacherPatches(await stored());
  } catch {
    return { patches: [], problems: [] };
  }
}

export async function saveTaughtPage(patch: HostProfilePatch): Promise<void> {
  await browser.storage.local.set({ [KEY]: withTaughtPage(await stored(), patch) });
}

export async function removeTaughtPage(profileId: string, pageType: PageType): Promise<void> {
  const rest = withoutTaughtPage(await stored(), profileId, pageType);
  if (rest.length > 0) await browser.storage.local.set({ [KEY]: rest });
  else await browser.storage.local.remove(KEY);
}
