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
