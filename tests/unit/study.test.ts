import { describe, expect, it } from 'vitest';
import { parseGrade } from '../../lib/core/result';
import { classifyPills, isExamYear, parseStudy, studyFromClass } from '../../lib/core/study';

describe('parseStudy', () => {
  it.each([
    ['3 havo', { schoolType: 'havo', year: 3 }],
    ['2 vmbo-t', { schoolType: 'vmbo', year: 2, track: 't' }],
    ['3 vmbo-k', { schoolType: 'vmbo', year: 3, track: 'k' }],
    ['4 vwo', { schoolType: 'vwo', year: 4 }],
    ['5 gym', { schoolType: 'vwo', year: 5, gymnasium: true }],
    ['6 atheneum', { schoolType: 'vwo', year: 6 }],
    ['MBO Verpleegkunde niv. 4', { schoolType: 'mbo', level: 4, programme: 'Verpleegkunde' }],
    ['mbo Bouwkunde niveau 2 jaar 1', { schoolType: 'mbo', level: 2, year: 1, programme: 'Bouwkunde' }],
    ['HBO jaar 1', { schoolType: 'hbo', year: 1 }],
    ['  4   HAVO ', { schoolType: 'havo', year: 4 }],
    // as real pages write them
    ['HAVO-3', { schoolType: 'havo', year: 3 }],
    ['3havo', { schoolType: 'havo', year: 3 }],
    ['havo 4 NG', { schoolType: 'havo', year: 4 }],
    ['klas 3 havo', { schoolType: 'havo', year: 3 }],
    ['3VWO', { schoolType: 'vwo', year: 3 }],
    ['Atheneum 4', { schoolType: 'vwo', year: 4 }],
    ['VMBO-KB 3', { schoolType: 'vmbo', year: 3, track: 'k' }],
    ['4 mavo', { schoolType: 'vmbo', year: 4, track: 't' }],
    ['mbo-4 Verpleegkunde', { schoolType: 'mbo', level: 4, programme: 'Verpleegkunde' }],
    ['MBO 2 Verkoper', { schoolType: 'mbo', level: 2, programme: 'Verkoper' }],
    ['mbo N4 jaar 1', { schoolType: 'mbo', level: 4, year: 1 }],
    ['hbo 2', { schoolType: 'hbo', year: 2 }],
    ['Hbo Verpleegkunde jaar 3', { schoolType: 'hbo', year: 3 }],
  ])('reads "%s"', (raw, expected) => {
    expect(parseStudy(raw)).toEqual(expected);
  });

  it('gives nothing for unknown or empty text', () => {
    expect(parseStudy('Brugklas')).toBeUndefined();
    expect(parseStudy('')).toBeUndefined();
    expect(parseStudy(undefined)).toBeUndefined();
  });
});

describe('studyFromClass', () => {
  it.each([
    ['3H2', { schoolType: 'havo', year: 3 }],
    ['4V1', { schoolType: 'vwo', year: 4 }],
    ['V4B', { schoolType: 'vwo', year: 4 }],
    ['2T1', { schoolType: 'vmbo', year: 2, track: 't' }],
  ])('reads class "%s"', (raw, expected) => {
    expect(studyFromClass(raw)).toEqual(expected);
  });
  it('gives nothing for a lesgroep without a year', () => {
    expect(studyFromClass('sk-groep')).toBeUndefined();
  });
});

describe('exam year and grades', () => {
  it('knows the examenjaar per school type', () => {
    expect(isExamYear({ schoolType: 'havo', year: 5 })).toBe(true);
    expect(isExamYear({ schoolType: 'havo', year: 4 })).toBe(false);
    expect(isExamYear({ schoolType: 'vwo', year: 6 })).toBe(true);
    expect(isExamYear({ schoolType: 'vmbo', year: 4 })).toBe(true);
    expect(isExamYear({ schoolType: 'mbo', level: 4 })).toBe(false);
  });
  it('parses Dutch decimal commas and rejects non-grades', () => {
    expect(parseGrade('7,8')).toBe(7.8);
    expect(parseGrade(' 10 ')).toBe(10);
    expect(parseGrade('5.5')).toBe(5.5);
    expect(parseGrade('vrijgesteld')).toBeUndefined();
    expect(parseGrade('0')).toBeUndefined();
    expect(parseGrade('100')).toBeUndefined();
    expect(parseGrade('cijfer 6,4')).toBe(6.4);
    expect(parseGrade('10,0')).toBe(10);
  });
});

describe('one parser for the strings real pages show', () => {
  it.each([
    ['MBO 2 Verkoper BBL', { schoolType: 'mbo', level: 2, programme: 'Verkoper', path: 'bbl' }],
    ['mbo niveau 4 Verpleegkunde BOL', { schoolType: 'mbo', level: 4, programme: 'Verpleegkunde', path: 'bol' }],
    ['BBL Logistiek mbo 3', { schoolType: 'mbo', level: 3, programme: 'Logistiek', path: 'bbl' }],
  ])('an mbo learning path is a path, not vmbo-basis: "%s"', (raw, expected) => {
    expect(parseStudy(raw)).toEqual(expected);
  });

  it.each([
    [['V4B', '4 vwo'], { klas: 'V4B', study: '4 vwo' }],
    [['3 havo', '3H2'], { klas: '3H2', study: '3 havo' }],
    [['VPK4A', 'MBO Verpleegkunde niv. 4'], { klas: 'VPK4A', study: 'MBO Verpleegkunde niv. 4' }],
    [['HBO-ICT1', 'HBO jaar 1'], { klas: 'HBO-ICT1', study: 'HBO jaar 1' }],
    [['2T1'], { klas: '2T1' }],
    [['havo 3'], { study: 'havo 3' }],
    [['G5A', 'gymnasium 5'], { klas: 'G5A', study: 'gymnasium 5' }],
    [['KB4', 'vmbo-kb 4'], { klas: 'KB4', study: 'vmbo-kb 4' }],
    [[], {}],
  ] as const)('tells the class pill from the study pill: %j', (pills, expected) => {
    expect(classifyPills(pills)).toEqual(expected);
  });
});

describe('parser table: class and study strings as real pages show them', () => {
  const cases: [string, object | undefined][] = [
    ['4vmbo-k', { schoolType: 'vmbo', year: 4, track: 'k' }],
    ['4 vmbo-b', { schoolType: 'vmbo', year: 4, track: 'b' }],
    ['4 vmbo-basis', { schoolType: 'vmbo', year: 4, track: 'b' }],
    ['vmbo basisberoepsgerichte leerweg 3', { schoolType: 'vmbo', year: 3, track: 'b' }],
    ['vmbo kader 2', { schoolType: 'vmbo', year: 2, track: 'k' }],
    ['3 vmbo-gl', { schoolType: 'vmbo', year: 3, track: 'gl' }],
    ['3 vmbo gemengde leerweg', { schoolType: 'vmbo', year: 3, track: 'gl' }],
    ['4 vmbo-tl', { schoolType: 'vmbo', year: 4, track: 't' }],
    ['3 TL', { schoolType: 'vmbo', year: 3, track: 't' }],
    ['2 KB', { schoolType: 'vmbo', year: 2, track: 'k' }],
    ['1 BB', { schoolType: 'vmbo', year: 1, track: 'b' }],
    ['vmbo-t 4', { schoolType: 'vmbo', year: 4, track: 't' }],
    ['VMBO 1', { schoolType: 'vmbo', year: 1 }],
    ['mavo 3', { schoolType: 'vmbo', year: 3, track: 't' }],
    ['havo 4', { schoolType: 'havo', year: 4 }],
    ['4 HAVO', { schoolType: 'havo', year: 4 }],
    ['havo-5', { schoolType: 'havo', year: 5 }],
    ['5 vwo', { schoolType: 'vwo', year: 5 }],
    ['vwo 6', { schoolType: 'vwo', year: 6 }],
    ['6 gymnasium', { schoolType: 'vwo', year: 6, gymnasium: true }],
    ['Gymnasium 1', { schoolType: 'vwo', year: 1, gymnasium: true }],
    ['2 atheneum', { schoolType: 'vwo', year: 2 }],
    ['Entree', { schoolType: 'mbo', level: 1, entree: true }],
    ['Entreeopleiding', { schoolType: 'mbo', level: 1, entree: true }],
    ['MBO Entree jaar 1', { schoolType: 'mbo', level: 1, entree: true, year: 1 }],
    ['MBO 2 Verkoper BBL', { schoolType: 'mbo', level: 2, programme: 'Verkoper', path: 'bbl' }],
    ['mbo niveau 3 Pedagogisch medewerker', { schoolType: 'mbo', level: 3, programme: 'Pedagogisch medewerker' }],
    ['MBO Verzorgende IG niv. 3', { schoolType: 'mbo', level: 3, programme: 'Verzorgende IG' }],
    ['mbo-4 ICT BOL jaar 2', { schoolType: 'mbo', level: 4, year: 2, programme: 'ICT', path: 'bol' }],
    ['MBO Logistiek medewerker N2', { schoolType: 'mbo', level: 2, programme: 'Logistiek medewerker' }],
    ['HBO jaar 2', { schoolType: 'hbo', year: 2 }],
    ['hbo 4', { schoolType: 'hbo', year: 4 }],
    ['Hogeschool, jaar 3', { schoolType: 'hbo', year: 3 }],
    ['propedeuse', { schoolType: 'hbo', year: 1 }],
    ['Bachelor Social Work jaar 1', { schoolType: 'hbo', year: 1 }],
    ['PrO 3', { schoolType: 'pro', year: 3 }],
    ['praktijkonderwijs 2', { schoolType: 'pro', year: 2 }],
    ['PRO', { schoolType: 'pro' }],
    ['VSO 2', { schoolType: 'vso', year: 2 }],
    ['vso', { schoolType: 'vso' }],
    ['ISK 2', { schoolType: 'isk', year: 2 }],
    ['Internationale schakelklas', { schoolType: 'isk' }],
    ['Nieuwkomersklas 1', { schoolType: 'isk', year: 1 }],
    ['Brugklas', undefined],
    ['Klas 1', undefined],
    ['', undefined],
  ];
  it.each(cases)('study "%s"', (raw, expected) => {
    expect(parseStudy(raw)).toEqual(expected);
  });

  const classes: [string, object | undefined][] = [
    ['KB4', { schoolType: 'vmbo', year: 4, track: 'k' }],
    ['BB3', { schoolType: 'vmbo', year: 3, track: 'b' }],
    ['4K1', { schoolType: 'vmbo', year: 4, track: 'k' }],
    ['3TL1', { schoolType: 'vmbo', year: 3, track: 't' }],
    ['GL2', { schoolType: 'vmbo', year: 2, track: 'gl' }],
    ['M3a', { schoolType: 'vmbo', year: 3, track: 't' }],
    ['G5A', { schoolType: 'vwo', year: 5, gymnasium: true }],
    ['A4', { schoolType: 'vwo', year: 4 }],
    ['H5b', { schoolType: 'havo', year: 5 }],
    ['5H1', { schoolType: 'havo', year: 5 }],
    ['6V2', { schoolType: 'vwo', year: 6 }],
    ['4V.gs1', { schoolType: 'vwo', year: 4 }],
    ['H3.wiA', { schoolType: 'havo', year: 3 }],
    ['VPK4A', undefined],
    ['HBO-ICT1', undefined],
  ];
  it.each(classes)('class "%s"', (raw, expected) => {
    expect(studyFromClass(raw)).toEqual(expected);
  });
});

describe('studyFromClass: codes whose meaning is the same at every school, and codes it never guesses', () => {
  const havo = { schoolType: 'havo' } as const;
  const vwo = { schoolType: 'vwo' } as const;
  const gym = { schoolType: 'vwo', gymnasium: true } as const;
  const vmboT = { schoolType: 'vmbo', track: 't' } as const;
  const vmboK = { schoolType: 'vmbo', track: 'k' } as const;

  const accepted: [string, object][] = [
    ['4HB', { ...havo, year: 4 }], // Magister "3HB": havo, class B
    ['3HB', { ...havo, year: 3 }],
    ['4VD', { ...vwo, year: 4 }],
    ['H4A', { ...havo, year: 4 }],
    ['h4mtu1', { ...havo, year: 4 }], // a mentor lesgroep
    ['V5', { ...vwo, year: 5 }],
    ['A4', { ...vwo, year: 4 }], // atheneum
    ['ATH5', { ...vwo, year: 5 }],
    ['GYM5', { ...gym, year: 5 }],
    ['GY5', { ...gym, year: 5 }],
    ['5GYM', { ...gym, year: 5 }],
    ['1GY2', { ...gym, year: 1 }],
    ['G6', { ...gym, year: 6 }], // G after year 4 can only be gymnasium: vmbo ends in year 4
    ['5GB', { ...gym, year: 5 }],
    ['5VWO', { ...vwo, year: 5 }],
    ['VWO6', { ...vwo, year: 6 }],
    ['4HAVO', { ...havo, year: 4 }],
    ['HAVO5', { ...havo, year: 5 }],
    ['3MAVO', { ...vmboT, year: 3 }],
    ['MAVO3', { ...vmboT, year: 3 }],
    ['4m', { ...vmboT, year: 4 }],
    ['4TL', { ...vmboT, year: 4 }],
    ['GT4', { ...vmboT, year: 4 }], // gemengd-theoretisch, read as parseStudy reads "vmbo-gt"
    ['4GT', { ...vmboT, year: 4 }],
    ['3GL', { schoolType: 'vmbo', year: 3, track: 'gl' }],
    ['3KBL', { ...vmboK, year: 3 }],
    ['KBL3', { ...vmboK, year: 3 }],
    ['2K', { ...vmboK, year: 2 }],
    ['3BB1', { schoolType: 'vmbo', year: 3, track: 'b' }],
    ['4VMBO', { schoolType: 'vmbo', year: 4 }],
    ['PRO', { schoolType: 'pro' }],
    ['PrO2', { schoolType: 'pro', year: 2 }],
    ['VSO3', { schoolType: 'vso', year: 3 }],
    ['ISK1', { schoolType: 'isk', year: 1 }],
    ['  4hb  ', { ...havo, year: 4 }],
    [' v4b', { ...vwo, year: 4 }],
    ['4 havo', { ...havo, year: 4 }],
  ];
  it.each(accepted)('reads "%s"', (raw, expected) => {
    expect(studyFromClass(raw)).toEqual(expected);
  });

  const refused: [string, string][] = [
    ['VG4', 'vwo-gymnasium 4 at one school, vmbo-gl 4 at another'],
    ['4VG', 'the same letters after the year'],
    ['VT4m', 'vwo-tto or vmbo-t'],
    ['HV1', 'dakpanklas havo/vwo'],
    ['1HV', 'dakpanklas havo/vwo'],
    ['MH2', 'dakpanklas mavo/havo'],
    ['VMH1', 'dakpanklas vmbo/mavo/havo'],
    ['2TH', 'dakpanklas tl/havo'],
    ['1HA', 'dakpanklas havo/atheneum'],
    ['BK2', 'dakpanklas basis/kader'],
    ['1 h / v', 'dakpanklas written with a slash'],
    ['M/H2', 'dakpanklas, type first'],
    ['G', 'gymnasium or gemengde leerweg, and no year'],
    ['G1', 'gymnasium 1 or gemengde leerweg'],
    ['2G', 'gymnasium 2 or gemengde leerweg (or parallel class G)'],
    ['BBL2', 'in mbo: beroepsbegeleidende leerweg'],
    ['2BBL', 'in mbo: beroepsbegeleidende leerweg'],
    ['B3', 'basis 3, or brugklas group 3'],
    ['4A', 'parallel class A, not atheneum'],
    ['1A2', 'parallel class A'],
    ['H', 'no year'],
    ['3constructor', 'not a code'],
  ];
  it.each(refused)('never guesses "%s" (%s)', (raw) => {
    expect(studyFromClass(raw)).toBeUndefined();
  });

  // These were read before, wrongly: a year the school type does not have, or a guess between schools.
  it.each([
    ['5B5', 'vmbo-b 5 (vmbo ends in year 4; Magister class 5B5)'],
    ['KB5', 'vmbo-k 5'],
    ['M5', 'vmbo-t 5'],
    ['H6', 'havo 6 (havo ends in year 5)'],
    ['1A', 'vwo 1 (class 1A)'],
    ['3B', 'vmbo-b 3 (class 3B)'],
    ['G4', 'gymnasium 4 (or gemengde leerweg)'],
    ['1H/V', 'havo 1 (a havo/vwo dakpanklas)'],
  ])('no longer reads "%s" (was %s)', (raw) => {
    expect(studyFromClass(raw)).toBeUndefined();
  });

  it('takes a code that spells out the school type as the study pill beside a class code', () => {
    expect(classifyPills(['V4B', '4VWO'])).toEqual({ klas: 'V4B', study: '4VWO' });
    expect(classifyPills(['3TL1', '3MAVO'])).toEqual({ klas: '3TL1', study: '3MAVO' });
  });

  /** A small seeded generator (mulberry32), so a failure reproduces. */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const next = random(20261212);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const anyCase = (text: string) => [...text].map((c) => (next() < 0.5 ? c.toUpperCase() : c)).join('');
  const digits = () => pick(['', '1', '2', '3', '12']);
  /** Class letters that name no school type (B included: basis is never a class with havo or vwo). */
  const CLASS_LETTERS = ['b', 'c', 'd', 'e', 'f', 'x', 'y'];

  const unambiguous: [string, object, number][] = [
    ['h', havo, 5],
    ['havo', havo, 5],
    ['v', vwo, 6],
    ['vwo', vwo, 6],
    ['ath', vwo, 6],
    ['gy', gym, 6],
    ['gym', gym, 6],
    ['m', vmboT, 4],
    ['t', vmboT, 4],
    ['tl', vmboT, 4],
    ['gt', vmboT, 4],
    ['mavo', vmboT, 4],
    ['gl', { schoolType: 'vmbo', track: 'gl' }, 4],
    ['k', vmboK, 4],
    ['kb', vmboK, 4],
    ['kbl', vmboK, 4],
    ['bb', { schoolType: 'vmbo', track: 'b' }, 4],
    ['pro', { schoolType: 'pro' }, 6],
  ];
  it('reads every unambiguous code the same in both orders, with any class suffix, case or spaces', () => {
    for (let i = 0; i < 600; i++) {
      const [code, programme, lastYear] = pick(unambiguous);
      const year = 1 + Math.floor(next() * 6);
      const expected = year <= lastYear ? { ...programme, year } : undefined;
      const classLetter = code.length === 1 ? pick(['', ...CLASS_LETTERS]) : '';
      const pad = () => pick(['', ' ', '  ']);
      const yearFirst = `${pad()}${year}${anyCase(code + classLetter)}${digits()}${pad()}`;
      const typeFirst = `${pad()}${anyCase(code)}${year}${anyCase(pick(['', ...CLASS_LETTERS]))}${digits()}${pad()}`;
      expect(studyFromClass(yearFirst), yearFirst).toEqual(expected);
      expect(studyFromClass(typeFirst), typeFirst).toEqual(expected);
    }
  });

  it('never guesses a code that names two school types (a dakpanklas)', () => {
    // One code per entry; "b" is left out (alone it is a class letter: "4HB" is havo 4, class B).
    const byType = [
      ['h', 'havo'],
      ['v', 'a', 'g', 'gy', 'vwo', 'gym', 'ath'],
      ['m', 't', 'k', 'tl', 'gl', 'gt', 'kb', 'bb', 'kbl', 'mavo', 'vmbo'],
      ['pro'],
      ['vso'],
    ];
    const oneCode = new Set(byType.flat()); // "g" + "t" is GT and "gy" + "m" is GYM: one code each
    let tried = 0;
    for (let i = 0; i < 800; i++) {
      const types = [...byType].sort(() => next() - 0.5).slice(0, pick([2, 3]));
      const joined = types.map(pick).join(pick(['', '/', '&', '+', ' / ']));
      if (oneCode.has(joined)) continue;
      tried++;
      const year = 1 + Math.floor(next() * 6);
      for (const raw of [`${year}${joined}${digits()}`, `${joined}${year}${digits()}`]) {
        expect(studyFromClass(anyCase(raw)), raw).toBeUndefined();
      }
    }
    expect(tried).toBeGreaterThan(700);
  });
});
