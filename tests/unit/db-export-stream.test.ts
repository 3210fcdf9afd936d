import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LobDatabase, openDatabase } from '../../lib/db/database';
import { exportData, importData, serializeExport } from '../../lib/db/transfer';
import { exportBlob } from '../../lib/db/transfer/export-stream';

/**
 * The streamed export (lib/db/transfer/export-stream.ts) gives exactly the text of the whole-file
 * export, whatever the page size, and reads back in as a valid file.
 */

const NOW = new Date('2026-11-23T10:00:00Z');
const HOST = 'demo.magister.net';
const key = (i: number) => `${HOST}|${40_000 + i}`;
const at = (i: number) => new Date(Date.UTC(2026, 0, 1 + (i % 300), 8, i % 60)).toISOString();

let db: LobDatabase;
let seq = 0;
beforeEach(() => {
  db = openDatabase(`db-export-stream-${++seq}`);
});
afterEach(async () => {
  await db.delete();
});

/** Students, notes (text with quotes, accents, a line break and an emoji), afspraken and moments. */
async function fill(students: number, notes: number, optional: boolean): Promise<void> {
  await db.students.bulkPut(
    Array.from({ length: students }, (_, i) => ({
      key: key(i),
      host: HOST,
      sisId: String(40_000 + i),
      name: `Leerling ${i}`,
      updatedAt: at(i),
    })),
  );
  await db.notes.bulkPut(
    Array.from({ length: notes }, (_, i) => ({
      // Ids out of insertion order, so the export's order is the key order, not the order written.
      id: `n-${(i * 7919) % notes}`,
      studentKey: key(i % students),
      date: at(i),
      competences: ['kwaliteiten' as const],
      promptIds: [],
      text: `Zei: "ik wil naar de zorg" — café ${i}\nvolgende keer 🙂`,
      updatedAt: at(i),
    })),
  );
  await db.afspraken.bulkPut([{ id: 'a-1', studentKey: key(0), what: 'Meeloopdag regelen', done: false, createdAt: at(1) }]);
  await db.moments.bulkPut(
    Array.from({ length: 7 }, (_, i) => ({ id: `m-${i}`, studentKey: key(i % students), type: 'compliment', date: at(i) })),
  );
  if (!optional) return;
  await db.aliases.bulkPut([{ key: key(1), studentKey: key(0), createdAt: at(2) }]);
  await db.facts.bulkPut([{ studentKey: key(2), handoverConsent: '2026-11-20', updatedAt: at(3) }]);
  await db.drafts.bulkPut([
    { studentKey: key(3), text: 'Half af', competences: [], promptIds: [], startedAt: at(4), updatedAt: at(4) },
  ]);
}

describe('streamed export', () => {
  for (const [label, page, optional] of [
    ['pages of 4 rows, every table', 4, true],
    ['pages of 1 row, optional tables empty', 1, false],
    ['the default page', undefined, true],
  ] as const) {
    it(`writes the same text as the whole-file export (${label})`, async () => {
      await fill(9, 37, optional);
      const whole = serializeExport(await exportData(db, { now: NOW }));
      const { blob, counts } = await exportBlob(db, { now: NOW, ...(page ? { page } : {}) });
      expect(await blob.text()).toBe(whole);
      expect(counts).toEqual({ students: 9, notes: 37 });
      expect(blob.size).toBe(new TextEncoder().encode(whole).length);
    });
  }

  it('writes a valid, empty file for an empty database, and a streamed file reads back in', async () => {
    const empty = await exportBlob(db, { now: NOW });
    expect(JSON.parse(await empty.blob.text())).toEqual({
      format: 'lob-naast-de-leerling',
      schemaVersion: expect.any(Number),
      exportedAt: NOW.toISOString(),
      students: [],
      notes: [],
      afspraken: [],
      moments: [],
      referrals: [],
    });
    await fill(5, 12, true);
    const { blob } = await exportBlob(db, { now: NOW, page: 3 });
    const other = openDatabase(`db-export-stream-${++seq}`);
    try {
      const result = await importData(other, await blob.text());
      expect(result.ok && result.counts.notes).toBe(12);
      expect(await other.notes.count()).toBe(12);
    } finally {
      await other.delete();
    }
  });
});
