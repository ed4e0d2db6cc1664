import { describe, expect, it } from 'vitest';
import { bandOf } from '../../src/state/bands';
import { parseNir } from '../../src/data/pipeline/nir';

describe('bandOf', () => {
  it.each([
    ['100', '100'],
    ['99', '75-99'],
    ['75', '75-99'],
    ['74', '50-74'],
    ['50', '50-74'],
    ['49', '25-49'],
    ['25', '25-49'],
    ['24', 'under-25'],
    ['0', 'under-25'],
  ])('puts an exact %s%% in band %s', (printed, band) => {
    expect(bandOf(parseNir(printed))).toBe(band);
  });

  it.each([
    ['>95', '75-99'],
    ['>75', '75-99'],
    ['>50', '50-74'],
    ['>25', '25-49'],
    ['<50', '25-49'],
    ['<25', 'under-25'],
  ])('counts the bound %s by its bound, in band %s', (printed, band) => {
    expect(bandOf(parseNir(printed))).toBe(band);
  });

  it('keeps the states apart: E is a net exporter, W and NA are not available, and so is no figure at all', () => {
    expect(bandOf(parseNir('E'))).toBe('exporter');
    expect(bandOf(parseNir('W'))).toBe('na');
    expect(bandOf(parseNir('NA'))).toBe('na');
    expect(bandOf(null)).toBe('na');
  });
});
