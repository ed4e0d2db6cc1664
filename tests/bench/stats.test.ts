import { describe, expect, it } from 'vitest';
import { BLOCK, median, p90, percentile, ratioInterval, seeded } from './stats';

/** Timings spread like the bench's (seeded, so every test sees the same): none under `base`, most a little over it, a long tail (exponential) of slow ones. */
function timings(count: number, base: number, seed: number): number[] {
  const next = seeded(seed);
  return Array.from({ length: count }, () => base * (1 + 0.3 * -Math.log(1 - next())));
}

describe('percentile', () => {
  it('is a value that was measured (nearest rank)', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 50)).toBe(5);
    expect(percentile([42], 90)).toBe(42);
  });
});

describe('ratioInterval', () => {
  it('gives the ratio of the two p90s, inside an interval that takes in 1 when both come from one spread', () => {
    const a = timings(240, 30, 1);
    const b = timings(240, 30, 2);
    const result = ratioInterval(a, b, p90);
    expect(result.ratio).toBe(percentile(a, 90) / percentile(b, 90));
    expect(result.ratio).not.toBe(1);
    expect(result.low).toBeLessThan(result.ratio);
    expect(result.high).toBeGreaterThan(result.ratio);
    expect(result.low).toBeLessThan(1);
    expect(result.high).toBeGreaterThan(1);
  });

  it('excludes 1 when one app is clearly slower', () => {
    const result = ratioInterval(timings(240, 45, 3), timings(240, 30, 4), p90);
    // Half as slow again: the p90s' ratio is near 1.5, and the noise cannot bring it down to 1.
    expect(result.ratio).toBeGreaterThan(1.3);
    expect(result.low).toBeGreaterThan(1.15);
  });

  it('narrows as the samples grow', () => {
    const width = (count: number) => {
      const { low, high } = ratioInterval(timings(count, 30, 5), timings(count, 30, 6), p90);
      return high - low;
    };
    expect(width(400)).toBeLessThan(width(40) * 0.6);
  });

  it('resamples turns in blocks when the samples were taken in turns, so noise both apps shared cancels', () => {
    // Both apps run through the same slow patches (turns 50–59 and 150–159, a tenth, are twice as slow), each with its own jitter.
    const patch = (turn: number) => (turn % 100 >= 50 && turn % 100 < 60 ? 2 : 1);
    const jitterA = seeded(7);
    const jitterB = seeded(8);
    const a = Array.from({ length: 200 }, (_, turn) => 30 * patch(turn) + 3 * jitterA());
    const b = Array.from({ length: 200 }, (_, turn) => 30 * patch(turn) + 3 * jitterB());
    const paired = ratioInterval(a, b, p90);
    // One value fewer: no longer taken in turns, so resampled value by value.
    const independent = ratioInterval(a.slice(1), b, p90);
    expect(paired.method).toBe(`paired blocks of ${BLOCK}`);
    expect(independent.method).toBe('independent');
    expect(paired.high - paired.low).toBeLessThan((independent.high - independent.low) / 2);
  });

  it('never gives a zero-width interval for a short sample taken in turns (a --quick run of 10)', () => {
    const result = ratioInterval(timings(10, 30, 13), timings(10, 30, 14), p90);
    expect(result.method).toBe('independent');
    expect(result.high).toBeGreaterThan(result.low);
  });

  it('judges by the statistic it is given: the median of the two loads, not their p90', () => {
    const a = timings(40, 30, 11);
    const b = timings(40, 32, 12);
    expect(ratioInterval(a, b, median).ratio).toBe(median(a) / median(b));
    expect(ratioInterval(a, b, median).ratio).not.toBe(ratioInterval(a, b, p90).ratio);
  });

  it('says the same for the same samples', () => {
    const a = timings(80, 30, 9);
    const b = timings(80, 31, 10);
    expect(ratioInterval(a, b, p90)).toEqual(ratioInterval(a, b, p90));
  });
});
