import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import Dexie from 'dexie';
import type { StudentRef } from '../../lib/core/student';
import type { LobDatabase, MomentRecord, NoteRecord, StudentRecord } from '../../lib/db/database';
import { openDatabase } from '../../lib/db/database';
import { saveNote } from '../../lib/db/notes';
import { timeline } from '../../lib/db/timeline';
import { exportData, importData, serializeExport } from '../../lib/db/transfer';
import { COMPETENCES } from '../../lib/prompts/schema';
import { type BenchRow, type BenchSuite, median } from './types';

/**
 * Database operations at 10 000 and 100 000 notes spread over 1 000 students, with Dexie over
 * fake-indexeddb in Node (a pure-JS IndexedDB: slower than the browser's, but the same code path and
 * the same relative costs). Times in ms.
 */

const SIZES = [10_000, 100_000] as const;
const STUDENTS = 1_000;
const HOST = 'bench.magister.net';
const IMPORT_NOTES = 10_000;
const BASE = Date.parse('2026-11-23T12:00:00.000Z');
const DAY = 86_400_000;
const ENGINE = 'fake-indexeddb in Node, not the browser';

const ref = (i: number): StudentRef => ({ host: HOST, id: String(100_000 + i) });
const keyOf = (i: number) => `${HOST}|${100_000 + i}`;

/** Deterministic pseudo-random numbers, so every run seeds the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const SENTENCES = [
  'Vertelde enthousiast over het practicum scheikunde en wil weten welke beroepen daarbij horen.',
  'Twijfelt tussen havo en mbo; wil met de decaan praten over de open dagen.',
  'Heeft bij de bijbaan gemerkt dat ze goed kan plannen en mensen kan helpen.',
  'Wil meelopen bij een apotheek of een laboratorium in de meivakantie.',
];

function note(id: string, student: number, rnd: () => number): NoteRecord {
  const date = new Date(BASE - Math.floor(rnd() * 700) * DAY - Math.floor(rnd() * DAY)).toISOString();
  return {
    id,
    studentKey: keyOf(student),
    date,
    context: 'mentorgesprek',
    competences: [COMPETENCES[Math.floor(rnd() * COMPETENCES.length)] ?? 'kwaliteiten'],
    promptIds: [],
    text: SENTENCES[Math.floor(rnd() * SENTENCES.length)] ?? '',
    nextStep: 'Leerling mailt voor een meeloopdag.',
    updatedAt: date,
  };
}

async function seed(db: LobDatabase, notes: number): Promise<void> {
  const rnd = random(notes);
  const stamp = new Date(BASE).toISOString();
  const students: StudentRecord[] = Array.from({ length: STUDENTS }, (_, i) => ({
    key: keyOf(i),
    host: HOST,
    sisId: String(100_000 + i),
    name: `Leerling ${i}`,
    klas: `4H${i % 9}`,
    updatedAt: stamp,
  }));
  await db.students.bulkAdd(students);
  const CHUNK = 10_000;
  for (let start = 0; start < notes; start += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, notes - start) }, (_, j) =>
      note(`n${start + j}`, (start + j) % STUDENTS, rnd),
    );
    await db.notes.bulkAdd(rows);
  }
  // "Je doet het al" moments too: one for every five notes, so the timeline merges two tables.
  const moments: MomentRecord[] = Array.from({ length: notes / 5 }, (_, i) => ({
    id: `m${i}`,
    studentKey: keyOf(i % STUDENTS),
    type: 'compliment',
    date: new Date(BASE - Math.floor(rnd() * 700) * DAY).toISOString(),
  }));
  await db.moments.bulkAdd(moments);
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Median of `runs` timed runs after `warmup` untimed ones (run numbers continue, so no run repeats another). */
async function repeat(runs: number, fn: (run: number) => Promise<unknown>, warmup = 0): Promise<number> {
  for (let run = 0; run < warmup; run++) await fn(runs + run);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await time(() => fn(run)));
  return median(times);
}

/** An export file with 10 000 new notes (new ids) for the existing students. */
function importFile(run: number): string {
  const rnd = random(7 + run);
  return serializeExport({
    format: 'lob-naast-de-leerling',
    schemaVersion: 2,
    exportedAt: new Date(BASE).toISOString(),
    students: [],
    notes: Array.from({ length: IMPORT_NOTES }, (_, i) => note(`import-${run}-${i}`, i % STUDENTS, rnd)),
    afspraken: [],
    moments: [],
    referrals: [],
  });
}

const label = (n: number) => n.toLocaleString('nl-NL');

async function measure(notes: number): Promise<BenchRow[]> {
  const name = `bench-${notes}-${Date.now()}`;
  const db = openDatabase(name);
  const rows: BenchRow[] = [];
  const at = `${label(notes)} notes`;
  const heavy = notes >= 100_000;
  try {
    const seeded = await time(() => seed(db, notes));
    rows.push({ group: 'database', name: `seed ${at} (bulkAdd)`, value: seeded, unit: 'ms', note: `setup, 1 run; ${ENGINE}` });

    let entries = 0;
    const open = await repeat(
      15,
      async (run) => {
        entries = (await timeline(db, ref(run * 37 + 13))).length;
      },
      2,
    );
    rows.push({
      group: 'database',
      name: `open one student's timeline (${at})`,
      value: open,
      unit: 'ms',
      note: `median of 15 runs after 2 warm-up, ~${entries} entries per student; ${ENGINE}`,
    });

    let id = 0;
    const save = await repeat(
      15,
      (run) =>
        saveNote(
          db,
          { student: ref(run * 31 + 5), display: { name: `Leerling ${run}` }, text: 'Wil een meeloopdag bij de brandweer.' },
          new Date(BASE),
          () => `bench-save-${id++}`,
        ),
      2,
    );
    rows.push({
      group: 'database',
      name: `save a note (${at})`,
      value: save,
      unit: 'ms',
      note: `median of 15 runs after 2 warm-up, one transaction (student + note); ${ENGINE}`,
    });

    let text = '';
    const exportRuns = 3;
    const exported = await repeat(exportRuns, async () => {
      text = serializeExport(await exportData(db, { now: new Date(BASE) }));
    });
    const bytes = Buffer.byteLength(text);
    rows.push({
      group: 'database',
      name: `export everything (${at})`,
      value: exported,
      unit: 'ms',
      note: `median of ${exportRuns} runs, exportData + serializeExport, ${(bytes / 1024 / 1024).toFixed(1)} MB; ${ENGINE}`,
    });

    const importRuns = 3;
    const files = Array.from({ length: importRuns }, (_, run) => importFile(run));
    const imported = await repeat(importRuns, async (run) => {
      const result = await importData(db, files[run] ?? '');
      if (!result.ok) throw new Error(`import failed: ${result.error.message}`);
    });
    rows.push({
      group: 'database',
      name: `import ${label(IMPORT_NOTES)} notes (into ${at})`,
      value: imported,
      unit: 'ms',
      note: `median of ${importRuns} runs, parse + validate + one transaction, new ids; ${ENGINE}`,
    });

    // The whole export read back (merge by id: every row is replaced). Near the 50 MB import limit at 100 000.
    if (heavy) {
      let result: Awaited<ReturnType<typeof importData>> | undefined;
      const again = await time(async () => {
        result = await importData(db, text);
      });
      rows.push({
        group: 'database',
        name: `re-import the full export (${at})`,
        value: result?.ok ? again : Number.NaN,
        unit: 'ms',
        note:
          result && !result.ok
            ? `refused: ${result.error.message}`
            : `1 run, ${(bytes / 1024 / 1024).toFixed(1)} MB, same ids (every row replaced); ${ENGINE}`,
      });
    }
  } finally {
    db.close();
    await Dexie.delete(name);
  }
  return rows;
}

export const database: BenchSuite = {
  name: 'database (fake-indexeddb)',
  async run() {
    const rows: BenchRow[] = [];
    for (const size of SIZES) rows.push(...(await measure(size)));
    return rows;
  },
};
