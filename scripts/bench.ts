/**
 * `npm run bench`: builds the production extension and prints the performance table
 * (`--json` for machine-readable output; `--suite ranking,grading` for some suites only, matched on
 * the start of their names). Results also go to bench-results/latest.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { bundleSize } from '../tests/bench/bundle-size';
import { database } from '../tests/bench/database';
import { detection } from '../tests/bench/detection';
import { grading } from '../tests/bench/grading';
import { ranking } from '../tests/bench/ranking';
import { startup } from '../tests/bench/startup';
import type { BenchRow, BenchSuite } from '../tests/bench/types';

const all: BenchSuite[] = [bundleSize, detection, ranking, database, grading, startup];
const json = process.argv.includes('--json');
const only = process.argv[process.argv.indexOf('--suite') + 1]?.split(',');
const suites = process.argv.includes('--suite') && only ? all.filter((s) => only.some((o) => s.name.startsWith(o))) : all;

const build = spawnSync('npx', ['wxt', 'build'], { stdio: json ? 'ignore' : 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const rows: BenchRow[] = [];
for (const suite of suites) {
  if (!json) console.error(`… ${suite.name}`);
  rows.push(...(await suite.run()));
}
const result = { date: new Date().toISOString(), node: process.version, rows };
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', `${JSON.stringify(result, null, 2)}\n`);

if (json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
  console.log('\n| group | measure | value | unit | note |\n|---|---|---:|---|---|');
  for (const r of rows) console.log(`| ${r.group} | ${r.name} | ${fmt(r.value)} | ${r.unit} | ${r.note ?? ''} |`);
}
