import { performance } from 'node:perf_hooks';
import { PBKDF2_ITERATIONS } from '../../lib/db/sealed/format';
import { deriveKey, open, seal } from '../../lib/db/sealed/seal';
import { BENCH_NOW, seededExportText } from './db-data';
import { type BenchRow, type BenchSuite, summarize } from './types';

const RUNS = 5;
const NOTES = 10_000;
const PASS = 'paarse-giraf-fietst-naar-school';

async function timed(action: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await action();
  return performance.now() - t0;
}

/**
 * The encrypted backup (issue #33) in Node's Web Crypto: deriving the key from the passphrase
 * (PBKDF2-SHA-256, 600 000 rounds) reported apart, then sealing and opening a backup of 10 000 notes
 * (each including one derivation), medians over repeated runs.
 */
export const sealed: BenchSuite = {
  name: 'sealed',
  async run(): Promise<BenchRow[]> {
    const plain = seededExportText(NOTES);
    const expires = new Date(BENCH_NOW.getTime() + 30 * 86_400_000);
    const options = { passphrase: PASS, kind: 'backup' as const, now: BENCH_NOW, expires, counts: { notes: NOTES } };
    const salt = new Uint8Array(16);
    const derive: number[] = [];
    const sealing: number[] = [];
    const opening: number[] = [];
    let file = await seal(plain, options);
    for (let run = 0; run < RUNS; run++) {
      derive.push(await timed(() => deriveKey(PASS, salt, PBKDF2_ITERATIONS)));
      sealing.push(await timed(async () => (file = await seal(plain, options))));
      opening.push(await timed(() => open(file, PASS, BENCH_NOW)));
    }
    const mb = (new TextEncoder().encode(plain).length / 1024 / 1024).toFixed(1);
    const group = 'database';
    return [
      { group, name: 'backup: key derivation, PBKDF2-SHA-256 600 000 rounds (Node)', ...summarize(derive), unit: 'ms' },
      { group, name: `backup: encrypt ${NOTES} notes (${mb} MB), derivation included (Node)`, ...summarize(sealing), unit: 'ms' },
      { group, name: `backup: decrypt ${NOTES} notes, derivation included (Node)`, ...summarize(opening), unit: 'ms' },
    ];
  },
};
