// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanCountry, splitCountryList } from '../../src/data/pipeline/countries';
import { figureOf } from './usgs-files';

describe('country names', () => {
  it('drops footnote digits stuck to a name and stray spaces', () => {
    expect(cleanCountry('China3')).toBe('China');
    expect(cleanCountry('China3 ')).toBe('China');
    expect(cleanCountry(' Republic of Korea')).toBe('Republic of Korea');
    expect(cleanCountry('Congo (Kinshasa)')).toBe('Congo (Kinshasa)');
  });

  it('splits a list and trims it', () => {
    expect(splitCountryList('Brazil, Canada  ')).toEqual(['Brazil', 'Canada']);
    expect(splitCountryList('South Africa, Australia, India, China3 ')).toEqual([
      'South Africa',
      'Australia',
      'India',
      'China',
    ]);
  });

  it('reads "NA" and an empty cell as no list', () => {
    expect(splitCountryList('NA')).toEqual([]);
    expect(splitCountryList('')).toEqual([]);
  });

  it('cleans the lists of the built data: MCS2025 garnet and aluminum end in "China3", niobium in "Canada  "', () => {
    expect(figureOf('garnet-industrial', 'MCS2025')?.importSources).toEqual(['South Africa', 'Australia', 'India', 'China']);
    expect(figureOf('aluminum-metal', 'MCS2025')?.importSources).toEqual([
      'Canada',
      'United Arab Emirates',
      'Bahrain',
      'China',
    ]);
    expect(figureOf('niobium', 'MCS2025')?.importSources).toEqual(['Brazil', 'Canada']);
  });

  it('gives no sources, no period and no source ref where Fig. 2 prints NA (xenon, MCS 2026)', () => {
    const xenon = figureOf('xenon', 'MCS2026');
    expect(xenon?.nir).toEqual({ kind: 'exact', printed: '98', value: 98 });
    expect(xenon?.importSources).toEqual([]);
    expect(xenon?.importSourcesPeriod).toBe('');
    expect(xenon?.importSourcesSource).toBeNull();
  });
});
