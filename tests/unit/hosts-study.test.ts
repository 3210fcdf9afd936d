import { describe, expect, it } from 'vitest';
import { parseGrade, parseStudy } from '../../lib/hosts/study';

describe('study strings as real pages write them', () => {
  it.each([
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

  it('does not read part of a bigger number as a grade', () => {
    expect(parseGrade('100')).toBeUndefined();
    expect(parseGrade('7,8')).toBe(7.8);
    expect(parseGrade('cijfer 6,4')).toBe(6.4);
    expect(parseGrade('10,0')).toBe(10);
  });
});
