import { describe, expect, it } from 'vitest';
import { POPULATION } from '../../lib/content-stats/reach';
import { MAIN_SCHOOL_TYPES, type SchoolType, TRIGGERS } from '../../lib/core/domain';
import { studentContext } from '../../lib/core/student-context';
import type { Study } from '../../lib/core/study';
import { cueContext, stepContext } from '../../lib/prompts/contexts';
import { eligiblePrompts } from '../../lib/prompts/engine';
import { library } from '../../lib/prompts/library/shipped';
import { subjects } from '../../lib/prompts/library/subjects';
import { audienceOf } from '../../lib/prompts/routes';
import type { Prompt } from '../../lib/prompts/schema';
import { subjectIdFor } from '../../lib/prompts/subject-match';

/**
 * Issue 29, "the right question at the edges": a cue for every school type and subject the pages
 * show, for every kind of result; pro and vso with questions of their own; questions that stand alone.
 */

const DATE = new Date(2026, 9, 15); // the cue does not follow the seasons
const label = (s: Study) => JSON.stringify(s);
const cue = (study: Study, trigger: (typeof TRIGGERS)[number], subject?: string) =>
  eligiblePrompts(library, cueContext(studentContext(study), 'k', trigger, subject), DATE);

describe('the grading cue reaches every subject, school type and result', () => {
  it.each([
    ['wi', 'wiskunde'],
    ['wiskunde', 'wiskunde'],
    ['rekenen', 'wiskunde'],
    ['nask', 'nask'],
    ['natuur- en scheikunde', 'nask'],
    ['nask1', 'natuurkunde'],
    ['nask2', 'scheikunde'],
    ['loopbaan', 'loopbaan'],
    ['loopbaan en burgerschap', 'loopbaan'],
    ['slb', 'loopbaan'],
    ['keuzedeel', 'keuzedeel'],
    ['stage', 'stage'],
    ['bpv', 'stage'],
    ['onderzoek', 'onderzoek'],
    ['onderzoeksvaardigheden', 'onderzoek'],
    ['NT2', 'nt2'],
    ['Nederlands als tweede taal', 'nt2'],
    ['praktijk', 'praktijk'],
    ['Praktijkvakken', 'praktijk'],
  ] as const)('the page says %s → %s', (host, id) => {
    expect(subjectIdFor(host, subjects)).toBe(id);
  });

  it('every alias of every subject, wherever the subject is taught, gets a question of that subject for every kind of result', () => {
    const missing: string[] = [];
    for (const subject of subjects) {
      // Resolved as the extension resolves the page's name; each alias must lead to its own subject.
      const ids = new Set(subject.aliases.map((a) => subjectIdFor(a, subjects)));
      expect([...ids], subject.id).toEqual([subject.id]);
      for (const study of POPULATION.filter((s) => subject.schoolTypes.includes(s.schoolType))) {
        for (const trigger of TRIGGERS) {
          if (!cue(study, trigger, subject.id).some((p) => p.subjects?.includes(subject.id)))
            missing.push(`${subject.id} ${trigger} ${label(study)}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('the subjects of issue 29 are taught where the pages show them', () => {
    const where: Record<string, SchoolType[]> = {
      nederlands: ['pro', 'vso'],
      wiskunde: ['vmbo', 'havo', 'vwo', 'mbo', 'pro', 'vso'],
      nask: ['vmbo', 'havo', 'vwo'],
      loopbaan: ['mbo', 'hbo'],
      keuzedeel: ['mbo'],
      stage: ['mbo', 'hbo', 'pro', 'vso'],
      onderzoek: ['hbo'],
      nt2: ['vmbo', 'havo', 'vwo', 'mbo', 'hbo', 'pro', 'vso'],
      praktijk: ['mbo', 'pro', 'vso'],
    };
    for (const [id, types] of Object.entries(where)) {
      const subject = subjects.find((s) => s.id === id);
      expect(subject?.schoolTypes, id).toEqual(expect.arrayContaining(types));
    }
  });

  it('havo and vwo onderbouw have a wiskunde question of their own', () => {
    for (const study of POPULATION.filter((s) => (s.schoolType === 'havo' || s.schoolType === 'vwo') && (s.year ?? 0) <= 3)) {
      expect(
        cue(study, 'usual', 'wiskunde').some((p) => p.years && p.schoolTypes.every((t) => t === 'havo' || t === 'vwo')),
        label(study),
      ).toBe(true);
    }
  });
});

describe('praktijkonderwijs and vso', () => {
  const own = (p: Prompt) => !MAIN_SCHOOL_TYPES.every((t) => p.schoolTypes.includes(t));
  const proVso = POPULATION.filter((s) => s.schoolType === 'pro' || s.schoolType === 'vso');

  it('get a cue of their own for every result, in any vak and in one the page names in a way we do not know', () => {
    const missing: string[] = [];
    for (const study of proVso)
      for (const trigger of TRIGGERS)
        for (const subject of [undefined, ...subjects.map((s) => s.id)]) {
          const prompts = cue(study, trigger, subject);
          if (!prompts.some((p) => own(p) && p.schoolTypes.includes(study.schoolType)))
            missing.push(`${subject ?? '(geen vak)'} ${trigger} ${label(study)}`);
        }
    expect(missing).toEqual([]);
  });

  it('get praktijk, stage, Nederlands and rekenen questions for every result', () => {
    for (const study of proVso)
      for (const trigger of TRIGGERS)
        for (const subject of ['praktijk', 'stage', 'nederlands', 'wiskunde'])
          expect(
            cue(study, trigger, subject).some((p) => own(p) && p.subjects?.includes(subject)),
            `${subject} ${trigger} ${label(study)}`,
          ).toBe(true);
  });

  it('their own cue questions use short sentences (plain language, at most 12 words each)', () => {
    const long = library
      .filter((p) => p.family === 'vakdocent' && p.schoolTypes.every((t) => t === 'pro' || t === 'vso'))
      .flatMap((p) =>
        p.text.nl
          .split(/(?<=[.?!])\s+/)
          .filter((s) => s.split(/\s+/).length > 12)
          .map((s) => `${p.id}: ${s}`),
      );
    expect(long).toEqual([]);
  });

  it('the last year names every route: werk, dagbesteding, entree and mbo', () => {
    const p = library.find((x) => x.id === 'km-pro-laatste-1');
    for (const word of ['werk', 'dagbesteding', 'entree', 'mbo']) expect(p?.text.nl, word).toContain(word);
  });
});

describe('the choice moments at the edges', () => {
  const ids = (study: Study, date: Date) =>
    eligiblePrompts(library, stepContext(studentContext(study), 'vooruitkijken', 'k'), date).map((p) => p.id);

  it('havo and vwo in the exam year each get a 1-May question that stays within their routes', () => {
    const april = new Date(2027, 3, 1);
    expect(ids({ schoolType: 'havo', year: 5 }, april)).toContain('km-examen-aanmelden-4');
    expect(ids({ schoolType: 'vwo', year: 6 }, april)).toContain('km-examen-aanmelden-1');
    const havo = library.find((p) => p.id === 'km-examen-aanmelden-4');
    expect(havo?.text.nl).toMatch(/hbo/);
    expect(havo?.text.nl).not.toMatch(/universiteit|\bwo\b/);
  });

  it('havo and vwo 4 may talk about switching profiel early in the year, and not in spring', () => {
    for (const schoolType of ['havo', 'vwo'] as const) {
      expect(ids({ schoolType, year: 4 }, new Date(2026, 8, 15))).toContain('km-havo-vwo-profiel-6');
      expect(ids({ schoolType, year: 4 }, new Date(2027, 2, 15))).not.toContain('km-havo-vwo-profiel-6');
      expect(ids({ schoolType, year: 3 }, new Date(2026, 8, 15))).not.toContain('km-havo-vwo-profiel-6');
    }
  });
});

describe('questions that stand alone', () => {
  /**
   * Words that point back at something the question itself does not name ("deze opleiding" is the
   * mbo or hbo student's own programme, and fine there).
   */
  const POINTS_BACK = /\bdie opleiding\b|\bdeze keuze\b|\bdat beroep\b|\bdit ook\b|^je (bezocht|twijfelt|denkt na)\b/i;

  it.each([
    'sk-verwachting-1',
    'sk-kwaliteiten-1',
    'sk-student-1',
    'sk-orientatie-2',
    'sk-orientatie-3',
    'sk-cijfers-1',
    'sk-eigen-1',
    'sk-twijfel-1',
    'gs-stap-kw-3',
    'gs-terug-ls-2',
    'km-examen-opendag-2',
  ])('%s names what it is about, or asks "als …"', (id) => {
    const p = library.find((x) => x.id === id);
    expect(p?.text.nl).toBeDefined();
    expect(p?.text.nl).not.toMatch(POINTS_BACK);
    expect(p?.text.nl).not.toMatch(/\bdeze opleiding\b|vorige gesprek.*geprobeerd\?/);
  });

  it('no student question outside the guide’s follow-ups and the vak cue points back at "die opleiding", "dat beroep" or an open day it assumes', () => {
    const pointing = library
      .filter((p) => audienceOf(p) === 'student' && !p.followUp && p.family !== 'vakdocent')
      .filter((p) => POINTS_BACK.test(p.text.nl))
      .map((p) => `${p.id}: ${p.text.nl}`);
    expect(pointing).toEqual([]);
  });
});
