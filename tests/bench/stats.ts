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

/** To `digits` decimals (one by default): how the bench keeps every timing it writes. */
export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export function summarise(values: number[], digits = 1): Summary {
  if (values.length === 0) return { runs: 0, median: Number.NaN, p90: Number.NaN, max: Number.NaN };
  return { runs: values.length, median: round(median(values), digits), p90: round(percentile(values, 90), digits), max: round(Math.max(...values), digits) };
}

/** mulberry32: a tiny seeded generator, so the same seed gives the same numbers (the scaled datasets, the intervals). */
export function seeded(seed: number): () => number {
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
  /** "paired blocks of n" when the two samples were taken in turns and resampled together, else "independent". */
  method: string;
}

/** Consecutive turns resampled together: long enough to keep a slow patch of the machine whole. */
export const BLOCK = 10;
/** The fewest turns resampled in blocks (31 places a block can start); fewer are resampled value by value. */
export const MIN_PAIRED = 4 * BLOCK;

/** What a budget judges a sample by: its median, or a percentile. */
export type Statistic = (values: number[]) => number;

export const p90: Statistic = (values) => percentile(values, 90);

/**
 * The ratio of a statistic of two samples (a / b: their medians, their p90s), and how far the noise could move it:
 * the 5th and 95th percentiles of the resampled ratios are the interval. Seeded, so a report read twice says the same.
 *
 * Samples of equal length are taken as the bench takes them, in turns (a[i] and b[i] one after the other): blocks of
 * BLOCK consecutive turns are drawn with replacement (a moving-block bootstrap), each keeping both apps' timings, so
 * the noise the two shared and the slow patches that span several turns stay in every resample. Samples of unequal
 * length (an app missed an event), or too few for blocks to vary (under MIN_PAIRED: a --quick run), are resampled
 * independently, value by value.
 */
export function ratioInterval(a: number[], b: number[], statistic: Statistic, resamples = 2000, seed = 1): RatioInterval {
  const ratio = statistic(a) / statistic(b);
  const random = seeded(seed);
  const pick = (length: number) => Math.floor(random() * length);
  const ratios: number[] = [];
  // Blocks need room to vary: with BLOCK turns there is one block to draw, and every resample is the sample itself.
  const paired = a.length === b.length && a.length >= MIN_PAIRED;
  for (let index = 0; index < resamples; index += 1) {
    if (paired) {
      const drawnA: number[] = [];
      const drawnB: number[] = [];
      while (drawnA.length < a.length) {
        const start = pick(a.length - BLOCK + 1);
        for (let turn = start; turn < start + BLOCK && drawnA.length < a.length; turn += 1) {
          drawnA.push(a[turn]!);
          drawnB.push(b[turn]!);
        }
      }
      ratios.push(statistic(drawnA) / statistic(drawnB));
    } else {
      const draw = (values: number[]) => Array.from({ length: values.length }, () => values[pick(values.length)]!);
      ratios.push(statistic(draw(a)) / statistic(draw(b)));
    }
  }
  return { ratio, low: percentile(ratios, 5), high: percentile(ratios, 95), resamples, method: paired ? `paired blocks of ${BLOCK}` : 'independent' };
}
