/** Small statistics for the bench: nearest-rank percentiles, so a p90 is always a figure that was measured. */

export interface Summary {
  runs: number;
  median: number;
  p90: number;
  max: number;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export function summarise(values: number[], digits = 1): Summary {
  if (values.length === 0) return { runs: 0, median: Number.NaN, p90: Number.NaN, max: Number.NaN };
  return { runs: values.length, median: round(median(values), digits), p90: round(percentile(values, 90), digits), max: round(Math.max(...values), digits) };
}
