import { type BenchRow, median } from './types';

/** A number with about three significant digits: 1234, 12.3, 1.23. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  return abs >= 100 ? v.toFixed(0) : abs >= 10 ? v.toFixed(1) : v.toFixed(2);
}

/** "12.3 (11.0–14.2)" for a repeated figure, "12.3" for a single one. */
export function formatValue(row: Pick<BenchRow, 'value' | 'min' | 'max'>): string {
  const value = formatNumber(row.value);
  return row.min !== undefined && row.max !== undefined ? `${value} (${formatNumber(row.min)}–${formatNumber(row.max)})` : value;
}

/** Whether a figure meets its goal (at most `goal`), judged on the median: "≤ 50: met" or "≤ 50: NOT met". */
export function goalVerdict(row: Pick<BenchRow, 'value' | 'goal'>): string {
  if (row.goal === undefined) return '';
  return `≤ ${formatNumber(row.goal)}: ${row.value <= row.goal ? 'met' : 'NOT met'}`;
}

/** The benchmark table in Markdown. */
export function markdownTable(rows: readonly BenchRow[]): string {
  const lines = ['| group | measure | median (min–max) | unit | runs | goal | note |', '|---|---|---:|---|---:|---|---|'];
  for (const r of rows) {
    lines.push(
      `| ${r.group} | ${r.name} | ${formatValue(r)} | ${r.unit} | ${r.runs ?? 1} | ${goalVerdict(r)} | ${r.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}

export interface Change {
  group: string;
  name: string;
  unit: string;
  before: number | undefined;
  now: number | undefined;
  /** Relative change in % (positive: larger now); undefined when either side is missing or zero. */
  percent: number | undefined;
}

const keyOf = (r: Pick<BenchRow, 'group' | 'name'>) => `${r.group}\u0000${r.name}`;

/** Each figure of `now` against the same figure (group + name) of an earlier run; figures that vanished from a group come last. */
export function compareRows(before: readonly BenchRow[], now: readonly BenchRow[]): Change[] {
  const earlier = new Map(before.map((r) => [keyOf(r), r]));
  const changes: Change[] = now.map((r) => {
    const old = earlier.get(keyOf(r));
    earlier.delete(keyOf(r));
    const percent = old && old.value !== 0 && Number.isFinite(old.value) ? ((r.value - old.value) / old.value) * 100 : undefined;
    return { group: r.group, name: r.name, unit: r.unit, before: old?.value, now: r.value, percent };
  });
  // Figures that vanished, from the groups measured now (a `--suite` run leaves the other groups out).
  const groups = new Set(now.map((r) => r.group));
  for (const old of earlier.values()) {
    if (groups.has(old.group))
      changes.push({ group: old.group, name: old.name, unit: old.unit, before: old.value, now: undefined, percent: undefined });
  }
  return changes;
}

/** The comparison in Markdown: earlier value, now, change in %. */
export function comparisonTable(changes: readonly Change[]): string {
  const show = (v: number | undefined) => (v === undefined ? '–' : formatNumber(v));
  const lines = ['| group | measure | earlier | now | change | unit |', '|---|---|---:|---:|---:|---|'];
  for (const c of changes) {
    const change =
      c.percent === undefined || !Number.isFinite(c.percent) ? '–' : `${c.percent > 0 ? '+' : ''}${c.percent.toFixed(1)} %`;
    lines.push(`| ${c.group} | ${c.name} | ${show(c.before)} | ${show(c.now)} | ${change} | ${c.unit} |`);
  }
  return lines.join('\n');
}

/**
 * Several whole invocations of the bench as one table (`--repeat N`): per figure (group + name) the
 * median of the invocation medians, the smallest and largest single measurement of all of them, the
 * measurements counted together, and each invocation's median beside it. A figure missing from an
 * invocation is combined from the ones that have it.
 */
export function combineInvocations(invocations: readonly (readonly BenchRow[])[]): BenchRow[] {
  const order: string[] = [];
  const byKey = new Map<string, BenchRow[]>();
  for (const rows of invocations) {
    for (const row of rows) {
      const key = keyOf(row);
      if (!byKey.has(key)) {
        byKey.set(key, []);
        order.push(key);
      }
      byKey.get(key)?.push(row);
    }
  }
  return order.map((key) => {
    const rows = byKey.get(key) as BenchRow[];
    const first = rows[0] as BenchRow;
    if (rows.length === 1) return first;
    const values = rows.map((r) => r.value);
    const perInvocation = `per invocation ${values.map(formatNumber).join(' / ')}`;
    return {
      ...first,
      value: median(values),
      min: Math.min(...rows.map((r) => r.min ?? r.value)),
      max: Math.max(...rows.map((r) => r.max ?? r.value)),
      runs: rows.reduce((sum, r) => sum + (r.runs ?? 1), 0),
      invocations: values,
      note: first.note ? `${first.note}; ${perInvocation}` : perInvocation,
    };
  });
}
