import { defineRequest } from '../../background/requests';
import { AppError } from '../../core/errors';
import { applyProfilePatches } from '../../hosts/patch';
import type { HostProfile } from '../../hosts/schema';
import type { HostProfilePatch } from '../../hosts/teach/host-patch';
import { taughtPatchProblem } from '../../hosts/teach/patch-check';

/**
 * Checks a page the teacher taught before it is kept (again: the picker in the page checked it
 * too): it holds none of the names and ids the teacher saw in any form, its route takes over no
 * other page (lib/hosts/teach/patch-check.ts), and it applies cleanly on the profiles in use
 * (valid after merging, safe route patterns).
 */
export function checkTaughtPage(
  patch: HostProfilePatch,
  values: readonly string[],
  profiles: readonly HostProfile[],
): HostProfilePatch {
  if (taughtPatchProblem(patch, { values, profiles })) throw new AppError('invalid');
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
  defineRequest({
    type: 'teach/intent',
    from: 'content',
    handle: async (deps, _request, sender) => deps.teachIntent(sender.tabId as number, sender.frameId ?? 0),
  }),
];
