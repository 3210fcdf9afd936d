/**
 * Runs in Chromium (bundled by tests/bench/db-browser.ts): the extension's own database code
 * (lib/db/*) over the browser's real IndexedDB. Each call times one operation in the page with
 * performance.now(), so the DevTools round trip is not in the figure. Exposed as `window.__bench`;
 * Node imports it too (over fake-indexeddb), for the same figures outside the browser.
 */
import Dexie from 'dexie';
import { type LobDatabase, openDatabase } from '../../../lib/db/database';
import { saveNote } from '../../../lib/db/notes';
import { timeline } from '../../../lib/db/timeline';
import { exportBlob, importData } from '../../../lib/db/transfer';
import { BENCH_NOW, importText, seed, studentRef } from '../db-data';

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function mustImport(db: LobDatabase, text: string): Promise<void> {
  const result = await importData(db, text);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
}

let db: LobDatabase | undefined;
let exported = '';
const current = (): LobDatabase => {
  if (!db) throw new Error('no database: call open() first');
  return db;
};

export const bench = {
  /** A fresh database with `notes` notes; returns the seeding time (setup, not a figure). */
  async open(notes: number): Promise<number> {
    db?.close();
    await Dexie.delete(`bench-${notes}`);
    db = openDatabase(`bench-${notes}`);
    return timed(() => seed(current(), notes));
  },
  /** One student's timeline; returns [ms, entries]. */
  async timeline(student: number): Promise<[number, number]> {
    let entries = 0;
    const ms = await timed(async () => {
      entries = (await timeline(current(), studentRef(student))).length;
    });
    return [ms, entries];
  },
  async save(run: number): Promise<number> {
    const input = { student: studentRef(run * 31 + 5), display: { name: `Leerling ${run}` }, text: 'Wil een meeloopdag.' };
    return timed(() => saveNote(current(), input, BENCH_NOW, () => `bench-save-${run}`));
  },
  /** The full export as the options page makes it (exportBlob: streamed into a Blob); keeps its text for `reimport`. Returns [ms, bytes]. */
  async export(): Promise<[number, number]> {
    let file: Blob | undefined;
    const ms = await timed(async () => {
      file = (await exportBlob(current(), { now: BENCH_NOW })).blob;
    });
    if (!file) throw new Error('export gave no file');
    exported = await file.text();
    return [ms, file.size];
  },
  /** Reads the last export back into the same database: every row is replaced. */
  async reimport(): Promise<number> {
    return timed(() => mustImport(current(), exported));
  },
  /** 10 000 new notes into the open database (students already there); removed again afterwards, untimed. */
  async importInto(run: number): Promise<number> {
    const text = importText(run, false);
    const ms = await timed(() => mustImport(current(), text));
    await current().notes.where('id').startsWith(`import-${run}-`).delete();
    return ms;
  },
  /** 10 000 notes and their students into a new, empty database (deleted afterwards). */
  async importEmpty(run: number): Promise<number> {
    const text = importText(run, true);
    const empty = openDatabase(`bench-empty-${run}`);
    try {
      await empty.open();
      return await timed(() => mustImport(empty, text));
    } finally {
      empty.close();
      await Dexie.delete(`bench-empty-${run}`);
    }
  },
  async close(): Promise<void> {
    if (!db) return;
    const name = db.name;
    db.close();
    db = undefined;
    exported = '';
    await Dexie.delete(name);
  },
};

export type DbBench = typeof bench;
(globalThis as unknown as { __bench: DbBench }).__bench = bench;
