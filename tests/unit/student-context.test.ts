import { describe, expect, it } from 'vitest';
import { STEP_FAMILIES } from '../../lib/background/panel';
import { type Place, type Route, STEPS, TRIGGERS, type Trigger } from '../../lib/core/domain';
import { phaseOf, routesFor, type StudentContext, studentContext } from '../../lib/core/student-context';
import type { Study } from '../../lib/core/study';
import { type EngineContext, eligiblePrompts, rankPrompts } from '../../lib/prompts/engine';
import { library } from '../../lib/prompts/library';
import { subjects } from '../../lib/prompts/library/subjects';
import { audienceOf, routesOf } from '../../lib/prompts/routes';
import type { Prompt } from '../../lib/prompts/schema';
import { referralRules } from '../../lib/referrals/defaults';
import { firingRules } from '../../lib/referrals/suggest';

/** Every school type × track/niveau × year (plus gymnasium, entree, BBL). */
const POPULATION: Study[] = [
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

/** The 15th of each month of one school year. */
const MONTHS = Array.from({ length: 12 }, (_, i) => new Date(2026, 7 + i, 15));
const CLASS = Array.from({ length: 30 }, (_, i) => `demo.magister.net|${700000 + i}`);
const label = (s: Study) => JSON.stringify(s);

/** The contexts the extension ranks in, as lib/background builds them (card, cue, guide, other conversations). */
function cardContext(student: StudentContext, key: string): EngineContext {
  return { ...student, place: 'studentRecord', role: 'mentor', studentKey: key, standalone: true };
}
function stepContext(student: StudentContext, key: string, step: (typeof STEPS)[number]): EngineContext {
  return {
    ...student,
    place: 'sidePanel',
    role: 'mentor',
    studentKey: key,
    step,
    families: STEP_FAMILIES[step],
    standalone: step === 'terugkijken',
  };
}

function allowed(study: Study, prompt: Prompt): boolean {
  const open = new Set<Route | string>([...routesFor(study), study.schoolType]);
  return routesOf(prompt).every((r) => open.has(r));
}

describe('student context: phase and route truth', () => {
  it.each([
    [{ schoolType: 'vmbo', year: 4, track: 'b' }, 'examenjaar', ['mbo', 'werk']],
    [{ schoolType: 'vmbo', year: 3, track: 't' }, 'voorexamenjaar', ['mbo', 'havo', 'werk']],
    [{ schoolType: 'havo', year: 4 }, 'voorexamenjaar', ['hbo', 'mbo', 'vwo', 'werk']],
    [{ schoolType: 'vwo', year: 5 }, 'voorexamenjaar', ['wo', 'hbo', 'mbo', 'werk']],
    [{ schoolType: 'mbo', level: 2, year: 1, path: 'bbl' }, 'eerstejaars', ['mbo', 'werk']],
    [{ schoolType: 'mbo', level: 4, year: 3 }, 'laatstejaars', ['hbo', 'mbo', 'werk']],
    [{ schoolType: 'mbo', level: 1, entree: true, year: 1 }, 'laatstejaars', ['mbo', 'werk']],
    [{ schoolType: 'hbo', year: 1 }, 'eerstejaars', ['wo', 'hbo', 'werk']],
    [{ schoolType: 'pro', year: 3 }, 'middenjaar', ['mbo', 'werk']],
  ] as const)('%j → %s, routes %j', (study, phase, routes) => {
    expect(phaseOf(study)).toBe(phase);
    expect(routesFor(study)).toEqual(routes);
  });

  it('the last year of mbo and hbo is an exam year (mbo→hbo and afstuderen prompts can show)', () => {
    expect(studentContext({ schoolType: 'mbo', level: 4, year: 3 }).examYear).toBe(true);
    expect(studentContext({ schoolType: 'hbo', year: 4 }).examYear).toBe(true);
    expect(studentContext({ schoolType: 'hbo', year: 2 }).examYear).toBe(false);
  });
});

describe('the right question for this student, over a generated population', () => {
  it('card and guide: no route the diploma does not give, no teacher or parent prompt, no follow-up alone on the card', () => {
    const problems: string[] = [];
    for (const study of POPULATION) {
      const student = studentContext(study);
      for (const date of MONTHS) {
        for (const key of CLASS.slice(0, 6)) {
          for (const r of rankPrompts({ library, context: cardContext(student, key), history: [], date, seed: 'card' })) {
            if (!allowed(study, r.prompt)) problems.push(`card route ${r.prompt.id} for ${label(study)}`);
            if (audienceOf(r.prompt) !== 'student') problems.push(`card audience ${r.prompt.id}`);
            if (r.prompt.followUp) problems.push(`card follow-up ${r.prompt.id}`);
          }
        }
        for (const step of STEPS) {
          const guide = rankPrompts({
            library,
            context: stepContext(student, CLASS[0] as string, step),
            history: [],
            date,
            seed: step,
            limit: 6,
          });
          for (const r of guide) {
            if (!allowed(study, r.prompt)) problems.push(`guide route ${r.prompt.id} for ${label(study)}`);
            if (audienceOf(r.prompt) !== 'student') problems.push(`guide audience ${r.prompt.id}`);
          }
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('the cue: only student questions of the vak, within the routes, never a follow-up', () => {
    const problems: string[] = [];
    for (const study of POPULATION.filter((s) => (s.year ?? 0) % 2 === 1)) {
      const student = studentContext(study);
      for (const trigger of TRIGGERS) {
        for (const subject of subjects) {
          const context: EngineContext = {
            ...student,
            place: 'gradeEntry',
            role: 'vakdocent',
            studentKey: 'k',
            families: ['vakdocent'],
            trigger,
            subject: subject.id,
            standalone: true,
          };
          for (const p of eligiblePrompts(library, context, MONTHS[3] as Date)) {
            if (!allowed(study, p) || audienceOf(p) !== 'student' || p.followUp) problems.push(`${p.id} for ${label(study)}`);
          }
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('on at least 90 % of days a step’s three questions span at least two competences', () => {
    for (const study of POPULATION.filter((_, i) => i % 4 === 0)) {
      const student = studentContext(study);
      for (const step of STEPS) {
        let spread = 0;
        const days = 60;
        for (let d = 0; d < days; d++) {
          const date = new Date(2026, 8, 1 + d);
          const three = rankPrompts({
            library,
            context: stepContext(student, 'k', step),
            history: [],
            date,
            seed: step,
            limit: 3,
          });
          if (new Set(three.flatMap((r) => r.prompt.competences)).size >= 2) spread++;
        }
        expect(spread / days, `${label(study)} ${step}`).toBeGreaterThanOrEqual(0.9);
      }
    }
  });

  it('a class of 30 on one day sees at least 10 different card selections', () => {
    for (const study of POPULATION.filter((_, i) => i % 3 === 0)) {
      const student = studentContext(study);
      for (const date of [MONTHS[1], MONTHS[6]] as Date[]) {
        const selections = new Set(
          CLASS.map((key) =>
            rankPrompts({ library, context: cardContext(student, key), history: [], date, seed: 'card' })
              .map((r) => r.prompt.id)
              .sort()
              .join(','),
          ),
        );
        expect(selections.size, `${label(study)} ${date.toISOString().slice(0, 7)}`).toBeGreaterThanOrEqual(10);
      }
    }
  });

  it('every prompt can be shown somewhere, and every referral rule can fire', () => {
    const shown = new Set<string>();
    const fired = new Set<number>();
    for (const study of POPULATION) {
      const student = studentContext(study);
      const ctx = (over: Partial<EngineContext>): EngineContext => ({
        ...student,
        place: 'sidePanel',
        role: 'mentor',
        studentKey: 'k',
        ...over,
      });
      for (const date of MONTHS) {
        const contexts: EngineContext[] = [
          cardContext(student, 'k'),
          ...STEPS.map((step) => stepContext(student, 'k', step)),
          ctx({ families: ['houding'], audience: 'teacher' }),
          ctx({ families: ['eigen-bril', 'gelijke-kansen'], audience: 'teacher' }),
          ctx({ audience: 'parent' }),
          ctx({ audience: 'workplace' }),
          ...(date === MONTHS[0] ? TRIGGERS : []).flatMap((trigger) =>
            [undefined, ...subjects.map((s) => s.id)].map((subject) =>
              ctx({
                place: 'gradeEntry',
                role: 'vakdocent',
                families: ['vakdocent'],
                trigger,
                standalone: true,
                ...(subject ? { subject } : {}),
              }),
            ),
          ),
        ];
        for (const c of contexts) for (const p of eligiblePrompts(library, c, date)) shown.add(p.id);
      }
      // Referral call sites: the panel beside a record or a grid, and the cue for each result.
      const sites: { places: Place[]; trigger?: Trigger }[] = [
        { places: ['sidePanel'] },
        { places: ['sidePanel', 'studentRecord'] },
        { places: ['sidePanel', 'gradeEntry'] },
        ...TRIGGERS.map((trigger) => ({ places: ['gradeEntry'] as Place[], trigger })),
      ];
      for (const site of sites) {
        for (const rule of firingRules(referralRules, site.places, site.trigger, study.schoolType))
          fired.add(referralRules.indexOf(rule));
      }
    }
    expect(library.filter((p) => !shown.has(p.id)).map((p) => p.id)).toEqual([]);
    expect(referralRules.map((_, i) => i).filter((i) => !fired.has(i))).toEqual([]);
  }, 60_000); // thousands of contexts: heavy work on a loaded 2-core machine (not a timing)
});
