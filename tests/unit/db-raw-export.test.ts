import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase, V6_STORES } from '../../lib/db/database';
import { readRawDatabase } from '../../lib/db/raw';

/** A failed migration keeps the data, and the raw stores can still be exported. */

const NOW = new Date('2026-11-23T10:00:00Z');
const KEY = 'demo.magister.net|48213';

async function seeded(name: string) {
  const db = openDatabase(name);
  await db.students.put({ key: KEY, host: 'demo.magister.net', sisId: '48213', name: 'Sanne', updatedAt: NOW.toISOString() });
  await db.notes.put({
    id: 'n1',
    studentKey: KEY,
    date: NOW.toISOString(),
    competences: [],
    promptIds: [],
    text: 'Wil de zorg in',
    updatedAt: NOW.toISOString(),
  });
  db.close();
}

describe('a failed migration', () => {
  it('keeps every row, and the raw export reads them without the new schema', async () => {
    const name = 'raw-export-failed-migration';
    await seeded(name);
    // A future version whose upgrade throws halfway (after changing a row).
    const next = new Dexie(name);
    next.version(6).stores(V6_STORES);
    next
      .version(7)
      .stores({ ...V6_STORES, notes: 'id, studentKey, date, [studentKey+date], updatedAt' })
      .upgrade(async (tx) => {
        await tx.table('notes').toCollection().modify({ text: 'half gemigreerd' });
        throw new Error('migratie mislukt');
      });
    await expect(next.open()).rejects.toThrow();
    next.close();

    const raw = await readRawDatabase(name, NOW);
    expect(raw).toMatchObject({ format: 'lob-naast-de-leerling-ruw', database: name, indexedDbVersion: 60 });
    expect(raw?.stores.notes).toEqual([expect.objectContaining({ id: 'n1', text: 'Wil de zorg in' })]);
    expect(raw?.stores.students).toEqual([expect.objectContaining({ key: KEY, name: 'Sanne' })]);
    // Every store of the version that was there before the failed upgrade.
    expect(Object.keys(raw?.stores ?? {})).toEqual(Object.keys(V6_STORES).sort());

    // The current version still opens the untouched data.
    const again = openDatabase(name);
    expect((await again.notes.get('n1'))?.text).toBe('Wil de zorg in');
    await again.delete();
  });

  it('the raw export of a database that does not exist is null and creates nothing', async () => {
    expect(await readRawDatabase('raw-export-missing', NOW)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('raw-export-missing');
  });
});
