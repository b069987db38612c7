/** Collects a bench's printed figures and the bounds it checks, so main can say which were missed. */
export interface BenchReport {
  /** Prints one measured figure. */
  figure(name: string, value: number, unit: string): void;
  /** Records a bound: `ok` false makes the bench say it was missed (and exit non-zero). */
  bound(name: string, ok: boolean, detail: string): void;
  /** Keeps a figure for a later section's bound (bounds that compare two sections, in one run). */
  keep(name: string, value: number): void;
  /** A figure an earlier section kept, if it ran. */
  kept(name: string): number | undefined;
}

export type BenchSection = (report: BenchReport) => Promise<void>;

/** The median of some numbers (timings are reported as medians of repeated runs). */
export function median(values: number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
