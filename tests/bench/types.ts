/** One line of the benchmark table. */
export interface BenchRow {
  group: string;
  name: string;
  value: number;
  /** The range of the repeated runs the median was taken over. */
  min?: number;
  max?: number;
  unit: string;
  /** e.g. "median of 30 runs" */
  note?: string;
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}

/** Median of repeated measurements. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median with its range, as the value of a table line. */
export function spread(values: readonly number[]): { value: number; min: number; max: number } {
  return { value: median(values), min: Math.min(...values), max: Math.max(...values) };
}
