import { describe, expect, it } from 'vitest';
import { callSites, POPULATION, placementsOf, reach, reachableRules, SCHOOL_YEAR } from '../../lib/content-stats/reach';
import { referralReach } from '../../lib/content-stats/referral-reach';
import type { SchoolCalendar } from '../../lib/core/calendar';
import { type Route, STEPS, TRIGGERS } from '../../lib/core/domain';
import { placementPhaseOfMoment } from '../../lib/core/placement';
import { dayKey } from '../../lib/core/season';
import { phaseOf, routesFor, type StudentContext, studentContext } from '../../lib/core/student-context';
import type { Study } from '../../lib/core/study';
import { cardContext, cueContext, stepContext } from '../../lib/prompts/contexts';
import { eligiblePrompts, rankPrompts } from '../../lib/prompts/engine';
import type { HistoryEntry } from '../../lib/prompts/history-facts';
import { library } from '../../lib/prompts/library/shipped';
import { subjects } from '../../lib/prompts/library/subjects';
import { audienceOf, routesOf } from '../../lib/prompts/routes';
import type { Prompt } from '../../lib/prompts/schema';
import { publicServices, referralRoles, referralRules } from '../../lib/referrals/defaults';

const MONTHS = SCHOOL_YEAR;
const CLASS = Array.from({ length: 30 }, (_, i) => `demo.magister.net|${700000 + i}`);
const label = (s: Study) => JSON.stringify(s);
const stepCtx = (student: StudentContext, key: string, step: (typeof STEPS)[number]) => stepContext(student, step, key);

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
    [{ schoolType: 'isk', year: 1 }, 'onderbouw', ['mbo', 'havo', 'vwo', 'werk']],
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
        for (const key of CLASS) {
          for (const r of rankPrompts({ library, context: cardContext(student, key), history: [], date, seed: 'card' })) {
            if (!allowed(study, r.prompt)) problems.push(`card route ${r.prompt.id} for ${label(study)}`);
            if (audienceOf(r.prompt) !== 'student') problems.push(`card audience ${r.prompt.id}`);
            if (r.prompt.followUp) problems.push(`card follow-up ${r.prompt.id}`);
          }
        }
        for (const step of STEPS) {
          const guide = rankPrompts({
            library,
            context: stepCtx(student, CLASS[0] as string, step),
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
  }, 60_000);

  it('the cue: only student questions of the vak, within the routes, never a follow-up', () => {
    const problems: string[] = [];
    for (const study of POPULATION.filter((s) => (s.year ?? 0) % 2 === 1)) {
      const student = studentContext(study);
      for (const trigger of TRIGGERS) {
        for (const subject of subjects) {
          const context = cueContext(student, 'k', trigger, subject.id);
          for (const p of eligiblePrompts(library, context, MONTHS[3] as Date)) {
            if (!allowed(study, p) || audienceOf(p) !== 'student' || p.followUp) problems.push(`${p.id} for ${label(study)}`);
          }
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  }, 60_000);

  it('referrals and services: none with a route the diploma does not give, at any place, result or month', () => {
    const reach = referralReach(referralRoles, publicServices, referralRules);
    const offRoute = Object.entries(reach).filter(([, r]) => r.offRoute.length > 0);
    expect(offRoute.map(([id, r]) => `${id} for ${r.offRoute.join(', ')}`)).toEqual([]);
    // The hbo/wo application services do reach the students whose diploma opens hbo.
    expect(reach.studiekeuzecheck?.groups.sort()).toEqual(['havo', 'mbo-4', 'vwo']);
  }, 60_000);

  it('the work placement: never a before- and an after-placement question for one student on one day', () => {
    // Two periods close together (the after of one meets the before of the next), for one class only.
    const calendar: SchoolCalendar = {
      bpv: [
        { from: '2026-10-05', to: '2026-11-27', klassen: ['VK2B'] },
        { from: '2027-02-01', to: '2027-04-16', klassen: ['VK2B'] },
      ],
    };
    const problems: string[] = [];
    for (const study of POPULATION.filter((s) => s.schoolType === 'mbo')) {
      for (let day = 0; day < 365; day += 7) {
        const date = new Date(2026, 7, 1 + day, 12);
        for (const klas of ['VK2B', 'VK3A']) {
          for (const student of placementsOf(studentContext(study), new Date(date.getTime() - 7 * 86_400_000))) {
            const phases = new Set(
              callSites({ ...student }, subjects, false).flatMap((context) =>
                eligiblePrompts(library, { ...context, klas }, date, { calendar }).map((p) => placementPhaseOfMoment(p.moment)),
              ),
            );
            phases.delete(undefined);
            if (phases.size > 1) problems.push(`${label(study)} ${klas} ${dayKey(date)}: ${[...phases].join('+')}`);
          }
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  }, 60_000);

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
            context: stepCtx(student, 'k', step),
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
  }, 60_000);

  it.each([5, 10])(
    'with a conversation every %i school days, a step’s three questions span at least two competences on ≥ 90 % of days',
    (every) => {
      const short: string[] = [];
      for (const study of POPULATION.filter((_, i) => i % 4 === 0)) {
        const student = studentContext(study);
        for (const step of STEPS) {
          const history: HistoryEntry[] = [];
          let spread = 0;
          let days = 0;
          for (let d = 0; days < 60; d++) {
            const date = new Date(2026, 8, 1 + d, 12);
            if (date.getDay() === 0 || date.getDay() === 6) continue;
            const three = rankPrompts({ library, context: stepCtx(student, 'k', step), history, date, seed: step, limit: 3 });
            if (new Set(three.flatMap((r) => r.prompt.competences)).size >= 2) spread++;
            // The least-discussed competence brings up one question of the three, not all of them.
            if (three.filter((r) => r.reason.nl.includes('Richting:')).length > 1)
              short.push(`${label(study)} ${step} ${dayKey(date)}: direction twice`);
            // On a conversation day the mentor asks the first question and notes what it touched.
            if (days % every === 0 && three[0]) {
              history.push({ promptId: three[0].prompt.id, competences: three[0].prompt.competences, date: date.toISOString() });
            }
            days++;
          }
          if (spread / days < 0.9) short.push(`${label(study)} ${step}: ${spread}/${days}`);
        }
      }
      expect(short).toEqual([]);
    },
    60_000,
  );

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
  }, 60_000);

  it('every prompt can be shown somewhere, and every referral rule can fire', () => {
    const shown = reach(library, subjects);
    expect(library.filter((p) => !shown.has(p.id)).map((p) => p.id)).toEqual([]);
    const fired = reachableRules(referralRules);
    expect(referralRules.map((_, i) => i).filter((i) => !fired.has(i))).toEqual([]);
  }, 60_000); // thousands of contexts: heavy work on a loaded 2-core machine (not a timing)
});
