import { DEFAULT_CARE_ROLES } from '../db/queries';
import type { EnginePolicy } from '../prompts/engine';
import { library } from '../prompts/library';
import type { Prompt } from '../prompts/schema';
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
  };
}

export function directory(config: AppConfig): readonly DirectoryEntry[] {
  return config.effective.referrals.map((r) => ({
    role: r.role,
    ...(r.name ? { name: r.name } : {}),
    ...(r.contact ? { contact: r.contact } : {}),
    ...(r.when ? { when: r.when } : {}),
    ...(r.line ? { line: r.line } : {}),
    ...(r.care ? { care: true } : {}),
  }));
}

/** Role names that are zorg in this school: never stored as a referral. */
export function careRoles(config: AppConfig): readonly string[] {
  return [...DEFAULT_CARE_ROLES, ...config.effective.referrals.filter((r) => r.care).map((r) => r.role)];
}
