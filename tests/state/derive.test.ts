import { describe, expect, it } from 'vitest';
import { checkClaim, countByBand, filterByLevels, scopedRows, urlContext } from '../../src/state/derive';
import { DEFAULT_VIEW } from '../../src/state/view';
import { makeChinaClaim, makeClaim, makeDataset, makeMineral, makeRareEarths } from '../factories';

const lanthanide = (id: string) => makeMineral({ id, group: 'lanthanide', nir: { 2023: '>95', 2024: '80' } });

describe('scopedRows', () => {
  const dataset = makeDataset([
    makeMineral({ id: 'gallium', nir: { 2024: '100' } }),
    makeMineral({ id: 'copper', criticalLists: ['2025'], nir: { 2024: '45' } }),
    makeMineral({ id: 'asbestos', criticalLists: [], nir: { 2024: '100' } }),
    makeMineral({ id: 'rare-earths', group: 'rare-earths', nir: { 2024: '80' } }),
    lanthanide('cerium'),
    lanthanide('terbium'),
    makeMineral({ id: 'iridium', nir: {} }),
  ]);

  it('shows the 2022 list by default, with each lanthanide instead of the rare-earths line', () => {
    const ids = scopedRows(dataset, DEFAULT_VIEW).map((row) => row.id);
    expect(ids).toEqual(['gallium', 'cerium', 'terbium', 'iridium']);
  });

  it('shows one rare-earths row when lanthanides are grouped', () => {
    const ids = scopedRows(dataset, { ...DEFAULT_VIEW, showLanthanides: false }).map((row) => row.id);
    expect(ids).toEqual(['gallium', 'rare-earths', 'iridium']);
  });

  it('widens to the 2025 list and to every commodity', () => {
    expect(scopedRows(dataset, { ...DEFAULT_VIEW, scope: 'critical-2025' }).map((row) => row.id)).toContain('copper');
    const all = scopedRows(dataset, { ...DEFAULT_VIEW, scope: 'all' }).map((row) => row.id);
    expect(all).toContain('asbestos');
    expect(all).toContain('copper');
  });

  it('gives a mineral without a USGS figure no value, in Not available, never zero', () => {
    const iridium = scopedRows(dataset, DEFAULT_VIEW).find((row) => row.id === 'iridium');
    expect(iridium?.nir).toBeNull();
    expect(iridium?.band).toBe('na');
  });
});

describe('sorting and filtering', () => {
  const dataset = makeDataset([
    makeMineral({ id: 'exact-75', nir: { 2024: '75' } }),
    makeMineral({ id: 'bound-75', nir: { 2024: '>75' } }),
    makeMineral({ id: 'exporter', nir: { 2024: 'E' } }),
    makeMineral({ id: 'withheld', nir: { 2024: 'W' } }),
    makeMineral({ id: 'under-25', nir: { 2024: '<25' } }),
    makeMineral({ id: 'exact-24', nir: { 2024: '24' } }),
    makeMineral({ id: 'full', nir: { 2024: '100' } }),
  ]);

  it('sorts by reliance, a bound just past its bound (as USGS orders "<25" above 24), states last', () => {
    expect(scopedRows(dataset, DEFAULT_VIEW).map((row) => row.id)).toEqual([
      'full',
      'bound-75',
      'exact-75',
      'under-25',
      'exact-24',
      'exporter',
      'withheld',
    ]);
  });

  it('counts each level and shows only the levels chosen', () => {
    const counts = countByBand(scopedRows(dataset, DEFAULT_VIEW));
    expect(counts).toEqual({ '100': 1, '75-99': 2, '50-74': 0, '25-49': 0, 'under-25': 2, exporter: 1, na: 1 });
    expect(filterByLevels(scopedRows(dataset, DEFAULT_VIEW), ['75-99', 'exporter']).map((row) => row.id)).toEqual([
      'bound-75',
      'exact-75',
      'exporter',
    ]);
  });
});

describe('checkClaim', () => {
  const dataset = makeDataset([
    makeMineral({ id: 'gallium', nir: { 2023: '100', 2024: '100', 2025: '100' } }),
    makeMineral({ id: 'titanium', nir: { 2023: '>95', 2024: '>95', 2025: '100' } }),
    makeMineral({ id: 'vanadium', nir: { 2023: '58', 2024: '40', 2025: '41' } }),
    makeMineral({ id: 'lithium', nir: { 2023: '>25', 2024: '>50', 2025: '>50' } }),
    makeMineral({ id: 'nickel', nir: { 2023: '57', 2024: '48', 2025: '41' } }),
  ]);

  it('matches when the data give the article’s count, and applies the 100% filter on the 2022 list', () => {
    const check = checkClaim(dataset, makeClaim({ value: 1, figure: '1' }), 2024);
    expect(check.dataFigure).toBe('1');
    expect(check.verdict).toBe('matches');
    expect(check.view).toMatchObject({ scope: 'critical-2022', showLanthanides: true, levels: ['100'] });
  });

  it('names the data year that gives the article’s figure and what changed since', () => {
    const claim = makeClaim({ id: 'majority', measure: 'count-further-50', figure: '3', value: 3 });
    const check = checkClaim(dataset, claim, 2024);
    expect(check.dataFigure).toBe('2');
    expect(check.verdict).toBe('differs');
    expect(check.explanation).toContain('data year 2023 (MCS 2024)');
    expect(check.explanation).toContain('Compared with 2023, in: Lithium; out: Vanadium, Nickel');
    expect(check.view.levels).toEqual(['75-99', '50-74']);
  });

  it('quotes USGS’s printed share beside the data release for China’s rare-earth share', () => {
    const check = checkClaim(makeDataset([makeRareEarths()]), makeChinaClaim(), 2024);
    expect(check.dataFigure).toBe('70%');
    expect(check.dataLabel).toBe('USGS, 2020–23');
    expect(check.verdict).toBe('differs');
    expect(check.explanation).toContain('70% for 2020–23');
    expect(check.explanation).toContain('71% for 2021–24');
    expect(check.view).toEqual({ mineralId: 'rare-earths' });
  });
});

describe('urlContext', () => {
  it("holds the dataset's mineral ids and data years, made once per dataset", () => {
    const dataset = makeDataset([makeMineral({ id: 'gallium', nir: { 2024: '100' } }), makeMineral({ id: 'barite', nir: { 2023: '>75' } })]);
    const context = urlContext(dataset);
    expect([...context.mineralIds]).toEqual(['gallium', 'barite']);
    expect(context.dataYears).toEqual([...context.dataYears].sort((a, b) => a - b));
    expect(context.dataYears.length).toBe(dataset.minerals.editions.length);
    expect(urlContext(dataset)).toBe(context);
    const other = makeDataset([makeMineral({ id: 'cobalt', nir: { 2024: '76' } })]);
    expect([...urlContext(other).mineralIds]).toEqual(['cobalt']);
  });
});
