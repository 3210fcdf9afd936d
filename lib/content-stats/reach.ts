import { type Place, SCHOOL_TYPES, type SchoolType, STEPS, TRIGGERS, type Trigger } from '../core/domain';
import { type StudentContext, studentContext } from '../core/student-context';
import type { Study } from '../core/study';
import { cardContext, cueContext, panelContext, stepContext } from '../prompts/contexts';
import { type EngineContext, eligiblePrompts } from '../prompts/engine';
import type { Prompt, Subject } from '../prompts/schema';
import type { ReferralRule } from '../referrals/schema';
import { firingRules } from '../referrals/suggest';

/**
 * Who can see what: a generated population (every school type × leerweg/niveau × year) and the
 * places the extension ranks prompts in (card, cue, the guide's steps, eigen bril, houding,
 * oudergesprek, trialoog), as lib/background builds them. Used by `npm run content:stats` and by
 * the tests that no prompt and no referral rule is unreachable.
 */
export const POPULATION: readonly Study[] = [
  ...(['b', 'k', 'gl', 't'] as const).flatMap((track) =>
    [1, 2, 3, 4].map((year) => ({ schoolType: 'vmbo' as const, year, track })),
  ),
  ...[1, 2, 3, 4, 5].map((year) => ({ schoolType: 'havo' as const, year })),
  ...[1, 2, 3, 4, 5, 6].map((year) => ({ schoolType: 'vwo' as const, year })),
  ...[5, 6].map((year) => ({ schoolType: 'vwo' as const, year, gymnasium: true as const })),
  { schoolType: 'mbo', level: 1, entree: true, year: 1 },
  ...[2, 3, 4].flatMap((level) => [1, 2, 3].map((year) => ({ schoolType: 'mbo' as const, level, year }))),
  { schoolType: 'mbo', level: 2, year: 1, path: 'bbl' },
  { schoolType: 'mbo', level: 4, year: 3, path: 'bbl' },
  ...[1, 2, 3, 4].map((year) => ({ schoolType: 'hbo' as const, year })),
  ...[1, 2, 3, 4, 5].map((year) => ({ schoolType: 'pro' as const, year })),
  ...[1, 2, 3, 4].map((year) => ({ schoolType: 'vso' as const, year })),
];

/** The 15th of each month of one school year (August to July). */
export const SCHOOL_YEAR: readonly Date[] = Array.from({ length: 12 }, (_, i) => new Date(2026, 7 + i, 15));

/** A study's group for the coverage table: "vmbo-b", "havo", "mbo-2", "hbo", … */
export function groupOf(study: Study): string {
  if (study.schoolType === 'vmbo') return `vmbo-${study.track ?? '?'}`;
  if (study.schoolType === 'mbo') return study.entree ? 'mbo-entree' : `mbo-${study.level ?? '?'}`;
  return study.schoolType;
}

/** Every context the extension ranks in for one student on one day (the cue for each result and subject when `withCue`). */
export function callSites(student: StudentContext, subjects: readonly Subject[], withCue: boolean): EngineContext[] {
  const panel = (over: Partial<EngineContext>) => panelContext(student, 'k', over);
  const cue = (trigger: Trigger, subject?: string) => cueContext(student, 'k', trigger, subject);
  return [
    cardContext(student, 'k'),
    ...STEPS.map((step) => stepContext(student, step, 'k')),
    panel({ families: ['houding'], audience: 'teacher' }),
    panel({ families: ['eigen-bril', 'gelijke-kansen'], audience: 'teacher' }),
    panel({ audience: 'parent' }),
    panel({ audience: 'workplace' }),
    ...(withCue ? TRIGGERS.flatMap((t) => [undefined, ...subjects.map((s) => s.id)].map((s) => cue(t, s))) : []),
  ];
}

/** For each prompt id: the studies (by index in POPULATION) that can be shown it somewhere in the year. */
export function reach(library: readonly Prompt[], subjects: readonly Subject[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  POPULATION.forEach((study, i) => {
    const student = studentContext(study);
    for (const date of SCHOOL_YEAR) {
      // The cue does not follow the seasons: one month covers it.
      for (const context of callSites(student, subjects, date === SCHOOL_YEAR[0])) {
        for (const p of eligiblePrompts(library, context, date)) {
          const seen = out.get(p.id) ?? new Set<number>();
          seen.add(i);
          out.set(p.id, seen);
        }
      }
    }
  });
  return out;
}

/** The grading cue in one school type: the subjects taught there, how many of them have a question of their own for every result, and whether any vak gets a cue. */
export interface CueCoverage {
  subjects: number;
  subjectsWithCue: number;
  cueInAnyVak: boolean;
}

/** The grading cue per school type, over POPULATION and every kind of result (the cue does not follow the seasons). */
export function cueCoverage(library: readonly Prompt[], subjects: readonly Subject[]): Record<SchoolType, CueCoverage> {
  const date = SCHOOL_YEAR[0] as Date;
  const cues = (study: Study, subject?: string) =>
    TRIGGERS.map((t) => eligiblePrompts(library, cueContext(studentContext(study), 'k', t, subject), date));
  const out = {} as Record<SchoolType, CueCoverage>;
  for (const type of SCHOOL_TYPES) {
    const studies = POPULATION.filter((s) => s.schoolType === type);
    const taught = subjects.filter((s) => s.schoolTypes.includes(type));
    out[type] = {
      subjects: taught.length,
      subjectsWithCue: taught.filter((subject) =>
        studies.every((study) => cues(study, subject.id).every((ps) => ps.some((p) => p.subjects?.includes(subject.id)))),
      ).length,
      cueInAnyVak: studies.every((study) => cues(study).every((ps) => ps.length > 0)),
    };
  }
  return out;
}

/** The referral rules that can fire at one of the extension's call sites (panel beside a page, cue per result). */
export function reachableRules(rules: readonly ReferralRule[]): Set<number> {
  const sites: { places: Place[]; trigger?: Trigger }[] = [
    { places: ['sidePanel'] },
    { places: ['sidePanel', 'studentRecord'] },
    { places: ['sidePanel', 'gradeEntry'] },
    ...TRIGGERS.map((trigger) => ({ places: ['gradeEntry'] as Place[], trigger })),
  ];
  const fired = new Set<number>();
  for (const study of POPULATION) {
    for (const site of sites)
      for (const rule of firingRules(rules, site.places, site.trigger, study.schoolType)) fired.add(rules.indexOf(rule));
  }
  return fired;
}
