import { type Place, STEPS, TRIGGERS, type Trigger } from '../core/domain';
import { PLACEMENT_PHASES } from '../core/placement';
import { dayKey } from '../core/season';
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
  ...[1, 2].map((year) => ({ schoolType: 'isk' as const, year })),
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

/**
 * The student as the extension may know them on `date`: where the programme has a work placement
 * (mbo), also with each placement phase a mentor can set that day.
 */
export function placementsOf(student: StudentContext, date: Date): StudentContext[] {
  if (student.schoolType !== 'mbo') return [student];
  const setOn = dayKey(date);
  return [student, ...PLACEMENT_PHASES.map((phase) => ({ ...student, placement: { phase, setOn } }))];
}

/** For each prompt id: the studies (by index in POPULATION) that can be shown it somewhere in the year. */
export function reach(library: readonly Prompt[], subjects: readonly Subject[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  POPULATION.forEach((study, i) => {
    for (const date of SCHOOL_YEAR) {
      for (const student of placementsOf(studentContext(study), date)) {
        // The cue does not follow the seasons: one month covers it.
        for (const context of callSites(student, subjects, date === SCHOOL_YEAR[0])) {
          for (const p of eligiblePrompts(library, context, date)) {
            const seen = out.get(p.id) ?? new Set<number>();
            seen.add(i);
            out.set(p.id, seen);
          }
        }
      }
    }
  });
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
      for (const lasting of [false, true])
        for (const rule of firingRules(rules, site.places, site.trigger, study.schoolType, lasting))
          fired.add(rules.indexOf(rule));
  }
  return fired;
}
