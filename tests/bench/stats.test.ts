import { describe, expect, it } from 'vitest';
import { percentile, ratioInterval } from './stats';

/** Timings spread like the bench's: a body of values and a tail, from a fixed sequence. */
function timings(count: number, base: number, offset = 0): number[] {
  return Array.from({ length: count }, (_, index) => base + ((index * 37 + offset) % 23) + (index % 10 === 0 ? 25 : 0));
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
  it('gives the ratio of the two percentiles and an interval around it', () => {
    const a = timings(240, 30);
    const b = timings(240, 30, 11);
    const result = ratioInterval(a, b, 90);
    expect(result.ratio).toBeCloseTo(percentile(a, 90) / percentile(b, 90), 10);
    expect(result.low).toBeLessThanOrEqual(result.ratio);
    expect(result.high).toBeGreaterThanOrEqual(result.ratio);
    // Two samples of the same spread: the interval takes in 1.
    expect(result.low).toBeLessThanOrEqual(1);
    expect(result.high).toBeGreaterThanOrEqual(1);
  });

  it('excludes 1 when one sample is clearly slower', () => {
    const result = ratioInterval(timings(240, 60), timings(240, 30), 90);
    expect(result.low).toBeGreaterThan(1.2);
  });

  it('narrows as the samples grow', () => {
    const width = (count: number) => {
      const { low, high } = ratioInterval(timings(count, 30, 3), timings(count, 30, 7), 90);
      return high - low;
    };
    expect(width(400)).toBeLessThan(width(40));
  });

  it('says the same for the same samples', () => {
    const a = timings(80, 30);
    const b = timings(80, 31, 5);
    expect(ratioInterval(a, b, 90)).toEqual(ratioInterval(a, b, 90));
  });
});
