import { performance } from 'node:perf_hooks';
import { shippedProfiles } from '../../lib/hosts/profiles';
import { isSafePattern } from '../../lib/hosts/safe-pattern';
import { generalizeRoute } from '../../lib/hosts/teach/route';
import { exampleAddresses } from '../../lib/hosts/teach/route-check';
import { type ProfilePattern, profilePatterns } from '../support/profile-patterns';
import { type BenchRow, type BenchSuite, summarize } from './types';

const RUNS = 9;
const LENGTH = 10_000;
/** Characters a page repeats to make a pattern try hard: inside and outside the usual classes. */
const FILLERS = ['a', '1', '-', '.', '/', ':', '#', 'é', ' '];

/** Routes the teach feature generates (lib/hosts/teach/route.ts) for typical addresses. */
const TAUGHT = [
  generalizeRoute('/magister/#/leerlingen/48213/kaart', '48213'),
  generalizeRoute('/portaal/leerling.html?x=1#/dossier/48213/cijfers/4v.sk1/2', '48213'),
  generalizeRoute('/leerling/sanne-de-vries/kaart', undefined, ['Sanne de Vries']),
].flatMap((source): ProfilePattern[] => (source === undefined ? [] : [{ source, flags: '' }]));

/**
 * Addresses of 10 000 characters a page could choose against a pattern: a matching start (an
 * example address cut in half) then one character repeated, with and without a bad ending.
 */
function hostileInputs(pattern: ProfilePattern): string[] {
  const starts = ['', ...exampleAddresses(pattern.source).map((a) => a.slice(0, Math.ceil(a.length / 2)))];
  return starts.flatMap((start) =>
    FILLERS.flatMap((c) => {
      const body = `${start}${c.repeat(LENGTH - start.length - 1)}`;
      return [`${body}!`, `${body}${c}`];
    }),
  );
}

/** The slowest of the hostile inputs, for one pattern, in ms. */
function slowest(pattern: ProfilePattern, inputs: readonly string[]): number {
  const re = new RegExp(pattern.source, pattern.flags);
  let worst = 0;
  for (const input of inputs) {
    const t0 = performance.now();
    re.exec(input);
    worst = Math.max(worst, performance.now() - t0);
  }
  return worst;
}

/**
 * Matching a 10 000-character page-chosen address: every shipped pattern and taught route (all in
 * the safe grammar, lib/hosts/safe-pattern.ts) against its hardest input, run without the input cap
 * the extension applies (PATTERN_INPUT_MAX), so the figure shows the grammar's own bound.
 */
export const patterns: BenchSuite = {
  name: 'patterns',
  async run(): Promise<BenchRow[]> {
    const all = [...profilePatterns(shippedProfiles), ...TAUGHT];
    const unsafe = all.find((p) => !isSafePattern(p.source));
    if (unsafe) throw new Error(`not in the safe grammar: ${unsafe.source}`);
    const cases = all.map((pattern) => ({ pattern, inputs: hostileInputs(pattern) }));
    // One pass first: compiling and the engine's warm-up are not what a page can cause.
    for (const { pattern, inputs } of cases) slowest(pattern, inputs);
    const worst: number[] = [];
    const total: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const times = cases.map(({ pattern, inputs }) => slowest(pattern, inputs));
      worst.push(Math.max(...times));
      total.push(times.reduce((a, b) => a + b, 0));
    }
    const note = `${all.length} patterns (shipped + taught), ${FILLERS.length} filler characters, no input cap`;
    return [
      {
        group: 'host layer',
        name: 'pattern: slowest shipped or taught pattern on a 10 000-character page-chosen address',
        ...summarize(worst),
        unit: 'ms',
        note,
      },
      {
        group: 'host layer',
        name: 'pattern: every shipped and taught pattern, each on its hardest 10 000-character address',
        ...summarize(total),
        unit: 'ms',
        note,
      },
    ];
  },
};
