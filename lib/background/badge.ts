import type { LobDatabase } from '../db/database';
import { dueAfspraken } from '../db/queries';

export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor?(details: { color: string }): Promise<void> | void;
}

/** The toolbar badge shows how many afspraken are due (today or earlier); empty when none. */
export async function updateBadge(db: LobDatabase, badge: BadgeApi | undefined, now: Date): Promise<number> {
  const count = (await dueAfspraken(db, now)).length;
  if (badge) {
    await badge.setBadgeBackgroundColor?.({ color: '#2b6cb0' });
    await badge.setBadgeText({ text: count > 0 ? String(count) : '' });
  }
  return count;
}
