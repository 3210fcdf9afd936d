import type { EnginePolicy } from '../prompts/engine';
import { library } from '../prompts/library/shipped';
import type { Prompt } from '../prompts/schema';
import { DEFAULT_CARE_ROLES } from '../referrals/care';
import type { DirectoryEntry } from '../referrals/suggest';
import type { AppConfig } from './app-config';

const libraries = new WeakMap<AppConfig, readonly Prompt[]>();

/** The shipped library plus the school's own prompts (memoised per configuration). */
export function schoolLibrary(config: AppConfig): readonly Prompt[] {
  let merged = libraries.get(config);
  if (!merged) {
    merged = config.effective.prompts.length ? [...library, ...config.effective.prompts] : library;
    libraries.set(config, merged);
  }
  return merged;
}

export function enginePolicy(config: AppConfig): EnginePolicy {
  return {
    disabledPrompts: config.effective.disabledPrompts,
    campaigns: config.effective.campaigns,
    calendar: config.effective.calendar,
  };
}

/** The school's referral directory (policy `referrals`), as the suggestions read it. */
export function directory(config: AppConfig): readonly DirectoryEntry[] {
  return config.effective.referrals;
}

/** Role names that are zorg in this school: never stored as a referral. */
export function careRoles(config: AppConfig): readonly string[] {
  return [...DEFAULT_CARE_ROLES, ...config.effective.referrals.filter((r) => r.care).map((r) => r.role)];
}
