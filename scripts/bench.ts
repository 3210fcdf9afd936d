/**
 * `npm run bench`: builds the production extension and prints the performance table, each figure as
 * its median with the range over repeated runs. Options:
 * - `--json`: machine-readable output on stdout;
 * - `--suite ranking,grading`: some suites only, matched on the start of their names (opt-in suites,
 *   such as `node-database`, run only when named);
 * - `--compare FILE`: also prints each figure against an earlier result file (matched on group + name);
 * - `--repeat N`: runs the whole bench N times (one build) and prints per figure the median of the
 *   invocation medians, with each invocation's median beside it.
 * Results always go to bench-results/latest.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { bundleSize } from '../tests/bench/bundle-size';
import { database, nodeDatabase } from '../tests/bench/database';
import { detection } from '../tests/bench/detection';
import { detectionBrowser } from '../tests/bench/detection-browser';
import { grading, typing } from '../tests/bench/grading';
import { meaningBrowser } from '../tests/bench/meaning-browser';
import { patterns } from '../tests/bench/patterns';
import { ranking } from '../tests/bench/ranking';
import { combineInvocations, compareRows, comparisonTable, markdownTable } from '../tests/bench/report';
import { sealed } from '../tests/bench/sealed';
import { startup } from '../tests/bench/startup';
import type { BenchRow, BenchSuite } from '../tests/bench/types';

/** The value after a flag, e.g. `--suite database`; undefined when the flag is absent. */
function option(flag: string): string | undefined {
  const at = process.argv.indexOf(flag);
  return at < 0 ? undefined : process.argv[at + 1];
}

const all: BenchSuite[] = [
  bundleSize,
  detection,
  patterns,
  sealed,
  detectionBrowser,
  meaningBrowser,
  ranking,
  database,
  nodeDatabase,
  grading,
  typing,
  startup,
];
const json = process.argv.includes('--json');
const only = option('--suite')?.split(',');
const suites = only ? all.filter((s) => only.some((o) => s.name.startsWith(o))) : all.filter((s) => !s.optIn);
const compareWith = option('--compare');
// Read the earlier file before anything runs (it may be bench-results/latest.json itself).
const earlier = compareWith ? (JSON.parse(readFileSync(compareWith, 'utf8')) as { rows: BenchRow[] }).rows : undefined;

const build = spawnSync('npx', ['wxt', 'build'], { stdio: json ? 'ignore' : 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const repeat = Math.max(1, Math.floor(Number(option('--repeat') ?? 1)) || 1);
const invocations: BenchRow[][] = [];
for (let round = 1; round <= repeat; round++) {
  const measured: BenchRow[] = [];
  for (const suite of suites) {
    if (!json) console.error(`… ${suite.name}${repeat > 1 ? ` (${round}/${repeat})` : ''}`);
    measured.push(...(await suite.run()));
  }
  invocations.push(measured);
}
const rows = combineInvocations(invocations);
const result = { date: new Date().toISOString(), node: process.version, rows };
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(result, null, 2)}\n`);

if (json) {
  console.log(JSON.stringify(earlier ? { ...result, comparison: compareRows(earlier, rows) } : result, null, 2));
} else {
  console.log(`\n${markdownTable(rows)}`);
  if (earlier) console.log(`\nAgainst ${compareWith}:\n\n${comparisonTable(compareRows(earlier, rows))}`);
}
