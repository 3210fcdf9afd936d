import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LobDatabase, openDatabase } from '../../lib/db/database';
import { latestDate, studentHistory } from '../../lib/db/history';
import {
  addAfspraak,
  addMoment,
  addReferral,
  dueAfspraken,
  listAfspraken,
  listMoments,
  listNotes,
  listReferrals,
  listStudents,
  saveNote,
  searchNotes,
  setAfspraakDone,
  studentsWithoutMoment,
  timeline,
} from '../../lib/db/queries';

const sanne = { host: 'demo.magister.net', id: '48213' };
const ali = { host: 'demo.magister.net', id: '50001' };
const bo = { host: 'school.somtoday.nl', id: '77' };
const SANNE = 'demo.magister.net|48213';
const ALI = 'demo.magister.net|50001';
const BO = 'school.somtoday.nl|77';

let db: LobDatabase;
let seq = 0;
let counter = 0;
const newId = () => `id-${String(++counter).padStart(4, '0')}`;
const at = (iso: string) => new Date(iso);

beforeEach(() => {
  db = openDatabase(`db-queries-${++seq}`);
});
afterEach(async () => {
  await db.delete();
});

describe('notes', () => {
  it('saveNote stores the note with all fields and the student display data', async () => {
    const note = await saveNote(
      db,
      {
        student: sanne,
        display: { name: 'Sanne de Vries', klas: '3H2' },
        text: 'Vertelde over haar bijbaan bij de bakker',
        context: 'mentorgesprek',
        competences: ['kwaliteiten', 'werkexploratie', 'kwaliteiten'],
        promptIds: ['terugkijken-1'],
        studentWords: 'Ik vind het leuk om mensen te helpen',
        nextStep: 'Vraagt de bakker wat het werk inhoudt',
      },
      at('2026-11-23T10:00:00Z'),
      newId,
    );
    expect(await db.notes.get(note.id)).toEqual({
      id: note.id,
      studentKey: SANNE,
      date: '2026-11-23T10:00:00.000Z',
      updatedAt: '2026-11-23T10:00:00.000Z',
      text: 'Vertelde over haar bijbaan bij de bakker',
      context: 'mentorgesprek',
      competences: ['kwaliteiten', 'werkexploratie'],
      promptIds: ['terugkijken-1'],
      studentWords: 'Ik vind het leuk om mensen te helpen',
      nextStep: 'Vraagt de bakker wat het werk inhoudt',
    });
    expect(await db.students.get(SANNE)).toMatchObject({
      name: 'Sanne de Vries',
      klas: '3H2',
      host: 'demo.magister.net',
      sisId: '48213',
    });
  });

  it('saveNote keeps known display data when the page did not show it', async () => {
    await saveNote(
      db,
      { student: sanne, display: { name: 'Sanne', klas: '3H2' }, text: 'een' },
      at('2026-11-01T10:00:00Z'),
      newId,
    );
    await saveNote(db, { student: sanne, display: {}, text: 'twee' }, at('2026-11-02T10:00:00Z'), newId);
    expect(await db.students.get(SANNE)).toMatchObject({ name: 'Sanne', klas: '3H2', updatedAt: '2026-11-02T10:00:00.000Z' });
  });

  it('saveNote stores afspraken and referrals of the conversation in the same transaction, never a care referral', async () => {
    const note = await saveNote(
      db,
      {
        student: sanne,
        display: { name: 'Sanne' },
        text: 'Twijfelt tussen zorg en techniek',
        afspraken: [{ what: 'Meeloopdag ziekenhuis regelen', who: 'Sanne', due: '2026-12-01' }],
        referrals: [{ role: 'decaan' }, { role: 'zorgcoordinator' }],
      },
      at('2026-11-23T10:00:00Z'),
      newId,
    );
    expect(await listAfspraken(db, sanne)).toMatchObject([
      { what: 'Meeloopdag ziekenhuis regelen', who: 'Sanne', due: '2026-12-01', done: false, noteId: note.id },
    ]);
    expect((await listReferrals(db, sanne)).map((r) => r.role)).toEqual(['decaan']);
  });

  it('saveNote with an invalid afspraak date stores nothing at all', async () => {
    await expect(
      saveNote(
        db,
        { student: sanne, display: {}, text: 'x', afspraken: [{ what: 'iets', due: '2026-02-30' }] },
        at('2026-11-23T10:00:00Z'),
        newId,
      ),
    ).rejects.toMatchObject({ name: 'DataRuleError', rule: 'invalidDueDate', value: '2026-02-30' });
    expect(await db.notes.count()).toBe(0);
    expect(await db.students.count()).toBe(0);
    expect(await db.afspraken.count()).toBe(0);
  });

  it('a write failing halfway through saveNote leaves no note behind', async () => {
    await db.open();
    db.referrals.hook('creating', () => {
      throw new Error('schijf weg');
    });
    await expect(
      saveNote(
        db,
        { student: sanne, display: { name: 'Sanne' }, text: 'x', referrals: [{ role: 'decaan' }] },
        at('2026-11-23T10:00:00Z'),
        newId,
      ),
    ).rejects.toThrow();
    expect(await db.notes.count()).toBe(0);
    expect(await db.students.count()).toBe(0);
  });

  it('listNotes gives one student newest first and the last contact is the latest note or moment', async () => {
    await saveNote(db, { student: sanne, display: {}, text: 'oud' }, at('2026-09-01T10:00:00Z'), newId);
    await saveNote(db, { student: sanne, display: {}, text: 'nieuw' }, at('2026-10-01T10:00:00Z'), newId);
    await saveNote(db, { student: ali, display: {}, text: 'ander' }, at('2026-12-01T10:00:00Z'), newId);
    expect((await listNotes(db, sanne)).map((x) => x.text)).toEqual(['nieuw', 'oud']);
    const lastContact = async (ref: typeof sanne) => latestDate(await studentHistory(db, ref));
    expect(await lastContact(sanne)).toBe('2026-10-01T10:00:00.000Z');
    await addMoment(db, sanne, 'compliment-gegeven', at('2026-11-05T08:00:00Z'), newId);
    expect(await lastContact(sanne)).toBe('2026-11-05T08:00:00.000Z');
    expect(await lastContact(bo)).toBeNull();
  });
});

describe('afspraken', () => {
  it('addAfspraak, setAfspraakDone and listAfspraken (open first, earliest due first)', async () => {
    const later = await addAfspraak(
      db,
      sanne,
      { what: 'Profielkeuze bespreken thuis', due: '2027-01-15' },
      at('2026-11-23T10:00:00Z'),
      newId,
    );
    const undated = await addAfspraak(db, sanne, { what: 'Beroepentest maken' }, at('2026-11-23T10:00:00Z'), newId);
    const soon = await addAfspraak(
      db,
      sanne,
      { what: 'Open dag kiezen', who: 'mentor', due: '2026-12-01' },
      at('2026-11-23T10:00:00Z'),
      newId,
    );
    await addAfspraak(db, ali, { what: 'niet van Sanne' }, at('2026-11-23T10:00:00Z'), newId);
    const done = await setAfspraakDone(db, soon.id, true, at('2026-11-30T09:00:00Z'));
    expect(done).toMatchObject({ done: true, doneAt: '2026-11-30T09:00:00.000Z' });
    expect((await listAfspraken(db, sanne)).map((a) => a.id)).toEqual([later.id, undated.id, soon.id]);
    const reopened = await setAfspraakDone(db, soon.id, false, at('2026-12-01T09:00:00Z'));
    expect(reopened?.done).toBe(false);
    expect(reopened).not.toHaveProperty('doneAt');
    expect(await setAfspraakDone(db, 'bestaat-niet', true, at('2026-12-01T09:00:00Z'))).toBeUndefined();
    expect(await db.students.get(SANNE)).toBeDefined();
  });

  it('rejects an afspraak without text or with a non-existent date', async () => {
    await expect(addAfspraak(db, sanne, { what: '   ' }, at('2026-11-23T10:00:00Z'), newId)).rejects.toThrow(RangeError);
    await expect(addAfspraak(db, sanne, { what: 'x', due: '23-11-2026' }, at('2026-11-23T10:00:00Z'), newId)).rejects.toThrow(
      RangeError,
    );
    expect(await db.afspraken.count()).toBe(0);
  });

  it('dueAfspraken: open ones due today or earlier, across students, with the student name', async () => {
    await saveNote(db, { student: sanne, display: { name: 'Sanne', klas: '3H2' }, text: 'x' }, at('2026-11-01T10:00:00Z'), newId);
    await saveNote(db, { student: ali, display: { name: 'Ali' }, text: 'y' }, at('2026-11-01T10:00:00Z'), newId);
    const overdue = await addAfspraak(
      db,
      ali,
      { what: 'Stageplek bellen', due: '2026-11-20' },
      at('2026-11-01T10:00:00Z'),
      newId,
    );
    const today = await addAfspraak(db, sanne, { what: 'Open dag', due: '2026-11-23' }, at('2026-11-01T10:00:00Z'), newId);
    await addAfspraak(db, sanne, { what: 'Morgen', due: '2026-11-24' }, at('2026-11-01T10:00:00Z'), newId);
    await addAfspraak(db, sanne, { what: 'Zonder datum' }, at('2026-11-01T10:00:00Z'), newId);
    const doneOne = await addAfspraak(db, ali, { what: 'Al gedaan', due: '2026-11-10' }, at('2026-11-01T10:00:00Z'), newId);
    await setAfspraakDone(db, doneOne.id, true, at('2026-11-10T10:00:00Z'));
    const due = await dueAfspraken(db, new Date(2026, 10, 23, 12, 0));
    expect(due.map((d) => [d.afspraak.id, d.student.name])).toEqual([
      [overdue.id, 'Ali'],
      [today.id, 'Sanne'],
    ]);
    expect(due[1]?.student).toEqual({ key: SANNE, name: 'Sanne', klas: '3H2' });
  });
});

describe('moments and referrals', () => {
  it('addMoment stores type, date and subject and creates the student; listMoments is newest first', async () => {
    await addMoment(db, sanne, 'compliment-gegeven', at('2026-11-01T10:00:00Z'), newId, 'biologie');
    await addMoment(db, sanne, 'beroep-genoemd', at('2026-11-02T10:00:00Z'), newId);
    await addMoment(db, ali, 'beroep-genoemd', at('2026-11-03T10:00:00Z'), newId);
    const moments = await listMoments(db, sanne);
    expect(moments.map((m) => [m.type, m.subject])).toEqual([
      ['beroep-genoemd', undefined],
      ['compliment-gegeven', 'biologie'],
    ]);
    expect(await db.students.get(SANNE)).toMatchObject({ host: 'demo.magister.net', sisId: '48213' });
  });

  it('addReferral stores role and date only; a care role is shown, never stored', async () => {
    const r = await addReferral(db, sanne, 'decaan', at('2026-11-23T10:00:00Z'), newId);
    expect(r && Object.keys(r).sort()).toEqual(['date', 'id', 'role', 'studentKey']);
    expect(await addReferral(db, sanne, 'zorgcoordinator', at('2026-11-23T10:00:00Z'), newId)).toBeNull();
    expect(await addReferral(db, sanne, 'Zorg', at('2026-11-23T10:00:00Z'), newId)).toBeNull();
    expect(
      await addReferral(db, sanne, 'vertrouwenspersoon', at('2026-11-23T10:00:00Z'), newId, {
        careRoles: ['vertrouwenspersoon'],
      }),
    ).toBeNull();
    expect((await listReferrals(db, sanne)).map((x) => x.role)).toEqual(['decaan']);
    expect(await db.referrals.count()).toBe(1);
  });

  it('timeline merges notes, moments and referrals of one student, newest first', async () => {
    await saveNote(db, { student: sanne, display: {}, text: 'gesprek' }, at('2026-11-02T10:00:00Z'), newId);
    await addMoment(db, sanne, 'compliment-gegeven', at('2026-11-03T10:00:00Z'), newId);
    await addReferral(db, sanne, 'decaan', at('2026-11-01T10:00:00Z'), newId);
    await addMoment(db, ali, 'compliment-gegeven', at('2026-11-04T10:00:00Z'), newId);
    const entries = await timeline(db, sanne);
    expect(entries.map((e) => [e.kind, e.date])).toEqual([
      ['moment', '2026-11-03T10:00:00.000Z'],
      ['note', '2026-11-02T10:00:00.000Z'],
      ['referral', '2026-11-01T10:00:00.000Z'],
    ]);
    expect(await timeline(db, bo)).toEqual([]);
  });
});

describe('search and overview', () => {
  it('searchNotes finds text, student words and vervolgstap, case- and diacritics-insensitive, with the student', async () => {
    await saveNote(
      db,
      { student: sanne, display: { name: 'Sanne' }, text: 'Wil naar de CREATIEVE opleiding' },
      at('2026-11-01T10:00:00Z'),
      newId,
    );
    await saveNote(
      db,
      { student: ali, display: { name: 'Ali' }, text: 'x', studentWords: 'Ik ben créatief met hout' },
      at('2026-11-02T10:00:00Z'),
      newId,
    );
    await saveNote(
      db,
      { student: bo, display: {}, text: 'y', nextStep: 'Creatieve workshop zoeken' },
      at('2026-11-03T10:00:00Z'),
      newId,
    );
    await saveNote(db, { student: bo, display: {}, text: 'over sport', context: 'creatief' }, at('2026-11-04T10:00:00Z'), newId);
    const hits = await searchNotes(db, 'Creatie');
    expect(hits.map((h) => h.student.name ?? h.student.key)).toEqual([BO, 'Ali', 'Sanne']);
    expect(hits[0]?.note.nextStep).toBe('Creatieve workshop zoeken');
    await saveNote(db, { student: ali, display: {}, text: 'Daar is één ding dat hij wil' }, at('2026-11-05T10:00:00Z'), newId);
    expect((await searchNotes(db, 'EEN DING')).map((h) => h.note.text)).toEqual(['Daar is één ding dat hij wil']);
    expect(await searchNotes(db, 'wiskunde')).toEqual([]);
    expect(await searchNotes(db, '   ')).toEqual([]);
    expect((await searchNotes(db, 'creatie', 2)).map((h) => h.student.key)).toEqual([BO, ALI]);
  });

  it('listStudents: students with notes, by name, unnamed last', async () => {
    await saveNote(db, { student: bo, display: {}, text: 'x' }, at('2026-11-01T10:00:00Z'), newId);
    await saveNote(db, { student: sanne, display: { name: 'sanne de Vries' }, text: 'x' }, at('2026-11-01T10:00:00Z'), newId);
    await saveNote(db, { student: ali, display: { name: 'Ali Benali' }, text: 'x' }, at('2026-11-01T10:00:00Z'), newId);
    await addMoment(db, { host: 'demo.magister.net', id: '1' }, 'beroep-genoemd', at('2026-11-01T10:00:00Z'), newId);
    expect((await listStudents(db)).map((s) => s.key)).toEqual([ALI, SANNE, BO]);
  });

  it('studentsWithoutMoment: who had no note or moment since a date', async () => {
    await saveNote(db, { student: sanne, display: {}, text: 'x' }, at('2026-11-10T10:00:00Z'), newId);
    await addMoment(db, ali, 'beroep-genoemd', at('2026-09-01T10:00:00Z'), newId);
    await addMoment(db, bo, 'beroep-genoemd', at('2026-11-01T00:00:00Z'), newId);
    const keys = [SANNE, ALI, BO, 'demo.magister.net|404'];
    expect(await studentsWithoutMoment(db, keys, at('2026-11-01T00:00:00Z'))).toEqual([ALI, 'demo.magister.net|404']);
    expect(await studentsWithoutMoment(db, keys, '2026-11-11T00:00:00.000Z')).toEqual([SANNE, ALI, BO, 'demo.magister.net|404']);
  });
});
