import { applyProfilePatches } from '../hosts/patch';
import { shippedProfiles } from '../hosts/profiles';
import type { HostProfile } from '../hosts/schema';
import { mergePatches } from '../hosts/teach/host-patch';
import { checkForExport } from '../hosts/teach/patch-check';
import type { EffectivePolicy, Policy, PolicyProblem, SettingKey, Settings } from '../policy';
import { effectivePolicy, resolveSettings, validProblems } from '../policy';
import { markTeacherErrors, type TeacherPatches, teacherPatchesItem } from './teacher-patches';

/**
 * What every part of the extension needs to know about the school's configuration and the
 * teacher's own settings, computed once by the background and shared through extension storage.
 */
export interface AppConfig {
  effective: EffectivePolicy;
  settings: Settings;
  lockedKeys: SettingKey[];
  /** Redacted policy problems (key paths and messages, never values). */
  problems: PolicyProblem[];
  /** Errors of host-profile patches, the school's and the teacher's own (for diagnostics). */
  profileErrors: string[];
  /** How many of the teacher's own patches (taught pages) are in use; they are removable. */
  teacherPatchCount: number;
  /**
   * The host profiles ready to use: shipped profiles with the school's patches applied and the
   * school's own domains (policy `extraHosts`) served by every family; routes decide which.
   */
  profiles: HostProfile[];
}

/**
 * Profiles for a policy and the teacher's own patches, patched once here (in the background) and
 * published to every tab. Precedence: shipped < the teacher's patches < the school's patches.
 */
function profilesFor(
  effective: EffectivePolicy,
  own: TeacherPatches,
): { profiles: HostProfile[]; errors: string[]; teacherPatchCount: number } {
  // A page kept before the checks on taught pages existed (or written around them) is not applied
  // when it fails them: a route that captures every page would switch the extension off there.
  const checked = checkForExport(own.patches, { values: [], profiles: shippedProfiles });
  const skipped = checked.refused.map(
    (r) => `${r.profileId}.${r.pageType}: ${r.problem.code === 'route' ? r.problem.conflict.reason : r.problem.code}`,
  );
  const local = applyProfilePatches(shippedProfiles, mergePatches(checked.kept));
  const { profiles, errors } = applyProfilePatches(local.profiles, effective.hostProfiles);
  const extra = effective.extraHosts;
  return {
    profiles: profiles.map((p) => (extra.length ? { ...p, hosts: [...p.hosts, ...extra] } : p)),
    errors: [...own.problems, ...markTeacherErrors([...skipped, ...local.errors]), ...errors.map(String)],
    teacherPatchCount: own.patches.length,
  };
}

export function buildAppConfig(
  policy: Partial<Policy>,
  problems: PolicyProblem[],
  userSettings: unknown,
  teacherPatches: TeacherPatches = teacherPatchesItem.fallback,
): AppConfig {
  const { values, lockedKeys } = resolveSettings(policy, userSettings);
  // The school's words with defaults in the language the teacher (or the school) chose.
  const effective = effectivePolicy(policy, values.language);
  const { profiles, errors, teacherPatchCount } = profilesFor(effective, teacherPatches);
  return { effective, settings: values, lockedKeys, problems, profileErrors: errors, teacherPatchCount, profiles };
}

export const DEFAULT_APP_CONFIG: AppConfig = buildAppConfig({}, [], undefined);

/** A config read from storage: anything malformed falls back to the defaults. */
export function readAppConfig(raw: unknown): AppConfig {
  const c = raw as Partial<AppConfig> | undefined;
  if (!c || typeof c !== 'object' || !c.effective || !c.settings) return DEFAULT_APP_CONFIG;
  return {
    ...DEFAULT_APP_CONFIG,
    ...c,
    problems: validProblems(c.problems),
    profiles: Array.isArray(c.profiles) ? c.profiles : DEFAULT_APP_CONFIG.profiles,
  };
}
