import type { StudentRef } from '../core/student';
import { datedRowsOf, linkedKeys } from './aliases';
import type { LobDatabase, MomentRecord, NoteRecord, ReferralRecord } from './database';

export type TimelineEntry =
  | { kind: 'note'; date: string; note: NoteRecord }
  | { kind: 'moment'; date: string; moment: MomentRecord }
  | { kind: 'referral'; date: string; referral: ReferralRecord };

const ORDER: Record<TimelineEntry['kind'], number> = { note: 0, referral: 1, moment: 2 };

/** Everything with one student (notes, moments, referrals), newest first; on the same moment a note comes first. */
export async function timeline(db: LobDatabase, ref: StudentRef): Promise<TimelineEntry[]> {
  // One transaction; the paired ids read once for the three tables.
  const [notes, moments, referrals] = await db.transaction('r', [db.notes, db.moments, db.referrals, db.aliases], async () => {
    const keys = await linkedKeys(db, ref);
    return Promise.all([
      datedRowsOf<NoteRecord>(db.notes, keys),
      datedRowsOf<MomentRecord>(db.moments, keys),
      datedRowsOf<ReferralRecord>(db.referrals, keys),
    ]);
  });
  const entries: TimelineEntry[] = [
    ...notes.map((note) => ({ kind: 'note' as const, date: note.date, note })),
    ...moments.map((moment) => ({ kind: 'moment' as const, date: moment.date, moment })),
    ...referrals.map((referral) => ({ kind: 'referral' as const, date: referral.date, referral })),
  ];
  return entries.sort((a, b) => (a.date === b.date ? ORDER[a.kind] - ORDER[b.kind] : a.date < b.date ? 1 : -1));
}
