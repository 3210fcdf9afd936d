import { applyProfilePatches } from '../hosts/patch';
import { shippedProfiles } from '../hosts/profiles';
import type { HostProfile } from '../hosts/schema';
import type { EffectivePolicy, PolicyProblem, SettingKey, Settings } from '../policy';
import { effectivePolicy, resolveSettings } from '../policy';
import type { Policy } from '../policy/schema';

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
  /** Errors of host-profile patches (for diagnostics). */
  profileErrors: string[];
  /**
   * The host profiles ready to use: shipped profiles with the school's patches applied and the
   * school's own domains (policy `extraHosts`) served by every family; routes decide which.
   */
  profiles: HostProfile[];
}

/** Profiles for a policy: patched once here (in the background), published to every tab. */
function profilesFor(effective: EffectivePolicy): { profiles: HostProfile[]; errors: string[] } {
  const { profiles, errors } = applyProfilePatches(shippedProfiles, effective.hostProfiles);
  const extra = effective.extraHosts;
  return {
    profiles: profiles.map((p) => (extra.length ? { ...p, hosts: [...p.hosts, ...extra] } : p)),
    errors: errors.map(String),
  };
}

export function buildAppConfig(policy: Partial<Policy>, problems: PolicyProblem[], userSettings: unknown): AppConfig {
  const { values, lockedKeys } = resolveSettings(policy, userSettings);
  // The school's words with defaults in the language the teacher (or the school) chose.
  const effective = effectivePolicy(policy, values.language);
  const { profiles, errors } = profilesFor(effective);
  return { effective, settings: values, lockedKeys, problems, profileErrors: errors, profiles };
}

export const DEFAULT_APP_CONFIG: AppConfig = buildAppConfig({}, [], undefined);

/** A config read from storage: anything malformed falls back to the defaults. */
export function readAppConfig(raw: unknown): AppConfig {
  const c = raw as Partial<AppConfig> | undefined;
  if (!c || typeof c !== 'object' || !c.effective || !c.settings) return DEFAULT_APP_CONFIG;
  return { ...DEFAULT_APP_CONFIG, ...c, profiles: Array.isArray(c.profiles) ? c.profiles : DEFAULT_APP_CONFIG.profiles };
}
