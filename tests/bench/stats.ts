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

/** A small seeded generator (mulberry32), so the same samples always give the same interval. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RatioInterval {
  ratio: number;
  /** The 5th and 95th percentiles of the ratio over the resamples: a 90% bootstrap interval. */
  low: number;
  high: number;
  resamples: number;
}

/**
 * The ratio of two samples' percentile `p` (a / b), and how far the noise could move it: each sample is resampled
 * with replacement, independently (the two apps' timings are not pairs), `resamples` times, and the ratio's 5th and
 * 95th percentiles are the interval. Seeded, so a report read twice says the same.
 */
export function ratioInterval(a: number[], b: number[], p: number, resamples = 2000, seed = 1): RatioInterval {
  const ratio = percentile(a, p) / percentile(b, p);
  const random = seeded(seed);
  const draw = (values: number[]) => Array.from({ length: values.length }, () => values[Math.floor(random() * values.length)]!);
  const ratios: number[] = [];
  for (let index = 0; index < resamples; index += 1) ratios.push(percentile(draw(a), p) / percentile(draw(b), p));
  return { ratio, low: percentile(ratios, 5), high: percentile(ratios, 95), resamples };
}
