import { type StudentRef, studentKey } from '../core/student';
import { isCareRole } from '../referrals/care';
import { datedRowsOf, linkedKeys } from './aliases';
import type { LobDatabase, ReferralRecord } from './database';
import { DataRuleError } from './rule-error';
import { addWithStudent } from './students';

export interface ReferralOptions {
  /** Role ids that are care roles in this school's directory (default: DEFAULT_CARE_ROLES). */
  careRoles?: readonly string[];
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
  if (!role.trim()) throw new DataRuleError('referralWithoutRole');
  if (isCareRole(role, options.careRoles)) return null;
  const stamp = date.toISOString();
  const referral: ReferralRecord = { id: newId(), studentKey: studentKey(ref), role: role.trim(), date: stamp };
  await addWithStudent(db, ref, db.referrals, referral, stamp);
  return referral;
}

/** One student's referrals, newest first. */
export async function listReferrals(db: LobDatabase, ref: StudentRef): Promise<ReferralRecord[]> {
  return datedRowsOf(db.referrals, await linkedKeys(db, ref));
}
