import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RETENTION_GRACE_DAYS, retentionInForce, shorterStartsOn } from '../../lib/core/retention';
import { type LobDatabase, type NoteRecord, openDatabase } from '../../lib/db/database';
import { countNotesBeyond, readRetentionInForce, runRetention, scheduleShorterRetention } from '../../lib/db/retention';

/** A shorter retention period is announced with a count and waits a grace period; a longer one applies at once. */

const KEY = 'demo.magister.net|48213';
const DAY = 86_400_000;
const NOW = new Date('2026-11-23T10:00:00Z');
const later = (days: number) => new Date(NOW.getTime() + days * DAY);

let db: LobDatabase;
let seq = 0;
beforeEach(() => {
  db = openDatabase(`db-retention-grace-${++seq}`);
});
afterEach(async () => {
  await db.delete();
});

function note(id: string, daysAgo: number): NoteRecord {
  const date = new Date(NOW.getTime() - daysAgo * DAY).toISOString();
  return { id, studentKey: KEY, date, competences: [], promptIds: [], text: id, updatedAt: date };
}

async function seedNotes(): Promise<void> {
  await db.students.put({ key: KEY, host: 'demo.magister.net', sisId: '48213', updatedAt: NOW.toISOString() });
  // 37 notes between 100 and 400 days old, and 3 recent ones.
  await db.notes.bulkPut([
    ...Array.from({ length: 37 }, (_, i) => note(`old-${i}`, 100 + i * 8)),
    ...[1, 10, 50].map((d) => note(`new-${d}`, d)),
  ]);
}

describe('retentionInForce (pure)', () => {
  it('a longer or equal period applies at once', () => {
    expect(retentionInForce(3650, { days: 730 }, NOW)).toEqual({ apply: 3650, state: { days: 3650 } });
    expect(retentionInForce(730, { days: 730 }, NOW)).toEqual({ apply: 730, state: { days: 730 } });
    expect(retentionInForce(730, undefined, NOW)).toEqual({ apply: 730, state: { days: 730 } });
  });

  it('a shorter period keeps the longer one for the grace period, then applies', () => {
    const first = retentionInForce(60, { days: 730 }, NOW);
    expect(first).toEqual({ apply: 730, state: { days: 730, shorter: { days: 60, since: NOW.toISOString() } } });
    expect(shorterStartsOn(first.state)).toBe('2026-11-30');
    expect(retentionInForce(60, first.state, later(RETENTION_GRACE_DAYS - 0.01)).apply).toBe(730);
    expect(retentionInForce(60, first.state, later(RETENTION_GRACE_DAYS))).toEqual({ apply: 60, state: { days: 60 } });
  });

  it('asking for yet another shorter period starts the wait again; lengthening cancels it', () => {
    const first = retentionInForce(180, { days: 730 }, NOW).state;
    const second = retentionInForce(60, first, later(6));
    expect(second.apply).toBe(730);
    expect(second.state.shorter).toEqual({ days: 60, since: later(6).toISOString() });
    expect(retentionInForce(60, second.state, later(8)).apply).toBe(730);
    expect(retentionInForce(900, second.state, later(8))).toEqual({ apply: 900, state: { days: 900 } });
  });

  it('a clock set back during the wait never shortens early', () => {
    const state = retentionInForce(60, { days: 730 }, NOW).state;
    expect(retentionInForce(60, state, later(-30)).apply).toBe(730);
  });
});

describe('the retention job with a grace period', () => {
  it('counts the notes a shorter period would remove', async () => {
    await seedNotes();
    expect(await countNotesBeyond(db, 90, NOW)).toBe(37);
    expect(await countNotesBeyond(db, 730, NOW)).toBe(0);
  });

  it('deletes nothing for 7 days after the period was shortened, then deletes the old notes', async () => {
    await seedNotes();
    await runRetention(db, NOW, 730);
    await scheduleShorterRetention(db, 730, 90, NOW);
    expect(shorterStartsOn((await readRetentionInForce(db)) ?? { days: 0 })).toBe('2026-11-30');
    for (const day of [0, 1, 3, 6]) {
      await runRetention(db, later(day), 90);
      expect(await db.notes.count(), `day ${day}`).toBe(40);
    }
    const result = await runRetention(db, later(7), 90);
    expect(result.retentionDays).toBe(90);
    expect((await db.notes.toArray()).map((n) => n.id).sort()).toEqual(['new-1', 'new-10', 'new-50']);
    expect(await readRetentionInForce(db)).toEqual({ days: 90 });
  });

  it('a shorter period the job sees first (a school policy) waits the same grace period', async () => {
    await seedNotes();
    await runRetention(db, NOW, 730);
    await runRetention(db, later(1), 90);
    expect(await db.notes.count()).toBe(40);
    expect(shorterStartsOn((await readRetentionInForce(db)) ?? { days: 0 })).toBe('2026-12-01');
    await runRetention(db, later(8), 90);
    expect(await db.notes.count()).toBe(3);
  });

  it('lengthening during the wait applies at once and nothing is deleted', async () => {
    await seedNotes();
    await runRetention(db, NOW, 730);
    await scheduleShorterRetention(db, 730, 90, NOW);
    await runRetention(db, later(2), 1000);
    await runRetention(db, later(10), 1000);
    expect(await db.notes.count()).toBe(40);
    expect(await readRetentionInForce(db)).toEqual({ days: 1000 });
  });
});
