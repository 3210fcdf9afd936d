/** One line of the benchmark table. */
export interface BenchRow {
  group: string;
  name: string;
  /** The median when the figure was measured more than once. */
  value: number;
  unit: string;
  /** Smallest and largest of the repeated measurements (absent for a single measurement). */
  min?: number;
  max?: number;
  /** How many measurements `value` is the median of. */
  runs?: number;
  /** e.g. "median of 30 runs" */
  note?: string;
  /** With `--repeat`: each invocation's median (`value` is their median). */
  invocations?: number[];
  /** The goal for this figure: at most this much (same unit). The report says whether it holds. */
  goal?: number;
}

export interface BenchSuite {
  name: string;
  /** Runs only when `--suite` names it, not in a plain `npm run bench`. */
  optIn?: boolean;
  run(): Promise<BenchRow[]>;
}

/** Median of repeated measurements. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The fields of a row that summarise repeated measurements: the median, the range and the count. */
export type Summary = Required<Pick<BenchRow, 'value' | 'min' | 'max' | 'runs'>>;

/** Median, smallest, largest and count of repeated measurements (NaN for none). */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { value: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 };
  return { value: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}
