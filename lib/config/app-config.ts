import { applyProfilePatches } from '../hosts/patch';
import { shippedProfiles } from '../hosts/profiles';
import type { HostProfile } from '../hosts/schema';
import type { EffectivePolicy, PolicyProblem, SettingKey, Settings } from '../policy';
import { DEFAULT_SETTINGS, effectivePolicy, resolveSettings } from '../policy';
import type { Policy } from '../policy/schema';

/**
 * What every part of the extension needs to know about the school's configuration and the
 * teacher's own settings, computed by the background and shared through extension storage.
 */
export interface AppConfig {
  effective: EffectivePolicy;
  settings: Settings;
  lockedKeys: SettingKey[];
  /** Redacted policy problems (key paths and messages, never values). */
  problems: PolicyProblem[];
  /** Errors of host-profile patches (for diagnostics). */
  profileErrors: string[];
}

export const APP_CONFIG_KEY = 'appConfig';
export const USER_SETTINGS_KEY = 'userSettings';

export function buildAppConfig(policy: Partial<Policy>, problems: PolicyProblem[], userSettings: unknown): AppConfig {
  const { values, lockedKeys } = resolveSettings(policy, userSettings);
  // The school's words with defaults in the language the teacher (or the school) chose.
  const effective = effectivePolicy(policy, values.language);
  const { errors } = applyProfilePatches(shippedProfiles, effective.hostProfiles);
  return { effective, settings: values, lockedKeys, problems, profileErrors: errors.map(String) };
}

export const DEFAULT_APP_CONFIG: AppConfig = {
  effective: effectivePolicy({}),
  settings: DEFAULT_SETTINGS,
  lockedKeys: [],
  problems: [],
  profileErrors: [],
};

/** A config read from storage: anything malformed falls back to the defaults. */
export function readAppConfig(raw: unknown): AppConfig {
  const c = raw as Partial<AppConfig> | undefined;
  if (!c || typeof c !== 'object' || !c.effective || !c.settings) return DEFAULT_APP_CONFIG;
  return { ...DEFAULT_APP_CONFIG, ...c };
}

const profileCache = new Map<string, readonly HostProfile[]>();

/**
 * The shipped host profiles with the school's patches applied, and the school's own domains
 * (policy `extraHosts`) served by every family; routes decide which (memoised).
 */
export function hostProfilesFor(config: AppConfig): readonly HostProfile[] {
  const key = JSON.stringify([config.effective.hostProfiles, config.effective.extraHosts]);
  let profiles = profileCache.get(key);
  if (!profiles) {
    const extra = config.effective.extraHosts;
    profiles = applyProfilePatches(shippedProfiles, config.effective.hostProfiles).profiles.map((p) =>
      extra.length ? { ...p, hosts: [...p.hosts, ...extra] } : p,
    );
    profileCache.clear();
    profileCache.set(key, profiles);
  }
  return profiles;
}
