import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RETENTION } from '../../lib/core/domain';
import { type LobDatabase, openDatabase } from '../../lib/db/database';
import { addAfspraak, addMoment, addReferral, listNotes, saveNote, setAfspraakDone } from '../../lib/db/queries';
import { applyRetention, effectiveRetentionDays, retentionCutoff, retentionMayRun } from '../../lib/db/retention';
import { parsePolicy } from '../../lib/policy/parse';

const sanne = { host: 'demo.magister.net', id: '48213' };
const ali = { host: 'demo.magister.net', id: '50001' };
const NOW = new Date('2026-11-23T10:00:00Z');

let db: LobDatabase;
let seq = 0;
let counter = 0;
const newId = () => `id-${++counter}`;
const at = (iso: string) => new Date(iso);

beforeEach(() => {
  db = openDatabase(`db-retention-${++seq}`);
});
afterEach(async () => {
  await db.delete();
});

describe('retention period', () => {
  it('defaults to two years and computes the first kept day', () => {
    expect(RETENTION.defaultDays).toBe(730);
    expect(retentionCutoff(NOW, 730)).toBe('2024-11-23');
    expect(retentionCutoff(NOW, 365)).toBe('2025-11-23');
    expect(retentionCutoff(NOW, 30)).toBe('2026-10-24');
  });

  it('nonsense periods fall back to the default', () => {
    for (const bad of [0, -5, 29, 12.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(effectiveRetentionDays(bad)).toBe(730);
    expect(effectiveRetentionDays('365')).toBe(730);
    expect(effectiveRetentionDays(30)).toBe(30);
    expect(retentionCutoff(NOW, 7)).toBe(retentionCutoff(NOW, 730));
  });
});

describe('applyRetention', () => {
  it('boundary: a note from the cutoff day stays, one from the day before goes', async () => {
    await saveNote(db, { student: sanne, display: {}, text: 'te oud' }, at('2024-11-22T23:59:59.999Z'), newId);
    await saveNote(db, { student: sanne, display: {}, text: 'net op tijd' }, at('2024-11-23T00:00:00.000Z'), newId);
    await saveNote(db, { student: sanne, display: {}, text: 'recent' }, at('2026-11-01T10:00:00Z'), newId);
    const result = await applyRetention(db, NOW);
    expect(result).toMatchObject({ notes: 1, retentionDays: 730, cutoff: '2024-11-23', students: 0 });
    expect((await listNotes(db, sanne)).map((n) => n.text)).toEqual(['recent', 'net op tijd']);
  });

  it('removes old moments, referrals and done afspraken; open afspraken are kept, however old', async () => {
    const old = at('2023-05-01T10:00:00Z');
    await saveNote(db, { student: sanne, display: { name: 'Sanne' }, text: 'recent' }, at('2026-11-01T10:00:00Z'), newId);
    await addMoment(db, sanne, 'compliment-gegeven', old, newId);
    await addMoment(db, sanne, 'beroep-genoemd', at('2026-01-01T10:00:00Z'), newId);
    await addReferral(db, sanne, 'decaan', old, newId);
    const open = await addAfspraak(db, sanne, { what: 'Nog steeds open', due: '2023-06-01' }, old, newId);
    const doneOld = await addAfspraak(db, sanne, { what: 'Lang geleden gedaan', due: '2023-06-01' }, old, newId);
    await setAfspraakDone(db, doneOld.id, true, at('2023-06-02T10:00:00Z'));
    const doneLate = await addAfspraak(db, sanne, { what: 'Oud, maar pas net afgerond' }, old, newId);
    await setAfspraakDone(db, doneLate.id, true, at('2026-10-01T10:00:00Z'));
    const result = await applyRetention(db, NOW);
    expect(result).toMatchObject({ notes: 0, moments: 1, referrals: 1, afspraken: 1, students: 0 });
    expect((await db.afspraken.toArray()).map((a) => a.id).sort()).toEqual([open.id, doneLate.id].sort());
    expect((await db.moments.toArray()).map((m) => m.type)).toEqual(['beroep-genoemd']);
    expect(await db.referrals.count()).toBe(0);
  });

  it('removes a student with nothing left, keeps one with an open afspraak', async () => {
    const old = at('2022-01-10T10:00:00Z');
    await saveNote(db, { student: sanne, display: { name: 'Sanne' }, text: 'oud' }, old, newId);
    await saveNote(db, { student: ali, display: { name: 'Ali' }, text: 'oud' }, old, newId);
    await addAfspraak(db, ali, { what: 'Open' }, old, newId);
    const result = await applyRetention(db, NOW);
    expect(result).toMatchObject({ notes: 2, students: 1 });
    expect((await db.students.toArray()).map((s) => s.name)).toEqual(['Ali']);
  });

  it('a custom period from policy applies; an invalid one falls back to two years', async () => {
    await saveNote(db, { student: sanne, display: {}, text: '400 dagen oud' }, at('2025-10-19T10:00:00Z'), newId);
    await saveNote(db, { student: sanne, display: {}, text: '100 dagen oud' }, at('2026-08-15T10:00:00Z'), newId);
    expect(await applyRetention(db, NOW, 10)).toMatchObject({ notes: 0, retentionDays: 730 });
    expect(await db.notes.count()).toBe(2);
    expect(await applyRetention(db, NOW, 365)).toMatchObject({ notes: 1, retentionDays: 365, cutoff: '2025-11-23' });
    expect((await listNotes(db, sanne)).map((n) => n.text)).toEqual(['100 dagen oud']);
    expect(await applyRetention(db, NOW, 60)).toMatchObject({ notes: 1, students: 1 });
    expect(await db.students.count()).toBe(0);
  });

  it('running it again removes nothing more', async () => {
    await saveNote(db, { student: sanne, display: {}, text: 'oud' }, at('2020-01-01T10:00:00Z'), newId);
    await applyRetention(db, NOW);
    expect(await applyRetention(db, NOW)).toMatchObject({ notes: 0, moments: 0, referrals: 0, afspraken: 0, students: 0 });
  });
});

describe('when the retention job may delete', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  const read = { policyRead: true, policyProblems: [], days: 730, now };

  it('never on a policy that was not read this session (a failed managed read keeps every note)', () => {
    expect(retentionMayRun({ ...read, policyRead: false })).toEqual({ ok: false, reason: 'policyNotRead' });
    expect(retentionMayRun(read)).toEqual({ ok: true, days: 730 });
  });

  it.each([
    ['"3650"', '3650'],
    ['4000', 4000],
    ['0', 0],
    ['365.5', 365.5],
  ])('never when the school set an unusable period (%s), although the settings fell back to two years', (_, value) => {
    const { problems } = parsePolicy({ retentionDays: value });
    expect(problems.map((p) => p.key)).toEqual(['retentionDays']);
    expect(retentionMayRun({ ...read, policyProblems: problems })).toEqual({ ok: false, reason: 'policyValueInvalid' });
  });

  it('never on a period that is not valid itself, and a valid one is passed on', () => {
    for (const days of ['3650', 4000, 0, 29, Number.NaN, undefined]) {
      expect(retentionMayRun({ ...read, days })).toEqual({ ok: false, reason: 'valueInvalid' });
    }
    expect(retentionMayRun({ ...read, days: 3650 })).toEqual({ ok: true, days: 3650 });
    expect(retentionMayRun({ ...read, days: 30, policyProblems: [{ key: 'referrals[0].contact' }] })).toEqual({
      ok: true,
      days: 30,
    });
  });

  it('never when the clock went backwards or jumped more than a year forward', () => {
    expect(retentionMayRun({ ...read, lastRun: '2026-12-02T10:00:00Z' })).toEqual({
      ok: false,
      reason: 'clockBackwards',
    });
    expect(retentionMayRun({ ...read, lastRun: '2025-11-01T10:00:00Z' })).toEqual({
      ok: false,
      reason: 'clockJumpedAYear',
    });
    expect(retentionMayRun({ ...read, lastRun: '2026-11-30T10:00:00Z' }).ok).toBe(true);
  });
});
