import type { StudentRef } from '../../lib/core/student';
import { type LobDatabase, type MomentRecord, type NoteRecord, SCHEMA_VERSION, type StudentRecord } from '../../lib/db/database';
import { EXPORT_FORMAT, type ExportFile, serializeExport } from '../../lib/db/transfer';
import { COMPETENCES } from '../../lib/prompts/schema';

/**
 * The benchmark's data, the same in Node (fake-indexeddb) and in Chromium (the driver page): notes
 * spread over 1 000 students, and one "Je doet het al" moment for every five notes, so a timeline
 * merges two tables. Deterministic, so every run seeds the same rows. No Node APIs here.
 */

export const STUDENTS = 1_000;
export const IMPORT_NOTES = 10_000;
const HOST = 'bench.magister.net';
const BASE = Date.parse('2026-11-23T12:00:00.000Z');
const DAY = 86_400_000;
/** The "now" of every benchmark operation. */
export const BENCH_NOW = new Date(BASE);

export const studentRef = (i: number): StudentRef => ({ host: HOST, id: String(100_000 + (i % STUDENTS)) });
const keyOf = (i: number) => `${HOST}|${100_000 + (i % STUDENTS)}`;

/** Deterministic pseudo-random numbers. */
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

export function students(): StudentRecord[] {
  const stamp = BENCH_NOW.toISOString();
  return Array.from({ length: STUDENTS }, (_, i) => ({
    key: keyOf(i),
    host: HOST,
    sisId: String(100_000 + i),
    name: `Leerling ${i}`,
    klas: `4H${i % 9}`,
    updatedAt: stamp,
  }));
}

/** Notes `from` to `from + count` of the data set seeded with `seed` (chunks of one set continue one random sequence). */
function notes(count: number, rnd: () => number, idOf: (i: number) => string, from = 0): NoteRecord[] {
  return Array.from({ length: count }, (_, j) => note(idOf(from + j), (from + j) % STUDENTS, rnd));
}

function moments(count: number, rnd: () => number): MomentRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    studentKey: keyOf(i),
    type: 'compliment',
    date: new Date(BASE - Math.floor(rnd() * 700) * DAY).toISOString(),
  }));
}

const SEED_CHUNK = 10_000;
const seededId = (i: number) => `n${i}`;

/** Fills an empty database with the students, `count` notes and count / 5 moments (bulkAdd in chunks). */
export async function seed(db: LobDatabase, count: number): Promise<void> {
  const rnd = random(count);
  await db.students.bulkAdd(students());
  for (let from = 0; from < count; from += SEED_CHUNK) {
    await db.notes.bulkAdd(notes(Math.min(SEED_CHUNK, count - from), rnd, seededId, from));
  }
  await db.moments.bulkAdd(moments(count / 5, rnd));
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The text of the export of a database seeded by `seed(db, count)`, as exportData + serializeExport give it. */
export function seededExportText(count: number): string {
  const rnd = random(count);
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: BENCH_NOW.toISOString(),
    students: students(),
    notes: notes(count, rnd, seededId).sort(byId),
    afspraken: [],
    moments: moments(count / 5, rnd).sort(byId),
    referrals: [],
  };
  return serializeExport(file);
}

/**
 * An export file with 10 000 new notes (ids unique per `run`); with `withStudents` it also holds the
 * students, so it can be read into an empty database.
 */
export function importText(run: number, withStudents: boolean): string {
  return serializeExport({
    format: EXPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: BENCH_NOW.toISOString(),
    students: withStudents ? students() : [],
    notes: notes(IMPORT_NOTES, random(7 + run), (i) => `import-${run}-${i}`),
    afspraken: [],
    moments: [],
    referrals: [],
  });
}
