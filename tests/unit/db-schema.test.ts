import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { type LobDatabase, openDatabase, SCHEMA_VERSION, V1_STORES } from '../../lib/db/database';
import { dueAfspraken, listNotes, saveNote } from '../../lib/db/queries';

const names: string[] = [];
let n = 0;
function freshName(): string {
  const name = `db-schema-${++n}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Writes rows into a database as version 0.1.0 of the extension (schema v1) would have left them. */
async function seedV1(name: string, rows: Record<string, object[]>): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  for (const [table, items] of Object.entries(rows)) await v1.table(table).bulkAdd(items);
  v1.close();
}

describe('database schema', () => {
  it('opens a new database at the current version with a meta table', async () => {
    const db = openDatabase(freshName());
    await db.open();
    expect(SCHEMA_VERSION).toBe(6);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'afspraken',
      'aliases',
      'drafts',
      'facts',
      'handed',
      'meta',
      'moments',
      'notes',
      'referrals',
      'students',
    ]);
    db.close();
  });

  it('v1 → v2 keeps every note, afspraak, moment and referral and fills missing fields', async () => {
    const name = freshName();
    await seedV1(name, {
      students: [
        {
          key: 'demo.magister.net|1',
          host: 'demo.magister.net',
          sisId: '1',
          name: 'Sanne',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
      notes: [
        {
          id: 'n1',
          studentKey: 'demo.magister.net|1',
          date: '2026-01-02T09:00:00.000Z',
          competences: ['motieven'],
          promptIds: ['p1'],
          text: 'Oud',
        },
        {
          id: 'n2',
          studentKey: 'demo.magister.net|1',
          date: '2026-01-05T09:00:00.000Z',
          text: 'Zonder lijsten',
          updatedAt: '2026-01-06T00:00:00.000Z',
        },
      ],
      afspraken: [{ id: 'a1', studentKey: 'demo.magister.net|1', what: 'Open dag bezoeken', due: '2026-01-10', done: 0 }],
      moments: [{ id: 'm1', studentKey: 'demo.magister.net|1', type: 'compliment-gegeven', date: '2026-01-03T09:00:00.000Z' }],
      referrals: [{ id: 'r1', studentKey: 'demo.magister.net|1', role: 'decaan', date: '2026-01-04T09:00:00.000Z' }],
    });

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const notes = await listNotes(db, { host: 'demo.magister.net', id: '1' });
    expect(notes.map((x) => x.id)).toEqual(['n2', 'n1']);
    expect(notes[1]).toMatchObject({ text: 'Oud', updatedAt: '2026-01-02T09:00:00.000Z', competences: ['motieven'] });
    expect(notes[0]).toMatchObject({ competences: [], promptIds: [], updatedAt: '2026-01-06T00:00:00.000Z' });
    expect(await db.afspraken.get('a1')).toMatchObject({ done: false, createdAt: '2026-01-10', what: 'Open dag bezoeken' });
    expect(await db.moments.count()).toBe(1);
    expect(await db.referrals.get('r1')).toMatchObject({ role: 'decaan' });
    expect(await db.meta.get('migratedFromV1')).toBeDefined();
    // The new index answers "what is due" for migrated rows.
    const due = await dueAfspraken(db, new Date('2026-02-01T12:00:00'));
    expect(due.map((d) => [d.afspraak.id, d.student.name])).toEqual([['a1', 'Sanne']]);
    db.close();
  });

  it('v1 → v2 lower-cases hosts and moves the rows of a re-keyed student with it', async () => {
    const name = freshName();
    await seedV1(name, {
      students: [
        {
          key: 'Demo.Magister.net|7',
          host: 'Demo.Magister.net',
          sisId: '7',
          name: 'Ali',
          klas: '4V1',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
      notes: [
        {
          id: 'n1',
          studentKey: 'Demo.Magister.net|7',
          date: '2026-01-02T09:00:00.000Z',
          competences: [],
          promptIds: [],
          text: 'Wil techniek',
          updatedAt: '2026-01-02T09:00:00.000Z',
        },
      ],
      moments: [{ id: 'm1', studentKey: 'Demo.Magister.net|7', type: 'beroep-genoemd', date: '2026-01-03T09:00:00.000Z' }],
    });
    const db: LobDatabase = openDatabase(name);
    await db.open();
    expect(await db.students.toArray()).toEqual([
      {
        key: 'demo.magister.net|7',
        host: 'demo.magister.net',
        sisId: '7',
        name: 'Ali',
        klas: '4V1',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ]);
    // The student is found again by the (already lower-casing) studentKey of the current code.
    const notes = await listNotes(db, { host: 'DEMO.magister.NET', id: '7' });
    expect(notes.map((x) => x.text)).toEqual(['Wil techniek']);
    expect((await db.moments.get('m1'))?.studentKey).toBe('demo.magister.net|7');
    db.close();
  });

  it('a migrated database accepts new notes and reopens without another migration', async () => {
    const name = freshName();
    await seedV1(name, { students: [], notes: [] });
    const db = openDatabase(name);
    await saveNote(
      db,
      { student: { host: 'x.somtoday.nl', id: '9' }, display: {}, text: 'Na de update' },
      new Date('2026-03-01T10:00:00Z'),
      () => 'n9',
    );
    db.close();
    const again = openDatabase(name);
    expect((await again.notes.get('n9'))?.text).toBe('Na de update');
    again.close();
  });
});
