// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseNir } from '../../src/data/pipeline/nir';

describe('parseNir', () => {
  it('reads a plain percent as exact', () => {
    expect(parseNir('85')).toEqual({ kind: 'exact', printed: '85', value: 85 });
    expect(parseNir('100')).toEqual({ kind: 'exact', printed: '100', value: 100 });
    expect(parseNir('0')).toEqual({ kind: 'exact', printed: '0', value: 0 });
  });

  it.each([
    ['>75', '>', 75],
    ['<25', '<', 25],
    ['>95', '>', 95],
    ['<50', '<', 50],
    ['>50', '>', 50],
    ['>25', '>', 25],
  ] as const)('keeps %s a bound, not a number', (printed, bound, value) => {
    expect(parseNir(printed)).toEqual({ kind: 'bound', printed, bound, value });
  });

  it('reads E, W and NA as states', () => {
    expect(parseNir('E')).toEqual({ kind: 'exporter', printed: 'E' });
    expect(parseNir('W')).toEqual({ kind: 'withheld', printed: 'W' });
    expect(parseNir('NA')).toEqual({ kind: 'not-available', printed: 'NA' });
  });

  it('trims surrounding spaces from the printed form', () => {
    expect(parseNir(' 85 ')).toEqual({ kind: 'exact', printed: '85', value: 85 });
    expect(parseNir('>75 ')).toEqual({ kind: 'bound', printed: '>75', bound: '>', value: 75 });
    expect(parseNir('\tE')).toEqual({ kind: 'exporter', printed: 'E' });
  });

  it.each(['', 'x', 's', '85%', '-3', '120', '> 75', 'n/a', '1,000'])('throws a clear error for "%s"', (printed) => {
    expect(() => parseNir(printed)).toThrow(/net import reliance/i);
  });
});
