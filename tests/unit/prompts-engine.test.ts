import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../../lib/core/calendar';
import { MAIN_SCHOOL_TYPES } from '../../lib/core/domain';
import { prominentRows, relativeResult, relativeToAverage } from '../../lib/core/result';
import { inSeason } from '../../lib/core/season';
import { routesFor } from '../../lib/core/student-context';
import {
  competenceCounts,
  type EngineContext,
  eligiblePrompts,
  type HistoryEntry,
  leastTouchedCompetence,
  type RankInput,
  rankPrompts,
} from '../../lib/prompts/engine';
import { judgeText } from '../../lib/prompts/guardrails';
import { library } from '../../lib/prompts/library/shipped';
import {
  COMPETENCES,
  type Competence,
  type Place,
  type Prompt,
  type Role,
  SCHOOL_TYPES,
  type SchoolType,
  STEPS,
} from '../../lib/prompts/schema';

const ALL_TYPES: SchoolType[] = [...SCHOOL_TYPES];
const PLACES_ROLES: [Place, Role][] = [
  ['studentRecord', 'mentor'],
  ['sidePanel', 'mentor'],
  ['gradeEntry', 'vakdocent'],
  ['studentRecord', 'vakdocent'],
];
/** One date per month of a school year, local noon. */
const MONTHS = Array.from({ length: 12 }, (_, i) => new Date(2025, 8 + i, 10, 12));

function prompt(id: string, extra: Partial<Prompt> = {}): Prompt {
  return {
    id,
    family: 'gesprek',
    text: { nl: `Vraag ${id}?`, en: `Question ${id}?` },
    why: { nl: `Waarom ${id}.`, en: `Why ${id}.` },
    competences: ['kwaliteiten'],
    roles: ['mentor'],
    places: ['studentRecord', 'sidePanel'],
    schoolTypes: ALL_TYPES,
    source: 'test',
    ...extra,
  };
}

const mentor = (extra: Partial<EngineContext> = {}): EngineContext => ({
  place: 'studentRecord',
  role: 'mentor',
  studentKey: 'magister:school:1001',
  ...extra,
});

const rank = (over: Partial<RankInput> & Pick<RankInput, 'context'>) =>
  rankPrompts({ library, history: [], date: new Date(2025, 10, 12, 12), seed: 'card', limit: 1000, ...over });

const ids = (r: readonly { prompt: Prompt }[]) => r.map((x) => x.prompt.id);
const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * 86_400_000).toISOString();

describe('hard rules: school type, season, year', () => {
  it('never returns a prompt for another school type, in any month or place', () => {
    for (const schoolType of ALL_TYPES)
      for (const date of MONTHS)
        for (const [place, role] of PLACES_ROLES)
          for (const year of [1, 2, 3, 4]) {
            const out = rank({ context: mentor({ place, role, schoolType, year, examYear: year === 4 }), date });
            for (const r of out) expect(r.prompt.schoolTypes, `${r.prompt.id} for ${schoolType}`).toContain(schoolType);
          }
  }, 60_000); // 7 school types × 12 months × places × years: heavy work on a loaded 2-core machine (not a timing)

  it('never shows a vmbo-only prompt for havo (and vice versa)', () => {
    const feb = new Date(2026, 1, 10, 12);
    const vmbo = ids(rank({ context: mentor({ schoolType: 'vmbo', year: 2 }), date: feb }));
    const havo = ids(rank({ context: mentor({ schoolType: 'havo', year: 2 }), date: feb }));
    expect(vmbo).toContain('km-vmbo-profiel-1');
    expect(havo).not.toContain('km-vmbo-profiel-1');
    const lib = [prompt('only-vmbo', { schoolTypes: ['vmbo'] }), prompt('only-havo', { schoolTypes: ['havo'] })];
    expect(ids(rank({ library: lib, context: mentor({ schoolType: 'havo' }) }))).toEqual(['only-havo']);
  });

  it('unknown school type → only prompts meant for every school type', () => {
    for (const date of MONTHS)
      for (const [place, role] of PLACES_ROLES) {
        const out = rank({ context: mentor({ place, role }), date });
        for (const r of out) expect(r.prompt.schoolTypes, r.prompt.id).toEqual(expect.arrayContaining([...MAIN_SCHOOL_TYPES]));
      }
  });

  it('respects the season: numerus fixus in December, not in March', () => {
    const ctx = mentor({ schoolType: 'vwo', year: 6, examYear: true, routes: routesFor({ schoolType: 'vwo', year: 6 }) });
    expect(ids(rank({ context: ctx, date: new Date(2025, 11, 5, 12) }))).toContain('km-examen-fixus-1');
    expect(ids(rank({ context: ctx, date: new Date(2026, 2, 10, 12) }))).not.toContain('km-examen-fixus-1');
  });

  it('never returns a prompt outside its season window (library-wide)', () => {
    for (const schoolType of ALL_TYPES)
      for (const date of MONTHS) {
        const out = rank({ context: mentor({ schoolType, year: 3, examYear: true }), date });
        for (const r of out) expect(inSeason(r.prompt.season, date), `${r.prompt.id} on ${date.toDateString()}`).toBe(true);
      }
  });

  it('handles a window that wraps over new year', () => {
    const wrap = { from: '11-01', to: '01-15' };
    expect(inSeason(wrap, new Date(2025, 10, 1))).toBe(true);
    expect(inSeason(wrap, new Date(2025, 11, 31))).toBe(true);
    expect(inSeason(wrap, new Date(2026, 0, 15, 23))).toBe(true);
    expect(inSeason(wrap, new Date(2026, 0, 16))).toBe(false);
    expect(inSeason(wrap, new Date(2025, 9, 31))).toBe(false);
    expect(inSeason({ from: '02-01', to: '04-30' }, new Date(2026, 4, 1))).toBe(false);
    const lib = [prompt('winter', { season: wrap }), prompt('always')];
    expect(ids(rank({ library: lib, context: mentor(), date: new Date(2026, 0, 10, 12) }))).toContain('winter');
    expect(ids(rank({ library: lib, context: mentor(), date: new Date(2026, 5, 10, 12) }))).toEqual(['always']);
  });

  it('respects years and examenjaar', () => {
    const feb = new Date(2026, 1, 10, 12);
    expect(ids(rank({ context: mentor({ schoolType: 'havo', year: 3 }), date: feb }))).toContain('km-havo-vwo-profiel-1');
    expect(ids(rank({ context: mentor({ schoolType: 'havo', year: 4 }), date: feb }))).not.toContain('km-havo-vwo-profiel-1');
    expect(ids(rank({ context: mentor({ schoolType: 'havo' }), date: feb }))).not.toContain('km-havo-vwo-profiel-1');
    const lib = [prompt('exam', { examYearOnly: true }), prompt('y1', { years: [1] }), prompt('any')];
    expect(ids(rank({ library: lib, context: mentor({ year: 1 }) })).sort()).toEqual(['any', 'y1']);
    expect(ids(rank({ library: lib, context: mentor({ year: 5, examYear: true }) })).sort()).toEqual(['any', 'exam']);
    for (const r of rank({ context: mentor({ schoolType: 'havo', year: 4, examYear: false }), date: feb }))
      expect(r.prompt.examYearOnly, r.prompt.id).not.toBe(true);
  });
});

describe('moment matching: subject, trigger, place, step', () => {
  const grading = (extra: Partial<EngineContext> = {}) =>
    mentor({ place: 'gradeEntry', role: 'vakdocent', schoolType: 'havo', year: 4, families: ['vakdocent'], ...extra });

  it('offers the subject and the result relative to the student’s usual', () => {
    const out = rank({ context: grading({ subject: 'scheikunde', trigger: 'personalBest' }) });
    expect(out.length).toBeGreaterThan(0);
    expect(out[0]?.prompt.subjects).toEqual(['scheikunde']);
    for (const r of out) {
      expect(r.prompt.family).toBe('vakdocent');
      if (r.prompt.subjects) expect(r.prompt.subjects).toContain('scheikunde');
      if (r.prompt.triggers) expect(r.prompt.triggers).toContain('personalBest');
    }
  });

  it('a result below the usual gets contact-first prompts only (no talent prompts)', () => {
    const out = rank({ context: grading({ subject: 'wiskunde-b', trigger: 'belowUsual' }) });
    expect(out.length).toBeGreaterThan(0);
    for (const r of out) expect(r.prompt.triggers ?? ['belowUsual']).toContain('belowUsual');
  });

  it('without a known subject, no subject-linked prompt', () => {
    for (const r of rank({ context: grading({ trigger: 'strong' }) })) expect(r.prompt.subjects).toBeUndefined();
  });

  it('without a trigger, only prompts for a usual result', () => {
    for (const r of rank({ context: grading({ subject: 'biologie' }) }))
      expect(r.prompt.triggers ?? ['usual']).toContain('usual');
  });

  it('matches place, role and step', () => {
    for (const step of STEPS) {
      const out = rank({ context: mentor({ place: 'sidePanel', schoolType: 'mbo', year: 2, step }) });
      expect(out.length).toBeGreaterThan(0);
      for (const r of out) {
        expect(r.prompt.places).toContain('sidePanel');
        expect(r.prompt.roles).toContain('mentor');
        if (r.prompt.steps) expect(r.prompt.steps).toContain(step);
        else expect(r.prompt.family).not.toBe('gesprek');
      }
    }
  });

  it('offers teacher-facing families (eigen bril, houding) only when asked for by name', () => {
    for (const [place, role] of PLACES_ROLES)
      for (const step of [undefined, ...STEPS]) {
        const out = rank({ context: mentor({ place, role, schoolType: 'vwo', year: 4, ...(step ? { step } : {}) }) });
        for (const r of out) expect(['eigen-bril', 'houding']).not.toContain(r.prompt.family);
      }
    const stance = rank({ context: mentor({ place: 'sidePanel', families: ['houding'] }) });
    expect(stance.length).toBeGreaterThan(0);
    for (const r of stance) expect(r.prompt.family).toBe('houding');
    expect(rank({ context: mentor({ place: 'sidePanel', families: ['eigen-bril'] }) }).length).toBeGreaterThan(0);
  });
});

describe('rotation and determinism', () => {
  const ctx = mentor({ place: 'sidePanel', schoolType: 'havo', year: 4 });
  const top = (date: Date, studentKey = ctx.studentKey, seed = 'card') =>
    ids(rank({ context: { ...ctx, studentKey }, date, seed, limit: 5 })).join(',');

  it('is deterministic for a fixed seed, date, context and history', () => {
    const date = new Date(2025, 9, 7, 9);
    const history: HistoryEntry[] = [{ promptId: 'gs-terug-kw-1', competences: ['kwaliteiten'], date: daysBefore(date, 3) }];
    const a = rank({ context: ctx, date, history, limit: 10 });
    const b = rank({ context: ctx, date, history, limit: 10 });
    expect(b).toEqual(a);
    // Same calendar day, other hour: same order.
    expect(top(new Date(2025, 9, 7, 16))).toBe(top(new Date(2025, 9, 7, 8)));
  });

  it('rotates per day for the same student', () => {
    const days = Array.from({ length: 10 }, (_, i) => top(new Date(2025, 9, 6 + i, 12)));
    expect(new Set(days).size).toBeGreaterThanOrEqual(8);
    expect(days[1]).not.toBe(days[0]);
  });

  it('differs between students on the same day, and per seed', () => {
    const date = new Date(2025, 9, 7, 12);
    const students = Array.from({ length: 10 }, (_, i) => top(date, `magister:school:${2000 + i}`));
    expect(new Set(students).size).toBeGreaterThanOrEqual(8);
    expect(top(date, ctx.studentKey, 'panel-reflecteren')).not.toBe(top(date, ctx.studentKey, 'card'));
  });
});

describe('history: no repeat within the window', () => {
  const ctx = mentor({ place: 'sidePanel', schoolType: 'vwo', year: 5 });
  const date = new Date(2025, 10, 20, 12);

  it('does not offer prompts used with this student recently', () => {
    const first = ids(rank({ context: ctx, date, limit: 3 }));
    const history = first.map((promptId, i) => ({
      promptId,
      competences: ['motieven'] as Competence[],
      date: daysBefore(date, 1 + i * 10),
    }));
    const again = ids(rank({ context: ctx, date, history }));
    for (const id of first) expect(again).not.toContain(id);
  });

  it('offers a used prompt again after the window (default 42 days, or the policy)', () => {
    const lib = [prompt('a'), prompt('b')];
    const used = (days: number): HistoryEntry[] => [
      { promptId: 'a', competences: ['kwaliteiten'], date: daysBefore(date, days) },
    ];
    expect(ids(rank({ library: lib, context: ctx, date, history: used(10) }))).toEqual(['b']);
    expect(ids(rank({ library: lib, context: ctx, date, history: used(41) }))).toEqual(['b']);
    expect(ids(rank({ library: lib, context: ctx, date, history: used(43) })).sort()).toEqual(['a', 'b']);
    expect(ids(rank({ library: lib, context: ctx, date, history: used(10), policy: { historyWindowDays: 7 } })).sort()).toEqual([
      'a',
      'b',
    ]);
  });

  it('falls back to the least recently used prompt when every eligible prompt was used recently', () => {
    const lib = [prompt('a'), prompt('b'), prompt('c')];
    const history: HistoryEntry[] = [
      { promptId: 'a', competences: ['kwaliteiten'], date: daysBefore(date, 2) },
      { promptId: 'b', competences: ['kwaliteiten'], date: daysBefore(date, 20) },
      { promptId: 'c', competences: ['kwaliteiten'], date: daysBefore(date, 9) },
      { promptId: 'b', competences: ['kwaliteiten'], date: daysBefore(date, 30) },
    ];
    const out = rank({ library: lib, context: ctx, date, history, limit: 2 });
    expect(ids(out)).toEqual(['b', 'c']);
    expect(out[0]?.reason.nl).toContain('Eerder gebruikt met deze leerling');
    expect(out[0]?.reason.en).toContain('Used before with this student');
  });
});

describe('the competence direction (never a score)', () => {
  const date = new Date(2025, 10, 20, 12);
  const ctx = mentor({ place: 'sidePanel', schoolType: 'havo', year: 4 });
  const touched: HistoryEntry[] = (['kwaliteiten', 'motieven', 'werkexploratie', 'loopbaansturing'] as Competence[]).flatMap(
    (c, i) => [
      { competences: [c], date: daysBefore(date, 5 + i) },
      { competences: [c, 'kwaliteiten'], date: daysBefore(date, 20 + i) },
    ],
  );

  it('counts competences, and finds the least touched one (ties → the usual order)', () => {
    expect(competenceCounts(touched)).toEqual({
      kwaliteiten: 5,
      motieven: 2,
      werkexploratie: 2,
      loopbaansturing: 2,
      netwerken: 0,
    });
    expect(leastTouchedCompetence(touched, date)).toBe('netwerken');
    expect(leastTouchedCompetence([], date)).toBe('kwaliteiten');
    // Entries older than the window do not count.
    const old: HistoryEntry[] = [{ competences: ['kwaliteiten'], date: daysBefore(date, 200) }];
    expect(leastTouchedCompetence(old, date)).toBe('kwaliteiten');
    expect(competenceCounts([{ competences: ['motieven', 'motieven'], date: daysBefore(date, 1) }]).motieven).toBe(1);
  });

  it('ranks the least-touched competence up and says so in the reason', () => {
    let withDirection = 0;
    let without = 0;
    for (let i = 0; i < 100; i++) {
      const context = { ...ctx, studentKey: `somtoday:s:${i}` };
      const a = rank({ context, date, history: touched, limit: 1 })[0];
      const b = rank({ context, date, limit: 1 })[0];
      if (a?.prompt.competences.includes('netwerken')) {
        withDirection++;
        expect(a.reason.nl).toContain('netwerken kwam in jullie recente gesprekken het minst aan bod');
        expect(a.reason.en).toContain('networking came up least');
      }
      if (b?.prompt.competences.includes('netwerken')) without++;
    }
    expect(withDirection).toBeGreaterThan(without + 20);
  });

  it('gives no direction without recent history (the reason never claims one)', () => {
    for (const r of rank({ context: ctx, date })) expect(r.reason.nl).not.toContain('Richting:');
  });

  it('never puts a number or a score in the reason', () => {
    for (const r of rank({ context: ctx, date, history: touched })) {
      if (!r.reason.nl.includes('Richting:')) continue;
      const added = r.reason.nl.slice(r.prompt.why.nl.length);
      expect(added).not.toMatch(/\d/);
      expect(judgeText(r.reason.nl, 'nl')).toEqual([]);
      expect(judgeText(r.reason.en ?? '', 'en')).toEqual([]);
    }
  });
});

describe('reasons, policy and campaigns', () => {
  it('gives a non-empty reason on every result, in every context', () => {
    let n = 0;
    for (const schoolType of ALL_TYPES)
      for (const date of MONTHS)
        for (const [place, role] of PLACES_ROLES)
          for (const trigger of ['personalBest', 'belowUsual', undefined] as const) {
            const out = rank({
              context: mentor({ place, role, schoolType, year: 2, subject: 'biologie', ...(trigger ? { trigger } : {}) }),
              date,
            });
            for (const r of out) {
              n++;
              expect(r.reason.nl.trim().length, r.prompt.id).toBeGreaterThan(10);
              expect(r.reason.en?.trim().length ?? 0, r.prompt.id).toBeGreaterThan(10);
            }
          }
    expect(n).toBeGreaterThan(1000);
  });

  it('never returns disabled prompts', () => {
    const ctx = mentor({ place: 'sidePanel', schoolType: 'havo', year: 4 });
    const date = new Date(2025, 10, 20, 12);
    const first = ids(rank({ context: ctx, date, limit: 5 }));
    const out = ids(rank({ context: ctx, date, policy: { disabledPrompts: first } }));
    for (const id of first) expect(out).not.toContain(id);
    expect(eligiblePrompts(library, ctx, date, { disabledPrompts: first }).map((p) => p.id)).not.toContain(first[0]);
  });

  it('puts an active campaign first, with its title in the reason, on local calendar days', () => {
    const lib = [prompt('a'), prompt('b'), prompt('c'), prompt('d')];
    const policy = { campaigns: [{ title: 'Week van de loopbaan', from: '2025-11-17', to: '2025-11-21', promptIds: ['c'] }] };
    const during = rank({ library: lib, context: mentor(), date: new Date(2025, 10, 17, 0, 30), policy });
    expect(during[0]?.prompt.id).toBe('c');
    expect(during[0]?.reason.nl).toContain('Week van de loopbaan');
    const after = rank({ library: lib, context: mentor(), date: new Date(2025, 10, 22, 12), policy });
    for (const r of after) expect(r.reason.nl).not.toContain('Week van de loopbaan');
  });

  it('marks season prompts in the reason', () => {
    const lib = [prompt('winter', { season: { from: '11-01', to: '01-15' } })];
    const [r] = rank({ library: lib, context: mentor(), date: new Date(2025, 11, 1, 12) });
    expect(r?.reason.nl).toMatch(/^Past bij dit moment in het schooljaar/);
  });

  it('returns at most `limit`, 3 by default', () => {
    const ctx = mentor({ place: 'sidePanel', schoolType: 'havo', year: 4 });
    expect(rankPrompts({ library, context: ctx, history: [], date: new Date(2025, 10, 1), seed: 'x' })).toHaveLength(3);
    expect(rank({ context: ctx, limit: 6 })).toHaveLength(6);
  });
});

describe('results relative to the student’s own (grading rate limit)', () => {
  it('relativeResult compares with the student’s own recent results', () => {
    expect(relativeResult(9, [])).toBe('usual');
    expect(relativeResult(9, [6])).toBe('usual');
    expect(relativeResult(8.6, [7, 8.5, 7.5])).toBe('personalBest');
    expect(relativeResult(8.4, [7, 8.5, 7.5])).toBe('strong');
    expect(relativeResult(6.5, [7, 8.5, 7.5])).toBe('belowUsual');
    expect(relativeResult(7.5, [7, 8.5, 7.5])).toBe('usual');
  });

  it('relativeToAverage uses the visible average only', () => {
    expect(relativeToAverage(undefined, 7)).toBe('usual');
    expect(relativeToAverage(8, undefined)).toBe('usual');
    expect(relativeToAverage(9.2, 8.6)).toBe('strong');
    expect(relativeToAverage(7.8, 7)).toBe('strong');
    expect(relativeToAverage(7.5, 7)).toBe('usual');
    expect(relativeToAverage(6, 7)).toBe('belowUsual');
    expect(relativeToAverage(6.1, 7)).toBe('usual');
  });

  it('prominentRows keeps at most N cues per grid, clearest first, never a usual result', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({
      id: `r${String(i).padStart(2, '0')}`,
      trigger: i % 4 === 0 ? ('usual' as const) : i % 2 ? ('strong' as const) : ('belowUsual' as const),
      delta: i % 2 ? i / 10 : -i / 10,
    }));
    const five = prominentRows(rows);
    expect(five.size).toBe(5);
    expect([...five]).toEqual(['r19', 'r18', 'r17', 'r15', 'r14']);
    expect(prominentRows(rows, 2).size).toBe(2);
    expect(prominentRows(rows.filter((r) => r.trigger === 'usual')).size).toBe(0);
    const tie = [
      { id: 'b', trigger: 'strong' as const, delta: 1 },
      { id: 'a', trigger: 'belowUsual' as const, delta: -1 },
    ];
    expect([...prominentRows(tie, 1)]).toEqual(['a']);
  });
});

describe('every competence appears somewhere for every school type', () => {
  it('has eligible prompts for each competence in the side panel', () => {
    for (const schoolType of ALL_TYPES) {
      const out = eligiblePrompts(library, mentor({ place: 'sidePanel', schoolType, year: 2 }), new Date(2025, 10, 1));
      for (const c of COMPETENCES)
        expect(
          out.some((p) => p.competences.includes(c)),
          `${schoolType} ${c}`,
        ).toBe(true);
    }
  });
});

describe("the school's own calendar", () => {
  const havo3 = {
    place: 'sidePanel',
    role: 'mentor',
    studentKey: 'k',
    schoolType: 'havo',
    year: 3,
    step: 'vooruitkijken',
    families: ['keuzemoment'],
  } as const;
  const profile = (date: Date, calendar?: SchoolCalendar) =>
    eligiblePrompts(library, havo3, date, calendar ? { calendar } : {}).filter((p) => p.moment === 'profielkeuze');

  it('moves the profielkeuze prompts to the six weeks before the school’s deadline', () => {
    // National window: winter–spring. A school with its deadline on 1 December shows them in autumn instead.
    expect(profile(new Date(2026, 10, 10))).toEqual([]);
    const calendar: SchoolCalendar = { profielkeuze: '2026-12-01' };
    expect(profile(new Date(2026, 10, 10), calendar).length).toBeGreaterThan(0);
    expect(profile(new Date(2027, 1, 10), calendar)).toEqual([]);
    expect(profile(new Date(2027, 1, 10)).length).toBeGreaterThan(0);
  });

  it('follows BPV periods per class: before, during and after', () => {
    const mbo = { place: 'sidePanel', role: 'mentor', studentKey: 'k', schoolType: 'mbo', year: 1, klas: 'VK2B' } as const;
    const calendar: SchoolCalendar = { bpv: [{ from: '2027-02-01', to: '2027-04-30', klassen: ['VK2B'] }] };
    const ids = (date: Date, klas: string = mbo.klas) =>
      eligiblePrompts(library, { ...mbo, klas, families: ['bpv', 'keuzemoment'] }, date, { calendar }).map((p) => p.id);
    expect(ids(new Date(2027, 0, 10))).toContain('bpv-voor-1');
    expect(ids(new Date(2027, 0, 10))).not.toContain('bpv-na-1');
    expect(ids(new Date(2027, 4, 10))).toContain('bpv-na-1');
    expect(ids(new Date(2027, 4, 10))).not.toContain('bpv-voor-1');
    // Another class without a period: nothing says where the student stands, so neither before nor after.
    expect(ids(new Date(2027, 0, 10), 'VK3A').filter((id) => /voor|na-|tijdens/.test(id))).toEqual([]);
  });

  it('follows what the mentor set for the student (for some weeks), and the bbl: a werkplek all year, never "stage"', () => {
    const mbo = { place: 'sidePanel', role: 'mentor', studentKey: 'k', schoolType: 'mbo', year: 2, klas: 'VK3A' } as const;
    const ids = (date: Date, over: Partial<EngineContext> = {}) =>
      eligiblePrompts(library, { ...mbo, families: ['bpv', 'keuzemoment'], ...over }, date).map((p) => p.id);
    const before = { placement: { phase: 'voor', setOn: '2027-01-04' } } as const;
    expect(ids(new Date(2027, 0, 10), before)).toContain('bpv-voor-1');
    expect(ids(new Date(2027, 0, 10), before).filter((id) => /-na-|tijdens/.test(id))).toEqual([]);
    // Ten weeks later the mentor's word no longer holds: asked again rather than assumed.
    expect(ids(new Date(2027, 2, 20), before).filter((id) => /voor|-na-|tijdens/.test(id))).toEqual([]);
    const bbl = ids(new Date(2027, 0, 10), { path: 'bbl' });
    expect(bbl).toContain('bpv-tijdens-1');
    expect(bbl.filter((id) => /voor|-na-/.test(id))).toEqual([]);
    const texts = eligiblePrompts(library, { ...mbo, path: 'bbl' }, new Date(2027, 0, 10)).map((p) => p.text.nl);
    expect(texts.filter((t) => /(?<!\p{L})stage/iu.test(t))).toEqual([]);
  });
});
