import { describe, expect, it } from 'vitest';
import { callSites, POPULATION } from '../../lib/content-stats/reach';
import type { SchoolCalendar } from '../../lib/core/calendar';
import { AUDIENCES, PHASES, type Route } from '../../lib/core/domain';
import { studentContext } from '../../lib/core/student-context';
import { BestFirst } from '../../lib/prompts/best-first';
import {
  type EngineContext,
  type EnginePolicy,
  eligiblePrompts,
  type HistoryEntry,
  type RankInput,
  rankClass,
  rankPrompts,
} from '../../lib/prompts/engine';
import { SharedPrefixRandoms, stablePrefix, stableRandom, stableRandomFrom } from '../../lib/prompts/hash';
import { library } from '../../lib/prompts/library/shipped';
import { subjects } from '../../lib/prompts/library/subjects';
import type { RuleContext } from '../../lib/prompts/rules';
import { COMPETENCES, type Family, type Prompt, STEPS, TRIGGERS } from '../../lib/prompts/schema';
import { picker, prng } from '../support/prng';
import { eligiblePromptsReference, rankPromptsReference } from '../support/rank-reference';

/**
 * The indexed engine (lib/prompts/prompt-index.ts) must answer exactly as the straightforward one
 * did (tests/support/rank-reference.ts): same prompts, order, scores and reasons, over generated
 * students, contexts, days, histories and policies — with the index and its memory shared between
 * the cases, as the background shares them between requests.
 */

const calendar: SchoolCalendar = {
  profielkeuze: '2027-01-20',
  openDagen: [{ from: '2027-02-01', to: '2027-02-14' }],
  meeloopdagen: [{ from: '2026-11-02', to: '2026-11-06' }],
  toetsweken: [
    { from: '2026-10-26', to: '2026-10-30' },
    { from: '2027-03-22', to: '2027-03-26' },
  ],
  bpv: [
    { from: '2026-11-16', to: '2027-01-29', klassen: ['VK2B', 'ZB3a'] },
    { from: '2027-03-01', to: '2027-05-28' },
  ],
};
const ownPrompt: Prompt = {
  ...(library[0] as Prompt),
  id: 'school-eigen-vraag',
  text: { nl: 'Wat wil je na de havo gaan doen, op het hbo of het mbo?' },
};
const POLICIES: EnginePolicy[] = [
  {},
  { disabledPrompts: library.filter((_, i) => i % 7 === 0).map((p) => p.id), campaigns: [] },
  {
    calendar,
    historyWindowDays: 14,
    campaigns: [
      { title: 'Loopbaanmaanden', from: '2026-10-01', to: '2027-01-31', promptIds: library.slice(0, 80).map((p) => p.id) },
    ],
  },
  { calendar: { toetsweken: calendar.toetsweken ?? [] }, disabledPrompts: [] },
];
const LIBRARIES: (readonly Prompt[])[] = [library, [...library, ownPrompt], [...library, library[3] as Prompt]];
const KLASSEN = [undefined, 'VK2B', 'vk2b', 'H4A', ''];
const LIMITS = [undefined, 1, 3, 4, 6, 1000];
/** Days in and out of the calendar's windows (BPV, profielkeuze, open days, test weeks, the campaign, summer). */
const DAYS = ['2026-08-20', '2026-10-28', '2026-11-04', '2026-12-15', '2027-01-10', '2027-02-05', '2027-03-24', '2027-05-02'];
/** Cases come in runs of this many on one day, so the index's memory of the day is used and tested. */
const CASES_PER_DAY = 150;

/** One generated question: a student, a place, a day, a history, a policy. */
function generate(seed: number) {
  const rnd = prng(seed);
  const pick = picker(rnd);
  const study = pick(POPULATION);
  const student = studentContext(study);
  const sites = callSites(student, subjects, true);
  const site = pick(sites);
  const klas = pick(KLASSEN);
  const date = new Date(`${DAYS[Math.floor(seed / CASES_PER_DAY) % DAYS.length]}T00:00:00`);
  date.setHours(pick([0, 1, 12, 23]), pick([0, 30, 59]));
  const lib = pick(LIBRARIES);
  const policy = pick(POLICIES);
  const context: EngineContext = {
    ...site,
    studentKey: `demo.magister.net|${Math.floor(rnd() * 40)}`,
    ...(klas === undefined ? {} : { klas }),
  };
  const day = (offset: number) => new Date(date.getTime() - offset * 86_400_000);
  const usedIds = rnd() < 0.2 ? eligiblePromptsReference(lib, context, date, policy).map((p) => p.id) : [];
  const history: HistoryEntry[] = [
    // Sometimes every eligible prompt used recently: the least-recently-used fallback.
    ...usedIds.map((promptId) => ({ promptId, competences: [pick(COMPETENCES)], date: day(rnd() * 10).toISOString() })),
    ...Array.from({ length: Math.floor(rnd() * 25) }, () => {
      const when = day(Math.floor(rnd() * 200) - 3);
      const date = pick([when.toISOString(), when.toISOString().slice(0, 10), 'geen datum']);
      const competences = [pick(COMPETENCES), pick(COMPETENCES)];
      return rnd() < 0.6 ? { promptId: pick(lib).id, competences, date } : { competences, date };
    }),
  ];
  const limit = pick(LIMITS);
  const input: RankInput = { library: lib, context, history, policy, date, seed: pick(['card', 'cue', 'panel-terugkijken']) };
  return limit === undefined ? input : { ...input, limit };
}

describe('the indexed engine equals the reference engine', () => {
  it('rankPrompts: same prompts, order, scores and reasons over 3000 generated questions', () => {
    const differences: number[] = [];
    for (let seed = 1; seed <= 3000; seed++) {
      const input = generate(seed);
      if (JSON.stringify(rankPrompts(input)) !== JSON.stringify(rankPromptsReference(input))) differences.push(seed);
    }
    expect(differences).toEqual([]);
    // One case in full, so a difference would show what differs.
    const input = generate(7);
    expect(rankPrompts(input)).toEqual(rankPromptsReference(input));
  }, 120_000);

  it('eligiblePrompts: the same prompts in library order', () => {
    for (let seed = 5000; seed < 5600; seed++) {
      const { library: lib, context, date, policy } = generate(seed);
      expect(eligiblePrompts(lib, context, date, policy).map((p) => p.id)).toEqual(
        eligiblePromptsReference(lib, context, date, policy).map((p) => p.id),
      );
    }
  }, 60_000);

  it('remembers eligible prompts per context only under every field the rules read (class, phase, routes, …)', () => {
    const policy = POLICIES[2] as EnginePolicy;
    const bases = POPULATION.filter((_, i) => i % 6 === 0).flatMap((study) =>
      callSites(studentContext(study), subjects.slice(0, 2), true).filter((_, i) => i % 3 === 0),
    );
    const variants = (c: RuleContext): RuleContext[] => [
      c,
      ...KLASSEN.map((klas) => ({ ...c, klas })),
      { ...c, examYear: !c.examYear },
      ...[...PHASES, undefined].map((phase) => ({ ...c, phase })),
      ...[undefined, [], ['mbo'] as Route[], ['hbo', 'wo'] as Route[]].map((routes) => ({ ...c, routes })),
      { ...c, schoolType: undefined },
      ...[undefined, 1, 4, 6].map((year) => ({ ...c, year })),
      ...[undefined, '', subjects[0]?.id].map((subject) => ({ ...c, subject })),
      ...[undefined, ...TRIGGERS].map((trigger) => ({ ...c, trigger })),
      { ...c, standalone: !c.standalone },
      ...[undefined, ...AUDIENCES].map((audience) => ({ ...c, audience })),
      ...[undefined, [], ['houding'], ['gesprek', 'bpv']].map((families) => ({
        ...c,
        families: families as Family[] | undefined,
      })),
      ...[undefined, ...STEPS].map((step) => ({ ...c, step })),
      { ...c, place: 'gradeEntry', role: 'vakdocent' },
    ];
    let compared = 0;
    for (const day of DAYS) {
      const date = new Date(`${day}T10:00:00`);
      for (const base of bases)
        for (const c of variants(base)) {
          const got = eligiblePrompts(library, c, date, policy).map((p) => p.id);
          expect(got, JSON.stringify(c)).toEqual(eligiblePromptsReference(library, c, date, policy).map((p) => p.id));
          compared++;
        }
    }
    expect(compared).toBeGreaterThan(1000);
  }, 120_000);

  it('a list changed in place is not answered from the index: the caller passes a new array', () => {
    const policy = { disabledPrompts: [] as string[] };
    const input = { ...generate(11), policy };
    const before = rankPrompts(input);
    const next = { ...input, policy: { disabledPrompts: before.map((r) => r.prompt.id) } };
    expect(rankPrompts(next)).toEqual(rankPromptsReference(next));
    expect(rankPrompts(next).map((r) => r.prompt.id)).not.toEqual(before.map((r) => r.prompt.id));
  });

  it('rankClass: every student of a class as rankPrompts ranks them one by one', () => {
    for (let seed = 9000; seed < 9040; seed++) {
      const { context, ...rest } = generate(seed);
      const { studentKey: _key, ...shared } = context;
      const students = Array.from({ length: 12 }, (_, i) => ({ studentKey: `k${i}`, history: generate(seed * 100 + i).history }));
      expect(rankClass({ ...rest, context: shared, students })).toEqual(
        students.map((s) =>
          rankPromptsReference({ ...rest, context: { ...shared, studentKey: s.studentKey }, history: s.history }),
        ),
      );
    }
  }, 60_000);
});

describe('the pieces of the indexed path', () => {
  it('hashes many texts over their shared beginnings as it hashes each one', () => {
    const texts = [
      '',
      'gs-terug-kw-1',
      'gs-terug-kw-12',
      'gs-terug-mo-1',
      'één',
      'vraag 🎓 twee',
      '\u{1F600}\u0000x',
      'gs-terug-kw-1',
    ];
    const randoms = new SharedPrefixRandoms(texts);
    for (const key of ['magister|1', 'somtoday|ä']) {
      const out: number[] = [];
      randoms.fill(stablePrefix('card', key, '2026-11-18'), out);
      expect(out).toEqual(texts.map((text) => stableRandom('card', key, '2026-11-18', text)));
      expect(out).toEqual(texts.map((text) => stableRandomFrom('card', key, '2026-11-18')(text)));
    }
  });

  it('BestFirst gives the order of a full sort, ties broken as told', () => {
    const rnd = prng(3);
    for (let n = 0; n < 60; n++) {
      const scores = Array.from({ length: n }, () => Math.floor(rnd() * 8) / 4);
      const sorted = [...scores.keys()].sort((a, b) => (scores[b] as number) - (scores[a] as number) || b - a);
      expect([...new BestFirst(scores, (a, b) => b - a)]).toEqual(sorted);
    }
  });
});
