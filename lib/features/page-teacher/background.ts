import { defineRequest } from '../../background/requests';
import { AppError } from '../../core/errors';
import { applyProfilePatches } from '../../hosts/patch';
import type { HostProfile } from '../../hosts/schema';
import { containsStudentData, type HostProfilePatch } from '../../hosts/teach/host-patch';

/**
 * Checks a page the teacher taught before it is kept: it must apply cleanly on the profiles in use
 * (valid after merging, safe route patterns) and hold none of the names and ids the teacher saw.
 */
export function checkTaughtPage(
  patch: HostProfilePatch,
  values: readonly string[],
  profiles: readonly HostProfile[],
): HostProfilePatch {
  if (containsStudentData(patch, values)) throw new AppError('invalid');
  if (applyProfilePatches(profiles, [patch]).errors.length > 0) throw new AppError('invalid');
  return patch;
}

/** What the background answers for the page picker: keep what the teacher taught, checked. */
export const pageTeacherRequests = [
  defineRequest({
    type: 'teach/save',
    from: 'content',
    async handle(deps, request) {
      await deps.saveTaughtPage(request.patch as HostProfilePatch, request.values);
      return null;
    },
  }),
];
