import { performance } from 'node:perf_hooks';
import { type EngineContext, type HistoryEntry, rankPrompts } from '../../lib/prompts/engine';
import { library } from '../../lib/prompts/library';
import { subjects } from '../../lib/prompts/library/subjects';
import { COMPETENCES, type Competence, SCHOOL_TYPES, type SchoolType, type Trigger } from '../../lib/prompts/schema';
import { type BenchRow, type BenchSuite, median } from './types';

const STUDENTS = 1000;
const HISTORY = 20;
const RUNS = 7;
const DAY = 86_400_000;
const YEARS: Record<SchoolType, number> = { vmbo: 4, havo: 5, vwo: 6, mbo: 4, hbo: 4, pro: 5, vso: 4 };
const TRIGGERS: Trigger[] = ['personalBest', 'strong', 'usual', 'belowUsual'];

/** Small deterministic PRNG (mulberry32), so every run ranks the same students. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Student {
  key: string;
  schoolType: SchoolType;
  year: number;
  examYear: boolean;
  subject: string;
  trigger: Trigger;
  history: HistoryEntry[];
}

/** 1000 students: mixed school types, years and subjects, each with ~20 history entries in the last half year. */
export function makeStudents(date: Date, count = STUDENTS): Student[] {
  const rnd = prng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
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
    return {
      key: `magister:bench:${i}`,
      schoolType,
      year,
      examYear: year === YEARS[schoolType],
      subject: pick(subjects).id,
      trigger: pick(TRIGGERS),
      history,
    };
  });
}

function base(s: Student): Omit<EngineContext, 'place' | 'role'> {
  return { studentKey: s.key, schoolType: s.schoolType, year: s.year, examYear: s.examYear };
}

function timeRuns(fn: () => number): { ms: number; results: number } {
  fn(); // warm-up
  const times: number[] = [];
  let results = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    results = fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), results };
}

export const ranking: BenchSuite = {
  name: 'prompt ranking',
  async run() {
    const date = new Date(2025, 10, 18, 10);
    const students = makeStudents(date);
    const note = `median of ${RUNS} runs; ${STUDENTS} students, ~${HISTORY} history entries each, ${library.length} prompts`;

    const card = timeRuns(() => {
      let n = 0;
      for (const s of students)
        n += rankPrompts({
          library,
          context: { ...base(s), place: 'studentRecord', role: 'mentor' },
          history: s.history,
          date,
          seed: 'card',
          limit: 3,
        }).length;
      return n;
    });
    const cue = timeRuns(() => {
      let n = 0;
      for (const s of students)
        n += rankPrompts({
          library,
          context: {
            ...base(s),
            place: 'gradeEntry',
            role: 'vakdocent',
            subject: s.subject,
            trigger: s.trigger,
            families: ['vakdocent'],
          },
          history: s.history,
          date,
          seed: 'cue',
          limit: 1,
        }).length;
      return n;
    });
    const rows: BenchRow[] = [
      { group: 'ranking', name: `card: rank ${STUDENTS} students`, value: card.ms, unit: 'ms', note },
      {
        group: 'ranking',
        name: 'card: per student',
        value: (card.ms / STUDENTS) * 1000,
        unit: 'µs',
        note: `${card.results} prompts`,
      },
      { group: 'ranking', name: `grading cue: rank ${STUDENTS} students`, value: cue.ms, unit: 'ms', note },
      {
        group: 'ranking',
        name: 'grading cue: per student',
        value: (cue.ms / STUDENTS) * 1000,
        unit: 'µs',
        note: `${cue.results} cues`,
      },
    ];
    return rows;
  },
};
