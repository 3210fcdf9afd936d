import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { panelData } from '../../lib/background/panel';
import { type LobDatabase, openDatabase } from '../../lib/db/database';
import { saveNote } from '../../lib/db/queries';
import { exportData, serializeExport } from '../../lib/db/transfer';
import type { PageSummary } from '../../lib/messages/schema';
import { parsePolicy } from '../../lib/policy';
import { effectivePolicy } from '../../lib/policy/resolve';
import { shippedAnswerDeps } from '../support/answer-deps';

/**
 * Absence as a pointer, never a record: when the unexcused absences on the student's page reach the
 * threshold the school set, the panel (the teacher only) points to the school's zorg route. No
 * threshold, no pointer; the count is never in what the panel is sent nor in the database.
 */
const ref = { host: 'demo.magister.net', id: '48213' };
const NOW = new Date('2026-11-23T10:00:00Z');
let db: LobDatabase;
let seq = 0;

beforeEach(() => {
  db = openDatabase(`absence-${++seq}`);
});
afterEach(async () => {
  await db.delete();
});

const pageWith = (absences?: number): PageSummary => ({
  profileId: 'magister',
  host: ref.host,
  pageType: 'studentRecord',
  student: {
    id: ref.id,
    name: 'Sanne de Vries',
    klas: '3H2',
    study: { schoolType: 'havo', year: 3 },
    ...(absences !== undefined ? { absences } : {}),
  },
  rowCount: 0,
});

const panelFor = (absences: number | undefined, threshold: number | undefined) =>
  panelData({ ...shippedAnswerDeps(db, () => NOW), absenceThreshold: () => threshold }, ref, pageWith(absences));

describe('absence as a pointer', () => {
  it('points to the zorg route only from the school’s threshold on, and never without one', async () => {
    expect((await panelFor(4, 4)).absencePointer).toBe(true);
    expect((await panelFor(9, 4)).absencePointer).toBe(true);
    expect((await panelFor(3, 4)).absencePointer).toBeUndefined();
    expect((await panelFor(40, undefined)).absencePointer).toBeUndefined();
    expect((await panelFor(undefined, 1)).absencePointer).toBeUndefined();
  });

  it('sends no count to the panel and stores nothing about it', async () => {
    const display = { name: 'Sanne de Vries', klas: '3H2' };
    await saveNote(
      db,
      { student: ref, display, date: NOW.toISOString(), competences: [], promptIds: [], text: 'Gesprek over de open dag' },
      NOW,
      () => 'n1',
    );
    const data = await panelFor(7, 2);
    expect(data.absencePointer).toBe(true);
    expect(JSON.stringify(data)).not.toMatch(/absences|afwezig/i);
    const file = serializeExport(await exportData(db, { now: NOW }));
    expect(file).toContain('Gesprek over de open dag');
    expect(file).not.toMatch(/absen|afwezig/i);
  });

  it('reads the threshold from policy: a whole number from 1 to 200, no default', () => {
    expect(effectivePolicy(parsePolicy({ absenceThreshold: 6 }).policy).absenceThreshold).toBe(6);
    expect(effectivePolicy(parsePolicy({}).policy).absenceThreshold).toBeUndefined();
    for (const bad of [0, 2.5, '6', 500]) {
      const parsed = parsePolicy({ absenceThreshold: bad });
      expect(parsed.policy.absenceThreshold, String(bad)).toBeUndefined();
      expect(parsed.problems.map((p) => p.key)).toContain('absenceThreshold');
    }
  });
});
