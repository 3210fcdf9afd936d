import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LobDatabase, openDatabase, SCHEMA_VERSION } from '../../lib/db/database';
import { type ExportFile, IMPORT_CHUNK, importData, importFile } from '../../lib/db/transfer';
import { prng } from '../support/prng';

/**
 * The dry run of an import from a chosen file (lib/db/transfer/dry-run-file.ts) reads the file piece
 * by piece and keeps no rows; what it reports must be what the dry run over the whole file reports,
 * for every kind of merge, across the chunks the rows are compared in, and it writes nothing.
 * Refusals are compared in tests/unit/db-transfer.test.ts (every `expectRejected`).
 */

const NOW = '2026-11-23T10:00:00.000Z';
const LATER = '2026-11-25T08:00:00.000Z';
const EARLIER = '2026-11-01T08:00:00.000Z';
const STUDENTS = 40;
/** More notes than one comparison chunk, so the file's notes are compared in two (a multiple of 10). */
const NOTES = IMPORT_CHUNK + 700;
if (NOTES % 10 !== 0) throw new Error('NOTES moet een tienvoud zijn');

const studentKey = (i: number) => `x.somtoday.nl|${i}`;
const student = (i: number) => ({
  key: studentKey(i),
  host: 'x.somtoday.nl',
  sisId: String(i),
  name: `Leerling ${i}`,
  updatedAt: NOW,
});
const note = (i: number) => ({
  id: `n-${String(i).padStart(6, '0')}`,
  studentKey: studentKey(i % STUDENTS),
  date: NOW,
  competences: ['motieven'] as ExportFile['notes'][number]['competences'],
  promptIds: i % 3 === 0 ? ['oud-id'] : [],
  text: `Gesprek ${i}: "wat wil je?", {ë}`,
  updatedAt: NOW,
});

function fileOf(over: Partial<ExportFile> = {}): ExportFile {
  return {
    format: 'lob-naast-de-leerling',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: NOW,
    students: Array.from({ length: STUDENTS }, (_, i) => student(i)),
    notes: Array.from({ length: NOTES }, (_, i) => note(i)),
    afspraken: [],
    moments: [],
    referrals: [],
    ...over,
  };
}

/** The text as a file read in pieces of about 4 KB (with a few small ones). */
function asFile(text: string): Blob {
  const rnd = prng(text.length);
  const parts: string[] = [];
  for (let at = 0; at < text.length; ) {
    const size = rnd() < 0.2 ? 1 + Math.floor(rnd() * 10) : 2000 + Math.floor(rnd() * 4000);
    parts.push(text.slice(at, at + size));
    at += size;
  }
  return new Blob(parts);
}

let db: LobDatabase;
let seq = 0;
const RENAMES = { 'oud-id': 'nieuw-id' };

beforeEach(async () => {
  db = openDatabase(`db-dry-run-file-${++seq}`);
  // What the teacher already has: the students and the notes as a file would bring them (with today's prompt ids).
  const stored = fileOf();
  await db.students.bulkAdd(stored.students);
  await db.notes.bulkAdd(
    stored.notes.map((n) => ({ ...n, promptIds: n.promptIds.map((id) => (id === 'oud-id' ? 'nieuw-id' : id)) })),
  );
});
afterEach(async () => {
  await db.delete();
});

async function expectSameDryRun(text: string) {
  const whole = await importData(db, text, { dryRun: true, promptRenames: RENAMES });
  const streamed = await importFile(db, asFile(text), { dryRun: true, promptRenames: RENAMES });
  expect(streamed).toEqual(whole);
  return streamed;
}

describe('dry run of a chosen file, read piece by piece', () => {
  it('a re-import of the same rows: everything the same, old prompt ids read as today’s', async () => {
    const result = await expectSameDryRun(JSON.stringify(fileOf()));
    expect(result).toMatchObject({ ok: true, dryRun: true, summary: { same: STUDENTS + NOTES, add: 0, update: 0 } });
  });

  it('new, newer, older and moved notes are counted as the whole-file dry run counts them, and nothing is written', async () => {
    const file = fileOf();
    const notes = file.notes.map((n, i) => {
      if (i % 10 === 1) return { ...n, text: 'nieuwer', updatedAt: LATER };
      if (i % 10 === 2) return { ...n, text: 'ouder', updatedAt: EARLIER };
      if (i % 10 === 3) return { ...n, studentKey: studentKey((i + 1) % STUDENTS), updatedAt: LATER };
      return n;
    });
    notes.push(...Array.from({ length: 30 }, (_, i) => ({ ...note(NOTES + i), text: 'nieuw' })));
    const before = await db.notes.toArray();
    const result = await expectSameDryRun(JSON.stringify({ ...file, notes }));
    expect(result.ok && result.summary).toEqual({
      add: 30,
      same: STUDENTS + NOTES - 3 * (NOTES / 10),
      update: NOTES / 10,
      older: NOTES / 10,
      refused: NOTES / 10,
    });
    expect(await db.notes.toArray()).toEqual(before);
  });

  it('into an empty database every row is new', async () => {
    await db.notes.clear();
    await db.students.clear();
    const result = await expectSameDryRun(JSON.stringify(fileOf()));
    expect(result).toMatchObject({ ok: true, summary: { add: STUDENTS + NOTES, same: 0 } });
  });

  it('the row limit of an import holds for the five data tables only: an optional table past it is still checked and counted', async () => {
    const aliases = [1, 2, 3].map((i) => ({ key: `x.somtoday.nl|alias-${i}`, studentKey: studentKey(i % 2), createdAt: NOW }));
    const options = { dryRun: true, maxRows: 2 } as const;
    const text = JSON.stringify(fileOf({ students: [student(0), student(1)], notes: [], aliases }));
    const whole = await importData(db, text, options);
    expect(whole).toMatchObject({ ok: true, summary: { add: 3 } });
    expect(await importFile(db, asFile(text), options)).toEqual(whole);
    const broken = text.replace('"createdAt":"2026-11-23T10:00:00.000Z"}]', '"createdAt":"gisteren"}]');
    expect(broken).not.toBe(text);
    const refused = await importData(db, broken, options);
    expect(refused).toMatchObject({ ok: false, error: { table: 'aliases', row: 3 } });
    expect(await importFile(db, asFile(broken), options)).toEqual(refused);
  });

  it('a file that names a table twice is read whole (JSON keeps the last list)', async () => {
    const text = JSON.stringify(fileOf()).replace(
      '"afspraken":[]',
      `"notes":[${JSON.stringify({ ...note(1), text: 'x', updatedAt: LATER })}],"afspraken":[]`,
    );
    const result = await expectSameDryRun(text);
    expect(result).toMatchObject({ ok: true, counts: { notes: 1 }, summary: { update: 1 } });
  });
});
