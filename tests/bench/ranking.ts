import { performance } from 'node:perf_hooks';
import { studentContext } from '../../lib/core/student-context';
import type { RankedPrompt } from '../../lib/prompts/choice';
import { cardContext, cueContext } from '../../lib/prompts/contexts';
import {
  type EngineContext,
  type EnginePolicy,
  type HistoryEntry,
  type RankInput,
  rankClass,
  rankPrompts,
} from '../../lib/prompts/engine';
import { library } from '../../lib/prompts/library/shipped';
import { subjects } from '../../lib/prompts/library/subjects';
import { promptIndex } from '../../lib/prompts/prompt-index';
import { COMPETENCES, type Competence, SCHOOL_TYPES, type SchoolType, type Trigger } from '../../lib/prompts/schema';
import { picker, prng } from '../support/prng';
import { rankPromptsReference } from '../support/rank-reference';
import { type BenchRow, type BenchSuite, median } from './types';

const STUDENTS = 1000;
const HISTORY = 20;
const RUNS = 9;
const DAY = 86_400_000;
const YEARS: Record<SchoolType, number> = { vmbo: 4, havo: 5, vwo: 6, mbo: 4, hbo: 4, pro: 5, vso: 4, isk: 2 };
const TRIGGERS: Trigger[] = ['personalBest', 'strong', 'usual', 'belowUsual'];
/** The policy as the background passes it without a school policy (lib/config/school.ts enginePolicy). */
const POLICY: EnginePolicy = { disabledPrompts: [], campaigns: [] };

export interface BenchStudent {
  key: string;
  schoolType: SchoolType;
  year: number;
  subject: string;
  trigger: Trigger;
  history: HistoryEntry[];
}

/** 1000 students: mixed school types, years and subjects, each with ~20 history entries in the last half year. */
export function makeStudents(date: Date, count = STUDENTS, seed = 42): BenchStudent[] {
  const rnd = prng(seed);
  const pick = picker(rnd);
  const ids = library.filter((p) => p.family !== 'eigen-bril' && p.family !== 'houding').map((p) => p.id);
  return Array.from({ length: count }, (_, i) => {
    const schoolType = pick(SCHOOL_TYPES);
    const year = 1 + Math.floor(rnd() * YEARS[schoolType]);
    const history: HistoryEntry[] = Array.from({ length: HISTORY - 3 + Math.floor(rnd() * 7) }, () => {
      const competences = [...new Set<Competence>([pick(COMPETENCES), ...(rnd() < 0.4 ? [pick(COMPETENCES)] : [])])];
      const when = new Date(date.getTime() - Math.floor(rnd() * 180) * DAY).toISOString().slice(0, 10);
      // Most entries come from a used prompt; some are moments or notes without one.
      return rnd() < 0.75 ? { promptId: pick(ids), competences, date: when } : { competences, date: when };
    });
    return { key: `magister:bench:${i}`, schoolType, year, subject: pick(subjects).id, trigger: pick(TRIGGERS), history };
  });
}

/**
 * The card's context as lib/background/card builds it: a spread of `cardContext` with the page's
 * class and subject (none here). Built the same way, since V8 reads the fields of a spread copy faster
 * than those of the object `cardContext` returns (measured: 0.4 vs 2.4 ms for 1000 index look-ups).
 */
export function cardOf(s: BenchStudent): EngineContext {
  return { ...cardContext(studentContext({ schoolType: s.schoolType, year: s.year }), s.key) };
}

/** The grading cue's context as lib/background/cue builds it: a spread of `cueContext` (no class here). */
export function cueOf(s: BenchStudent): EngineContext {
  return { ...cueContext(studentContext({ schoolType: s.schoolType, year: s.year }), s.key, s.trigger, s.subject) };
}

type Rank = (input: RankInput) => RankedPrompt[];

interface Timing {
  median: number;
  min: number;
  max: number;
  results: number;
}

/** Median and range over the runs (after one warm-up): never the best run alone. */
function summary(times: readonly number[], results: number): Timing {
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), results };
}

/**
 * Times several measures in turns (a, b, c, a, b, c, …) so a noisy neighbour hits them alike; one
 * warm-up turn first. Each measure returns how many prompts it ranked.
 */
function timeInTurns(measures: Record<string, () => number>, runs = RUNS): Record<string, Timing> {
  const times: Record<string, number[]> = {};
  const results: Record<string, number> = {};
  for (const [name, fn] of Object.entries(measures)) {
    fn();
    times[name] = [];
  }
  for (let i = 0; i < runs; i++) {
    for (const [name, fn] of Object.entries(measures)) {
      const t0 = performance.now();
      results[name] = fn();
      times[name]?.push(performance.now() - t0);
    }
  }
  return Object.fromEntries(Object.keys(measures).map((name) => [name, summary(times[name] ?? [], results[name] ?? 0)]));
}

/** A student with the contexts the background would build for them (built before the clock starts). */
interface Ranked extends BenchStudent {
  card: EngineContext;
  cue: EngineContext;
}

function rankAll(rank: Rank, students: readonly Ranked[], date: Date, place: 'card' | 'cue', lib = library): number {
  let n = 0;
  for (const s of students) {
    n += rank({
      library: lib,
      policy: POLICY,
      context: s[place],
      history: s.history,
      date,
      seed: place,
      limit: place === 'card' ? 3 : 1,
    }).length;
  }
  return n;
}

/** The students grouped in classes that share one card context (same school type and year). */
function classesOf(students: readonly BenchStudent[]): BenchStudent[][] {
  const classes = new Map<string, BenchStudent[]>();
  for (const s of students) {
    const key = `${s.schoolType}${s.year}`;
    classes.set(key, [...(classes.get(key) ?? []), s]);
  }
  return [...classes.values()];
}

function rankByClass(classes: readonly BenchStudent[][], date: Date): number {
  let n = 0;
  for (const students of classes) {
    const { studentKey: _key, ...context } = cardOf(students[0] as BenchStudent);
    const ranked = rankClass({
      library,
      policy: POLICY,
      context,
      students: students.map((s) => ({ studentKey: s.key, history: s.history })),
      date,
      seed: 'card',
      limit: 3,
    });
    for (const r of ranked) n += r.length;
  }
  return n;
}

const ms = (t: Timing) => `median of ${RUNS} runs, range ${t.min.toFixed(1)}–${t.max.toFixed(1)} ms`;

export const ranking: BenchSuite = {
  name: 'ranking',
  async run() {
    const date = new Date(2025, 10, 18, 10);
    const students = makeStudents(date).map((s) => ({ ...s, card: cardOf(s), cue: cueOf(s) }));
    const classes = classesOf(students);
    const workload = `${STUDENTS} students, ~${HISTORY} history entries each, ${library.length} prompts`;
    const t = timeInTurns({
      build: () => {
        promptIndex([...library], POLICY);
        return 0;
      },
      cold: () => rankAll(rankPrompts, students, date, 'card', [...library]),
      card: () => rankAll(rankPrompts, students, date, 'card'),
      cardReference: () => rankAll(rankPromptsReference, students, date, 'card'),
      cardByClass: () => rankByClass(classes, date),
      cue: () => rankAll(rankPrompts, students, date, 'cue'),
      cueReference: () => rankAll(rankPromptsReference, students, date, 'cue'),
    }) as Record<'build' | 'cold' | 'card' | 'cardReference' | 'cardByClass' | 'cue' | 'cueReference', Timing>;
    const row = (name: string, timing: Timing, what: string): BenchRow => ({
      group: 'ranking',
      name,
      value: timing.median,
      unit: 'ms',
      note: `${ms(timing)}; ${what}`,
    });
    return [
      row('index build (once per library and policy)', t.build, `${library.length} prompts`),
      row(`card: first ${STUDENTS} students on a new index`, t.cold, `build + every context's rules once; ${workload}`),
      row(`card: rank ${STUDENTS} students`, t.card, `${t.card.results} prompts; ${workload}`),
      row(
        `card: rank ${STUDENTS} students in ${classes.length} classes (rankClass)`,
        t.cardByClass,
        `${t.cardByClass.results} prompts`,
      ),
      row(
        `card: rank ${STUDENTS} students, reference engine (before the index)`,
        t.cardReference,
        `${t.cardReference.results} prompts`,
      ),
      row(`grading cue: rank ${STUDENTS} students`, t.cue, `${t.cue.results} cues; ${workload}`),
      row(
        `grading cue: rank ${STUDENTS} students, reference engine (before the index)`,
        t.cueReference,
        `${t.cueReference.results} cues`,
      ),
    ];
  },
};
