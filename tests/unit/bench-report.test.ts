import { describe, expect, it } from 'vitest';
import { combineInvocations, compareRows, comparisonTable, formatValue, goalVerdict, markdownTable } from '../bench/report';
import { summarize } from '../bench/types';

describe('bench summaries', () => {
  it('summarize gives the median, the range and the count', () => {
    expect(summarize([5, 1, 3, 9])).toEqual({ value: 4, min: 1, max: 9, runs: 4 });
    expect(summarize([2])).toEqual({ value: 2, min: 2, max: 2, runs: 1 });
    expect(summarize([]).runs).toBe(0);
  });

  it('prints a repeated figure as median (min–max)', () => {
    expect(formatValue({ value: 12.34, min: 9.5, max: 140 })).toBe('12.3 (9.50–140)');
    expect(formatValue({ value: 3 })).toBe('3.00');
    expect(markdownTable([{ group: 'g', name: 'n', value: 2, min: 1, max: 3, runs: 5, unit: 'ms' }])).toContain(
      '| g | n | 2.00 (1.00–3.00) | ms | 5 |',
    );
  });

  it('combines repeated invocations: the median of their medians, the whole range, each median beside it', () => {
    const run = (value: number, min: number, max: number) => [
      { group: 'db', name: 'timeline', value, min, max, runs: 5, unit: 'ms', goal: 10 },
    ];
    const [row] = combineInvocations([run(12, 9, 30), run(8, 7, 11), run(9.5, 8, 14)]);
    expect(row).toMatchObject({ value: 9.5, min: 7, max: 30, runs: 15, invocations: [12, 8, 9.5] });
    expect(row?.note).toBe('per invocation 12.0 / 8.00 / 9.50');
    expect(goalVerdict(row as { value: number; goal: number })).toBe('≤ 10.0: met');
    expect(goalVerdict({ value: 11, goal: 10 })).toBe('≤ 10.0: NOT met');
    expect(combineInvocations([run(3, 2, 4)])).toEqual(run(3, 2, 4));
  });

  it('compares figures on group and name, with the change in %', () => {
    const before = [
      { group: 'db', name: 'save', value: 4, unit: 'ms' },
      { group: 'db', name: 'gone', value: 1, unit: 'ms' },
      { group: 'other suite', name: 'not run now', value: 1, unit: 'ms' },
    ];
    const now = [
      { group: 'db', name: 'save', value: 5, unit: 'ms' },
      { group: 'db', name: 'new', value: 7, unit: 'ms' },
    ];
    const changes = compareRows(before, now);
    expect(changes).toEqual([
      { group: 'db', name: 'save', unit: 'ms', before: 4, now: 5, percent: 25 },
      { group: 'db', name: 'new', unit: 'ms', before: undefined, now: 7, percent: undefined },
      { group: 'db', name: 'gone', unit: 'ms', before: 1, now: undefined, percent: undefined },
    ]);
    expect(comparisonTable(changes)).toContain('| db | save | 4.00 | 5.00 | +25.0 % | ms |');
  });
});
