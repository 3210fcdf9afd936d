import { IMPORT_NOTES, STUDENTS } from './db-data';
import type { DriverCall } from './db-driver/client';
import { type BenchRow, summarize } from './types';

/**
 * The database figures, measured through the driver (tests/bench/db-driver) wherever it runs: each
 * figure repeated and summarised as median (min–max). Seeding is setup, not a figure.
 */

export const SIZES = [10_000, 100_000] as const;
const QUICK_RUNS = 31;
const WARMUP = 3;
const label = (n: number) => n.toLocaleString('nl-NL');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `runs` measurements after `warmup` unmeasured ones; run numbers never repeat. */
async function repeat(runs: number, measure: (run: number) => Promise<number>, warmup = 0): Promise<number[]> {
  for (let run = 0; run < warmup; run++) await measure(runs + run);
  const values: number[] = [];
  for (let run = 0; run < runs; run++) values.push(await measure(run));
  return values;
}

export interface FigureOptions {
  group: string;
  /** Re-import the full export in the driver too (the options page does it at 100 000 in Chromium). */
  reimport: boolean;
}

/** Import of 10 000 notes with their students into an empty database (independent of the size). */
export async function emptyImportRows(call: DriverCall, { group }: FigureOptions): Promise<BenchRow[]> {
  const values = await repeat(5, (run) => call('importEmpty', run));
  const name = `import ${label(IMPORT_NOTES)} notes into an empty database`;
  const note = `with their ${label(STUDENTS)} students; parse + validate + one transaction`;
  return [{ group, name, unit: 'ms', ...summarize(values), note }];
}

/** Timeline, save, export, import (and re-import) on a database of `notes` notes. */
export async function sizeRows(call: DriverCall, notes: number, { group, reimport }: FigureOptions): Promise<BenchRow[]> {
  const at = `${label(notes)} notes`;
  const longRuns = notes >= 100_000 ? 3 : 5;
  const row = (name: string, values: number[], note: string, goal?: number): BenchRow => ({
    group,
    name,
    unit: 'ms',
    ...summarize(values),
    ...(goal !== undefined && notes >= 100_000 ? { goal } : {}),
    note,
  });
  await call('open', notes);
  try {
    let entries = 0;
    const open = await repeat(
      QUICK_RUNS,
      async (run) => {
        const [ms, n] = await call('timeline', run * 37 + 13);
        entries = n;
        return ms;
      },
      WARMUP,
    );
    const save = await repeat(QUICK_RUNS, (run) => call('save', run), WARMUP);
    let bytes = 0;
    const exported = await repeat(longRuns, async () => {
      const [ms, size] = await call('export');
      bytes = size;
      return ms;
    });
    const reimported = reimport ? await repeat(longRuns, () => call('reimport')) : [];
    const imported = await repeat(5, (run) => call('importInto', run));
    return [
      row(
        `open one student's timeline (${at})`,
        open,
        `${QUICK_RUNS} students after ${WARMUP} warm-up, ~${entries} entries each`,
        10,
      ),
      row(`save a note (${at})`, save, `${QUICK_RUNS} runs after ${WARMUP} warm-up, one transaction (student + note)`),
      row(
        `export everything (${at})`,
        exported,
        `exportBlob: streamed, a page of rows at a time, into one Blob; ${mb(bytes)}`,
        3000,
      ),
      row(`import ${label(IMPORT_NOTES)} new notes (into ${at})`, imported, 'parse + validate + one transaction'),
      ...(reimport
        ? [
            row(
              `re-import the full export (${at})`,
              reimported,
              `${mb(bytes)}, same rows: each read and compared, none rewritten`,
            ),
          ]
        : []),
    ];
  } finally {
    await call('close');
  }
}
