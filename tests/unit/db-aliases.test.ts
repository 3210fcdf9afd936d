import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDataApi } from '../../entrypoints/options/data-api';
import { panelData } from '../../lib/background/panel';
import { type LobDatabase, openDatabase } from '../../lib/db/database';
import { eraseStudent } from '../../lib/db/erase';
import { latestDate, studentHistory } from '../../lib/db/history';
import {
  addMoment,
  linkCandidates,
  linkedKeys,
  linkStudents,
  listMoments,
  listNotes,
  saveNote,
  timeline,
  unlinkStudents,
} from '../../lib/db/queries';
import { exportData, importData, serializeExport } from '../../lib/db/transfer';
import type { PageSummary } from '../../lib/messages/schema';
import { shippedAnswerDeps } from '../support/answer-deps';

const HOST = 'docent.somtoday.nl';
const record = { host: HOST, id: '2408922' };
const cells = { host: HOST, id: '6f1c2a9e-3b7d-4c15-9e08-5d2f41a7b6c3' };
const other = { host: HOST, id: '2401000' };
let db: LobDatabase;
let seq = 0;
let n = 0;
const newId = () => `id-${++n}`;
const at = (iso: string) => new Date(iso);

beforeEach(async () => {
  db = openDatabase(`db-aliases-${++seq}`);
  await saveNote(
    db,
    { student: record, display: { name: 'Mohammed El Amrani' }, text: 'Techniek' },
    at('2026-11-20T10:00:00Z'),
    newId,
  );
  await addMoment(db, cells, 'compliment-gegeven', at('2026-11-24T10:00:00Z'), newId, undefined, 'Mohammed El Amrani');
  await saveNote(db, { student: other, display: { name: 'Sanne de Vries' }, text: 'Zorg' }, at('2026-11-21T10:00:00Z'), newId);
});
afterEach(async () => {
  await db.delete();
});

describe('one student under two ids', () => {
  it('joins nothing by name: the same name is only a candidate', async () => {
    expect(await linkedKeys(db, record)).toEqual([`${HOST}|${record.id}`]);
    expect(await listMoments(db, record)).toEqual([]);
    expect((await linkCandidates(db, record, 'mohammed  el amrani')).map((s) => s.sisId)).toEqual([cells.id]);
    expect(await linkCandidates(db, record, 'Sanne de Vries')).toHaveLength(1);
    expect(await linkCandidates(db, record, undefined)).toEqual([]);
  });

  it('after pairing, reads from either id gather both; no key is rewritten', async () => {
    expect(await linkStudents(db, record, cells, at('2026-11-25T10:00:00Z'))).toMatchObject({ ok: true });
    for (const ref of [record, cells]) {
      expect((await listNotes(db, ref)).map((x) => x.text)).toEqual(['Techniek']);
      expect((await listMoments(db, ref)).map((m) => m.type)).toEqual(['compliment-gegeven']);
      expect((await timeline(db, ref)).map((e) => e.kind)).toEqual(['moment', 'note']);
      // The last contact (card and panel) gathers both ids too.
      expect(latestDate(await studentHistory(db, ref))).toBe('2026-11-24T10:00:00.000Z');
    }
    expect((await db.moments.toArray())[0]?.studentKey).toBe(`${HOST}|${cells.id}`);
    expect(await linkCandidates(db, record, 'Mohammed El Amrani')).toEqual([]);
  });

  it('unlinking restores both records exactly, from either side; the panel suggests no pair while the page shows another name', async () => {
    const before = await exportData(db, { now: at('2026-11-25T09:00:00Z') });
    expect(await linkStudents(db, record, cells, at('2026-11-25T10:00:00Z'))).toMatchObject({ ok: true });
    expect(await unlinkStudents(db, cells, record)).toBe(true);
    expect(await unlinkStudents(db, cells, record)).toBe(false);
    expect(await exportData(db, { now: at('2026-11-25T09:00:00Z') })).toEqual(before);
    for (const ref of [record, cells]) expect(await linkedKeys(db, ref)).toHaveLength(1);
    // The page shows another name for the record's number: no pairing is offered.
    const deps = shippedAnswerDeps(db, () => at('2026-11-25T11:00:00Z'));
    const page = (name: string): PageSummary => ({
      profileId: 'somtoday-docent',
      host: HOST,
      pageType: 'studentRecord',
      student: { id: record.id, name },
      rowCount: 0,
    });
    expect((await panelData(deps, record, page('Mohammed El Amrani'))).links.candidates).toHaveLength(1);
    expect((await panelData(deps, record, page('Iemand Anders'))).links.candidates).toEqual([]);
  });

  it("a student's own export names the paired number it also holds", async () => {
    await linkStudents(db, record, cells, at('2026-11-25T10:00:00Z'));
    const api = createDataApi(db, { now: () => at('2026-11-26T10:00:00Z') });
    expect((await api.exportStudent(record)).paired).toEqual([`Mohammed El Amrani (nummer ${cells.id})`]);
    expect((await api.exportStudent(other)).paired).toEqual([]);
  });

  it('refuses a pair with itself, across hosts, with an unknown id, or a second pair for the same id', async () => {
    expect(await linkStudents(db, record, record, new Date())).toEqual({ ok: false, error: 'sameStudent' });
    expect(await linkStudents(db, record, { host: 'x.magister.net', id: '1' }, new Date())).toEqual({
      ok: false,
      error: 'otherHost',
    });
    expect(await linkStudents(db, record, { host: HOST, id: 'nope' }, new Date())).toEqual({
      ok: false,
      error: 'unknownStudent',
    });
    await linkStudents(db, record, cells, new Date());
    expect(await linkStudents(db, other, cells, new Date())).toEqual({ ok: false, error: 'alreadyLinked' });
    expect(await linkStudents(db, other, record, new Date())).toEqual({ ok: false, error: 'alreadyLinked' });
  });

  it('erasing the student erases every paired id; export and import keep the pair', async () => {
    await linkStudents(db, record, cells, at('2026-11-25T10:00:00Z'));
    const one = await exportData(db, { student: cells, now: at('2026-11-26T10:00:00Z') });
    expect(one.students.map((s) => s.sisId).sort()).toEqual([record.id, cells.id].sort());
    expect(one.notes).toHaveLength(1);
    expect(one.moments).toHaveLength(1);
    const all = serializeExport(await exportData(db, { now: at('2026-11-26T10:00:00Z') }));
    expect(await eraseStudent(db, record)).toMatchObject({ students: 2, notes: 1, moments: 1 });
    expect(await db.aliases.count()).toBe(0);
    expect(await listNotes(db, other)).toHaveLength(1);
    expect(await importData(db, all)).toMatchObject({ ok: true });
    expect((await listMoments(db, record)).map((m) => m.type)).toEqual(['compliment-gegeven']);
  });
});
