import { type StudentRef, studentKey } from '../messages';
import { referralRoles } from '../referrals/defaults';
import type { LobDatabase, ReferralRecord } from './database';
import { ensureStudent } from './students';

/**
 * Roles that are zorg, not LOB: the zorg contact is shown, nothing about it is stored.
 * The default directory's care roles plus the generic words; a school's own care roles are passed in.
 */
export const DEFAULT_CARE_ROLES: readonly string[] = ['care', 'zorg', ...referralRoles.filter((r) => r.care).map((r) => r.id)];

export interface ReferralOptions {
  /** Role ids that are care roles in this school's directory (default: DEFAULT_CARE_ROLES). */
  careRoles?: readonly string[];
}

export function isCareRole(role: string, careRoles: readonly string[] = DEFAULT_CARE_ROLES): boolean {
  const r = role.trim().toLowerCase();
  return careRoles.some((c) => c.toLowerCase() === r);
}

/**
 * Records that the teacher referred the student to a role, on a date: role and date only.
 * A care role is never stored: returns null.
 */
export async function addReferral(
  db: LobDatabase,
  ref: StudentRef,
  role: string,
  date: Date,
  newId: () => string,
  options: ReferralOptions = {},
): Promise<ReferralRecord | null> {
  if (!role.trim()) throw new RangeError('Een verwijzing heeft een rol nodig.');
  if (isCareRole(role, options.careRoles)) return null;
  const stamp = date.toISOString();
  const referral: ReferralRecord = { id: newId(), studentKey: studentKey(ref), role: role.trim(), date: stamp };
  await db.transaction('rw', db.students, db.referrals, async () => {
    await ensureStudent(db, ref, stamp);
    await db.referrals.add(referral);
  });
  return referral;
}

/** One student's referrals, newest first. */
export async function listReferrals(db: LobDatabase, ref: StudentRef): Promise<ReferralRecord[]> {
  const key = studentKey(ref);
  return db.referrals.where('[studentKey+date]').between([key, ''], [key, '\uffff']).reverse().toArray();
}
