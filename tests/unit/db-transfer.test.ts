import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../lib/core/import-problem';
import { DATA_TABLES, type LobDatabase, openDatabase, SCHEMA_VERSION } from '../../lib/db/database';
import { eraseAll, eraseStudent } from '../../lib/db/erase';
import { addAfspraak, addMoment, addReferral, saveNote, setAfspraakDone } from '../../lib/db/queries';
import {
  type ExportFile,
  exportData,
  IMPORT_CHUNK,
  type ImportProgress,
  importData,
  importFile,
  serializeExport,
} from '../../lib/db/transfer';

const sanne = { host: 'demo.magister.net', id: '48213' };
const ali = { host: 'demo.magister.net', id: '50001' };
const SANNE = 'demo.magister.net|48213';
const ALI = 'demo.magister.net|50001';
const NOW = new Date('2026-11-23T10:00:00Z');

let db: LobDatabase;
let seq = 0;
let counter = 0;
const newId = () => `id-${String(++counter).padStart(4, '0')}`;

beforeEach(() => {
  db = openDatabase(`db-transfer-${++seq}`);
});
afterEach(async () => {
  await db.delete();
});

/** Every row of every table (including meta), sorted: "exactly the same data". */
async function dump(target: LobDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of target.tables) {
    out[table.name] = (await table.toArray()).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

async function seed(): Promise<void> {
  await saveNote(
    db,
    {
      student: sanne,
      display: { name: 'Sanne de Vries', klas: '3H2' },
      text: 'Vertelde over haar bijbaan',
      context: 'mentorgesprek',
      competences: ['kwaliteiten'],
      promptIds: ['p-1'],
      studentWords: 'Ik help graag mensen',
      nextStep: 'Meeloopdag',
      afspraken: [{ what: 'Meeloopdag regelen', who: 'Sanne', due: '2026-12-01' }],
      referrals: [{ role: 'decaan' }],
    },
    NOW,
    newId,
  );
  await saveNote(db, { student: ali, display: { name: 'Ali' }, text: 'Wil techniek' }, NOW, newId);
  const a = await addAfspraak(db, ali, { what: 'Open dag' }, NOW, newId);
  await setAfspraakDone(db, a.id, true, NOW);
  await addMoment(db, ali, 'beroep-genoemd', NOW, newId, 'natuurkunde');
  await addReferral(db, ali, 'bpv-begeleider', NOW, newId);
}

function validFile(over: Partial<ExportFile> = {}): ExportFile {
  return {
    format: 'lob-naast-de-leerling',
    schemaVersion: SCHEMA_VERSION,
    exportedAt: NOW.toISOString(),
    students: [{ key: 'x.somtoday.nl|1', host: 'x.somtoday.nl', sisId: '1', name: 'Bo', updatedAt: NOW.toISOString() }],
    notes: [
      {
        id: 'imp-1',
        studentKey: 'x.somtoday.nl|1',
        date: NOW.toISOString(),
        competences: ['motieven'],
        promptIds: [],
        text: 'Geïmporteerd',
        updatedAt: NOW.toISOString(),
      },
    ],
    afspraken: [],
    moments: [],
    referrals: [],
    ...over,
  };
}

const text = (file: unknown) => JSON.stringify(file);

/** The text as a file the browser hands over in pieces of 1 to 40 characters. */
function inPieces(input: string): Blob {
  const parts: string[] = [];
  for (let at = 0, n = 0; at < input.length; n++) {
    const size = 1 + ((n * 7919) % 40);
    parts.push(input.slice(at, at + size));
    at += size;
  }
  return new Blob(parts);
}

describe('export', () => {
  it('exports all data as one schema-versioned JSON file', async () => {
    await seed();
    const file = await exportData(db, { now: NOW });
    expect(file).toMatchObject({ format: 'lob-naast-de-leerling', schemaVersion: SCHEMA_VERSION, exportedAt: NOW.toISOString() });
    expect(file.students.map((s) => s.key)).toEqual([SANNE, ALI].sort());
    expect(file.notes).toHaveLength(2);
    expect(file.afspraken).toHaveLength(2);
    expect(file.moments).toHaveLength(1);
    expect(file.referrals).toHaveLength(2);
    const json = serializeExport(file);
    expect(JSON.parse(json)).toEqual(file);
    // Compact: no indentation or line breaks, so a large export stays well under the import limit.
    expect(json.startsWith('{"format":"lob-naast-de-leerling","schemaVersion":')).toBe(true);
    expect(json).not.toContain('\n');
  });

  it('a one-student export contains nothing of any other student', async () => {
    await seed();
    const file = await exportData(db, { student: sanne, now: NOW });
    expect(file.students.map((s) => s.name)).toEqual(['Sanne de Vries']);
    const json = serializeExport(file);
    expect(json).not.toContain(ALI);
    expect(json).not.toContain('Ali');
    expect(json).not.toContain('Wil techniek');
    expect(file.notes.map((n) => n.text)).toEqual(['Vertelde over haar bijbaan']);
    expect(file.afspraken.map((a) => a.what)).toEqual(['Meeloopdag regelen']);
    expect(file.referrals.map((r) => r.role)).toEqual(['decaan']);
  });

  it('export → erase everything → import gives back exactly the same data', async () => {
    await seed();
    const before = await dump(db);
    const json = serializeExport(await exportData(db, { now: NOW }));
    const erased = await eraseAll(db);
    expect(erased).toEqual({ students: 2, notes: 2, afspraken: 2, moments: 1, referrals: 2 });
    for (const t of DATA_TABLES) expect(await db.table(t).count()).toBe(0);
    const result = await importData(db, json);
    expect(result).toMatchObject({ ok: true, counts: { students: 2, notes: 2, afspraken: 2, moments: 1, referrals: 2 } });
    expect(await dump(db)).toEqual(before);
  });

  it('export one student → erase that student → import restores only that student', async () => {
    await seed();
    const before = await dump(db);
    const json = serializeExport(await exportData(db, { student: sanne, now: NOW }));
    expect(await eraseStudent(db, sanne)).toEqual({ students: 1, notes: 1, afspraken: 1, moments: 0, referrals: 1 });
    expect(await db.notes.where('studentKey').equals(SANNE).count()).toBe(0);
    expect(await db.notes.where('studentKey').equals(ALI).count()).toBe(1);
    expect((await importData(db, json)).ok).toBe(true);
    expect(await dump(db)).toEqual(before);
  });
});

describe('import', () => {
  /** The file is refused with exactly this problem (its words: tests/unit/import-problem-text.test.ts), nothing changed. */
  /**
   * Refused, and nothing changed; the dry run from a chosen file, read in small pieces (the one the
   * teacher sees before confirming, ./dry-run-file.ts), refuses it the same way.
   */
  async function expectRejected(input: string, problem: ImportProblem, options?: { maxBytes?: number }) {
    await seed();
    const before = await dump(db);
    const result = await importData(db, input, options);
    expect(result).toEqual({ ok: false, error: problem });
    expect(await importFile(db, inPieces(input), { ...options, dryRun: true })).toEqual(result);
    expect(await dump(db)).toEqual(before);
  }

  it('accepts a valid file from another machine and reports what it read', async () => {
    const result = await importData(db, text(validFile()));
    expect(result).toEqual({
      ok: true,
      counts: { students: 1, notes: 1, afspraken: 0, moments: 0, referrals: 0 },
      summary: { add: 2, same: 0, update: 0, older: 0, refused: 0 },
      dryRun: false,
    });
    expect((await db.notes.get('imp-1'))?.text).toBe('Geïmporteerd');
  });

  it('malformed JSON: clear problem, nothing changed', async () => {
    await expectRejected('{"format": "lob-naast-de-leerling", ', { code: 'invalidJson' });
  });

  it('an empty file is malformed JSON', async () => {
    await expectRejected('', { code: 'invalidJson' });
  });

  it('another kind of JSON file is not our export', async () => {
    await expectRejected(text({ format: 'qompas', notes: [] }), { code: 'wrongFormat' });
    await expectRejected(text([1, 2, 3]), { code: 'wrongFormat' });
  });

  it('a file from a newer version asks to update the extension', async () => {
    await expectRejected(text(validFile({ schemaVersion: SCHEMA_VERSION + 1 })), {
      code: 'newerVersion',
      version: SCHEMA_VERSION + 1,
    });
  });

  it('an oversized file is refused before it is read', async () => {
    const note = validFile().notes[0] as ExportFile['notes'][number];
    const notes = Array.from({ length: 6 }, (_, i) => ({ ...note, id: `n${i}`, text: 'a'.repeat(20_000) }));
    const big = text(validFile({ notes }));
    expect(big.length).toBeGreaterThan(0.1 * 1024 * 1024);
    const maxBytes = 0.1 * 1024 * 1024;
    await expectRejected(big, { code: 'tooLarge', limitBytes: maxBytes }, { maxBytes });
    // The same file is fine under the default limit of 50 MB.
    expect((await importData(db, big)).ok).toBe(true);
  });

  it('the size limit counts bytes, not characters (50 MB by default)', async () => {
    const big = `"${'é'.repeat(600)}"`; // 1202 bytes in UTF-8, 602 characters
    const result = await importData(db, big, { maxBytes: 1000 });
    expect(result).toEqual({ ok: false, error: { code: 'tooLarge', limitBytes: 1000 } });
    const huge = 'x'.repeat(50 * 1024 * 1024 + 1);
    expect(await importData(db, huge)).toEqual({ ok: false, error: { code: 'tooLarge', limitBytes: 50 * 1024 * 1024 } });
  });

  it('hostile __proto__ / constructor keys are refused and pollute nothing', async () => {
    const hostile = text(validFile()).replace('"text":"Geïmporteerd"', '"text":"x","__proto__":{"polluted":true}');
    await expectRejected(hostile, { code: 'hostile' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const ctor = text(validFile()).replace('"format"', '"constructor":{"prototype":{"polluted":true}},"format"');
    const result = await importData(db, ctor);
    expect(result).toMatchObject({ ok: false, error: { code: 'hostile' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The same key spelled with JSON escapes.
    const escaped = text(validFile()).replace('"text":"Geïmporteerd"', '"text":"x","\\u005f_proto__":{"polluted":true}');
    await expectRejected(escaped, { code: 'hostile' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a note pointing to a student in neither the file nor the database is refused', async () => {
    const file = validFile({ students: [] });
    await expectRejected(text(file), { code: 'unknownStudent', key: 'x.somtoday.nl|1' });
  });

  it('a note for a student already in the database is accepted', async () => {
    await seed();
    const file = validFile({
      students: [],
      notes: [{ ...validFile().notes[0], studentKey: SANNE } as ExportFile['notes'][number]],
    });
    expect((await importData(db, text(file))).ok).toBe(true);
    expect((await db.notes.get('imp-1'))?.studentKey).toBe(SANNE);
  });

  it('extra fields are refused with the row and field named', async () => {
    const file = validFile();
    (file.notes[0] as unknown as Record<string, unknown>).diagnose = 'dyslexie';
    await expectRejected(text(file), {
      code: 'invalidData',
      table: 'notes',
      row: 1,
      reason: 'unknownFields',
      keys: ['diagnose'],
    });
  });

  it('too-long text is refused with a clear reason', async () => {
    const file = validFile();
    const note = file.notes[0];
    if (note) note.text = 'a'.repeat(20_001);
    await expectRejected(text(file), {
      code: 'invalidData',
      table: 'notes',
      row: 1,
      field: 'text',
      reason: 'textTooLong',
      maximum: 20_000,
    });
  });

  it('an invalid date or missing field is refused', async () => {
    const bad = validFile();
    const note = bad.notes[0];
    if (note) note.date = '23-11-2026';
    await expectRejected(text(bad), { code: 'invalidData', table: 'notes', row: 1, field: 'date', reason: 'invalidDate' });
    const missing = JSON.parse(text(validFile()));
    delete missing.moments;
    const result = await importData(db, text(missing));
    expect(result).toEqual({ ok: false, error: { code: 'invalidData', table: 'moments', reason: 'missingField' } });
  });

  it('a student key that does not match host and SIS id is refused', async () => {
    const file = validFile({
      students: [{ key: 'x.somtoday.nl|1', host: 'x.somtoday.nl', sisId: '2', updatedAt: NOW.toISOString() }],
    });
    await expectRejected(text(file), { code: 'invalidData', table: 'students', row: 1, reason: 'keyMismatch' });
  });

  it('a care referral in a file is refused: zorg is never stored', async () => {
    const file = validFile({
      referrals: [{ id: 'r', studentKey: 'x.somtoday.nl|1', role: 'zorgcoordinator', date: NOW.toISOString() }],
    });
    await expectRejected(text(file), { code: 'careReferral', table: 'referrals', row: 1 });
  });

  it('the same id twice in one file is refused', async () => {
    const file = validFile();
    const note = file.notes[0];
    if (note) file.notes.push({ ...note, text: 'tweede' });
    await expectRejected(text(file), { code: 'duplicateId', table: 'notes', row: 2, id: 'imp-1' });
  });

  it('merges by id: newer rows in the file replace rows with the same id, other rows stay, no duplicates', async () => {
    await seed();
    const exported = await exportData(db, { now: NOW });
    const later = '2026-11-25T08:00:00.000Z';
    const changed = {
      ...exported,
      notes: exported.notes.map((n) => (n.studentKey === ALI ? { ...n, text: 'Bijgewerkt op laptop', updatedAt: later } : n)),
    };
    await addMoment(db, sanne, 'compliment-gegeven', new Date('2026-11-24T10:00:00Z'), newId);
    expect((await importData(db, text(changed))).ok).toBe(true);
    expect((await importData(db, text(changed))).ok).toBe(true);
    expect(await db.notes.count()).toBe(2);
    expect((await db.notes.where('studentKey').equals(ALI).first())?.text).toBe('Bijgewerkt op laptop');
    expect(await db.moments.count()).toBe(2);
  });

  it('a storage failure halfway leaves the database exactly as before, with a clear problem', async () => {
    await seed();
    const before = await dump(db);
    // Students and notes are written first; the moments write then hits a full disk.
    db.moments.hook('creating', () => {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    });
    const file = validFile({
      moments: [{ id: 'm-imp', studentKey: 'x.somtoday.nl|1', type: 'beroep-genoemd', date: NOW.toISOString() }],
    });
    const result = await importData(db, text(file));
    expect(result).toEqual({ ok: false, error: { code: 'storageFull' } });
    expect(await dump(db)).toEqual(before);
    expect(await db.notes.get('imp-1')).toBeUndefined();
  });

  it('too many rows are refused before any row is checked', async () => {
    const row = { id: 'm', studentKey: 'x.somtoday.nl|1', type: 't', date: NOW.toISOString() };
    const moments = Array.from({ length: 4 }, (_, i) => ({ ...row, id: `m${i}` }));
    const result = await importData(db, text(validFile({ moments })), { maxRows: 3 });
    expect(result).toEqual({ ok: false, error: { code: 'invalidData', table: 'moments', reason: 'tooManyRows', maximum: 3 } });
    expect(await db.moments.count()).toBe(0);
    expect((await importData(db, text(validFile({ moments: moments.slice(0, 3) })), { maxRows: 3 })).ok).toBe(true);
  });

  it('reports its progress: 0 once the file is checked, then after every chunk of rows, up to all rows', async () => {
    const note = validFile().notes[0] as ExportFile['notes'][number];
    const notes = Array.from({ length: IMPORT_CHUNK + 1 }, (_, i) => ({ ...note, id: `n${i}` }));
    const moments = [{ id: 'm1', studentKey: 'x.somtoday.nl|1', type: 'beroep-genoemd', date: NOW.toISOString() }];
    const heard: ImportProgress[] = [];
    const result = await importData(db, text(validFile({ notes, moments })), { onProgress: (p) => heard.push(p) });
    expect(result.ok).toBe(true);
    const total = 1 + notes.length + 1;
    // students (1), notes in two chunks, moments (1)
    expect(heard).toEqual([0, 1, 1 + IMPORT_CHUNK, 1 + notes.length, total].map((written) => ({ written, total })));
  });

  it('importing the same backup again writes no row; a changed note in it is written', async () => {
    await seed();
    const backup = serializeExport(await exportData(db, { now: NOW }));
    const before = await dump(db);
    const writes: string[] = [];
    for (const table of db.tables) {
      table.hook('creating', () => void writes.push(`${table.name}: new`));
      table.hook('updating', () => void writes.push(`${table.name}: changed`));
    }
    expect((await importData(db, backup)).ok).toBe(true);
    expect(writes).toEqual([]);
    expect(await dump(db)).toEqual(before);
    const edited = JSON.parse(backup) as ExportFile;
    const first = edited.notes[0] as ExportFile['notes'][number];
    edited.notes[0] = { ...first, text: 'Later aangevuld', updatedAt: '2026-11-24T09:00:00.000Z' };
    expect((await importData(db, JSON.stringify(edited))).ok).toBe(true);
    expect(writes).toEqual(['notes: changed']);
    expect((await db.notes.get(first.id))?.text).toBe('Later aangevuld');
  });

  it('a refused file reports no progress', async () => {
    const heard: ImportProgress[] = [];
    const file = validFile({ students: [] });
    const result = await importData(db, text(file), { onProgress: (p) => heard.push(p) });
    expect(result.ok).toBe(false);
    expect(heard).toEqual([]);
  });
});

describe('import from the chosen file (read piece by piece)', () => {
  it('gives what importing its text gives, and refuses an unreadable or too large file without reading it', async () => {
    await seed();
    const text = serializeExport(await exportData(db, { now: NOW }));
    const other = openDatabase(`db-transfer-${++seq}`);
    try {
      const fromFile = await importFile(other, new Blob([text]), { dryRun: true });
      expect(fromFile).toEqual(await importData(other, text, { dryRun: true }));
      expect(fromFile.ok && fromFile.summary.add).toBeGreaterThan(0);
      // Read in pieces that end inside a character of two, three or four bytes ('ë', '€', '😀'):
      // the same import.
      const wide = text.replaceAll('"text":"', '"text":"ë€😀 ');
      expect(wide).not.toBe(text);
      const bytes = new TextEncoder().encode(wide);
      const at = [...bytes.keys()].filter((i) => bytes[i] !== undefined && bytes[i] >= 0x80 && (bytes[i] & 0xc0) === 0x80);
      const cuts = [0, ...at, bytes.length];
      const pieces = new Blob(cuts.slice(1).map((end, i) => bytes.slice(cuts[i], end)));
      const third = openDatabase(`db-transfer-${++seq}`);
      try {
        expect((await importFile(third, pieces)).ok).toBe(true);
        const texts = (await third.notes.toArray()).map((n) => n.text);
        expect(texts.length).toBeGreaterThan(0);
        expect(texts.filter((t) => !t.startsWith('ë€😀 '))).toEqual([]);
      } finally {
        await third.delete();
      }
      // A file that was moved or removed after it was chosen fails while it is read, here after its first piece.
      const half = text.slice(0, 1000);
      const gone = {
        size: text.length,
        stream: () =>
          new ReadableStream<Uint8Array>({
            start: (c) => c.enqueue(new TextEncoder().encode(half)),
            pull: (c) => c.error(new DOMException('Het bestand is weg', 'NotReadableError')),
          }),
      } as unknown as Blob;
      expect(await importFile(other, gone)).toEqual({ ok: false, error: { code: 'unreadable' } });
      let read = false;
      const huge = {
        size: 60_000_000,
        stream: () => {
          read = true;
          return new ReadableStream();
        },
      } as unknown as Blob;
      expect(await importFile(other, huge, { maxBytes: 50_000_000 })).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
      expect(read).toBe(false);
      expect(await other.notes.count()).toBe(0);
    } finally {
      await other.delete();
    }
  });
});
