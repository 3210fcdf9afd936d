import { referralRoles } from './defaults';

/**
 * Roles that are zorg, not LOB: the zorg contact is shown, nothing about it is stored.
 * The default directory's care roles plus the generic words; a school's own care roles are passed in.
 */
export const DEFAULT_CARE_ROLES: readonly string[] = ['care', 'zorg', ...referralRoles.filter((r) => r.care).map((r) => r.id)];

export function isCareRole(role: string, careRoles: readonly string[] = DEFAULT_CARE_ROLES): boolean {
  const r = role.trim().toLowerCase();
  return careRoles.some((c) => c.toLowerCase() === r);
}
