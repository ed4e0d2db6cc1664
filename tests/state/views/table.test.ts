import { describe, expect, it } from 'vitest';
import { rowsInView, sortKey } from '../../../src/state/derive';
import { DEFAULT_VIEW, type TableSort, type View } from '../../../src/state/view';
import {
  DEFAULT_TABLE_SORT,
  ariaSort,
  deriveTable,
  matchText,
  nextSort,
  shareNotes,
  sortText,
  tableSource,
} from '../../../src/state/views/table';
import type { Dataset, ImportShares, WorldProduction } from '../../../src/data/schema';
import { loadCommittedDataset } from '../../committed-dataset';
import { makeDataset, makeFigure, makeMineral } from '../../factories';

const FIG3 = 'MCS2026_Fig3_Major_Import_Sources.csv';

function shares(printed: [string, string][], note?: string): ImportShares {
  const source = (line: number) => ({ file: FIG3, edition: 'MCS2026', line });
  return {
    period: '2021–24',
    shares: printed.map(([country, percentPrinted], index) => ({
      country,
      percentPrinted,
      percent: /^\d+$/.test(percentPrinted) ? Number(percentPrinted) : null,
      source: source(index + 2),
    })),
    source: source(2),
    ...(note ? { note } : {}),
  };
}

function production(dataYear: number, country: string, printed: string): WorldProduction {
  const edition = `MCS${dataYear + 1}`;
  return {
    edition,
    dataYear,
    leadingCountry: country,
    leadingCountryProductionPrinted: '1,000',
    leadingSharePrinted: printed,
    leadingShare: /^\d+$/.test(printed) ? Number(printed) : null,
    worldTotalPrinted: '2,000',
    note: '',
    source: { file: `${edition}_T7_Salient.csv`, edition, line: 9 },
  };
}

const view = (changes: Partial<View> = {}): View => ({ ...DEFAULT_VIEW, ...changes });
const sorted = (dataset: Dataset, sort: TableSort | null, changes: Partial<View> = {}) =>
  deriveTable(dataset, view({ tableSort: sort, ...changes })).rows.map((row) => row.id);

/** One mineral per printed form, so every sorting rule can be seen. */
const reliance = makeDataset([
  makeMineral({ id: 'exactium', nir: { 2024: '75' } }),
  makeMineral({ id: 'overium', nir: { 2024: '>75' } }),
  makeMineral({ id: 'underium', nir: { 2024: '<75' } }),
  makeMineral({ id: 'fullium', nir: { 2024: '100' } }),
  makeMineral({ id: 'lowium', nir: { 2024: '9' } }),
  makeMineral({ id: 'alsolowium', nir: { 2024: '9' } }),
  makeMineral({ id: 'exportium', nir: { 2024: 'E' } }),
  makeMineral({ id: 'withheldium', nir: { 2024: 'W' } }),
  makeMineral({ id: 'naium', nir: { 2024: 'NA' } }),
  makeMineral({ id: 'nofigurium', nir: {}, note: 'No USGS line.' }),
]);

describe('sorting by net import reliance', () => {
  it('orders numbers as numbers, a ">" bound just above the same number and "<" just below; E, W, NA, no figure last', () => {
    expect(sorted(reliance, { column: 'nir', descending: true })).toEqual([
      'fullium',
      'overium',
      'exactium',
      'underium',
      'alsolowium',
      'lowium',
      'exportium',
      'withheldium',
      'naium',
      'nofigurium',
    ]);
  });

  it('keeps E, W, NA and no figure last when ascending too, ties by name', () => {
    expect(sorted(reliance, { column: 'nir', descending: false })).toEqual([
      'alsolowium',
      'lowium',
      'underium',
      'exactium',
      'overium',
      'fullium',
      'exportium',
      'withheldium',
      'naium',
      'nofigurium',
    ]);
  });

  it('with no order chosen shows the reliance order every view starts from, which is net import reliance descending', () => {
    const data = deriveTable(reliance, view());
    expect(data.isDefaultSort).toBe(true);
    expect(data.sort).toEqual(DEFAULT_TABLE_SORT);
    expect(data.rows.map((row) => row.id)).toEqual(rowsInView(reliance, view()).map((row) => row.id));
    expect(data.rows.map((row) => row.id)).toEqual(sorted(reliance, { column: 'nir', descending: true }));
    expect(sortText(data.sort)).toBe('sorted by net import reliance, highest first');
  });

  it('shows each value as printed: a bound with its meaning, the letters in words, no figure said', () => {
    const cells = Object.fromEntries(deriveTable(reliance, view()).rows.map((row) => [row.id, row.cells.nir]));
    expect(cells).toMatchObject({
      overium: '>75% (at least)',
      underium: '<75% (under)',
      exportium: 'E: net exporter',
      withheldium: 'W: withheld',
      naium: 'NA: not available',
      nofigurium: 'no USGS figure',
    });
  });
});

describe('sorting by the other columns', () => {
  it('level: the reliance levels in order, Net exporter then Not available last both ways', () => {
    const rows = (descending: boolean) => deriveTable(reliance, view({ tableSort: { column: 'level', descending } })).rows;
    expect(rows(false).map((row) => row.cells.level)).toEqual([
      'Under 25%',
      'Under 25%',
      '50–74%',
      '75–99%',
      '75–99%',
      '100%',
      'Net exporter',
      'Not available',
      'Not available',
      'Not available',
    ]);
    expect(rows(true).map((row) => row.cells.level).slice(0, 3)).toEqual(['100%', '75–99%', '75–99%']);
    expect(rows(true).map((row) => row.cells.level).slice(-4)).toEqual(['Net exporter', 'Not available', 'Not available', 'Not available']);
  });

  it('mineral: alphabetically, both ways', () => {
    const dataset = makeDataset([makeMineral({ id: 'zinc' }), makeMineral({ id: 'antimony' }), makeMineral({ id: 'bismuth' })]);
    expect(sorted(dataset, { column: 'mineral', descending: false })).toEqual(['antimony', 'bismuth', 'zinc']);
    expect(sorted(dataset, { column: 'mineral', descending: true })).toEqual(['zinc', 'bismuth', 'antimony']);
  });

  it('text columns: A to Z and Z to A, a cell with nothing ("—") last both ways', () => {
    const dataset = makeDataset([
      makeMineral({ id: 'first', figures: [makeFigure({ importSources: ['Canada', 'China'] })] }),
      makeMineral({ id: 'second', figures: [makeFigure({ importSources: ['Brazil'] })] }),
      makeMineral({ id: 'third', figures: [makeFigure({ importSources: [], importSourcesPeriod: '' })] }),
    ]);
    expect(sorted(dataset, { column: 'sources', descending: false })).toEqual(['second', 'first', 'third']);
    expect(sorted(dataset, { column: 'sources', descending: true })).toEqual(['first', 'second', 'third']);
    expect(deriveTable(dataset, view()).rows.find((row) => row.id === 'third')?.cells.sources).toBe('—');
  });

  it('China’s share: numbers as numbers, "<1" by its bound, then an unreadable print, "China not listed", "no shares printed"', () => {
    const dataset = makeDataset([
      makeMineral({ id: 'fifty', importShares: shares([['China', '55'], ['Other', '45']]) }),
      makeMineral({ id: 'one', importShares: shares([['Canada', '99'], ['China', '1']]) }),
      makeMineral({ id: 'sliver', importShares: shares([['Canada', '99'], ['China', '<1']]) }),
      makeMineral({ id: 'nine', importShares: shares([['Canada', '91'], ['China', '9']]) }),
      makeMineral({ id: 'withheld', importShares: shares([['China', 'W']]) }),
      makeMineral({ id: 'notlisted', importShares: shares([['Canada', '100']]) }),
      makeMineral({ id: 'noshares', importShares: null }),
    ]);
    const tail = ['withheld', 'notlisted', 'noshares'];
    expect(sorted(dataset, { column: 'china-share', descending: true })).toEqual(['fifty', 'nine', 'one', 'sliver', ...tail]);
    expect(sorted(dataset, { column: 'china-share', descending: false })).toEqual(['sliver', 'one', 'nine', 'fifty', ...tail]);
    const cells = Object.fromEntries(deriveTable(dataset, view()).rows.map((row) => [row.id, row.cells['china-share']]));
    expect(cells).toEqual({
      fifty: '55% (2021–24)',
      one: '1% (2021–24)',
      sliver: '<1% (2021–24)',
      nine: '9% (2021–24)',
      withheld: '“W” (2021–24)',
      notlisted: 'China not listed',
      noshares: 'no shares printed',
    });
  });

  it('revised value: by the revised number, rows never revised last; printed with the edition that revised it', () => {
    const source = { file: 'MCS2026_Commodities_Data.csv', edition: 'MCS2026', line: 40 };
    const dataset = makeDataset([
      makeMineral({ id: 'rare', nir: { 2024: '80' }, nirSeries: [{ year: 2024, nir: { kind: 'exact', printed: '53', value: 53 }, source }] }),
      makeMineral({ id: 'magnesium', nir: { 2024: '>75' }, nirSeries: [{ year: 2024, nir: { kind: 'bound', printed: '>50', bound: '>', value: 50 }, source }] }),
      makeMineral({ id: 'steady', nir: { 2024: '60' }, nirSeries: [{ year: 2024, nir: { kind: 'exact', printed: '60', value: 60 }, source }] }),
    ]);
    expect(sorted(dataset, { column: 'revised', descending: true })).toEqual(['rare', 'magnesium', 'steady']);
    expect(sorted(dataset, { column: 'revised', descending: false })).toEqual(['magnesium', 'rare', 'steady']);
    const cells = Object.fromEntries(deriveTable(dataset, view()).rows.map((row) => [row.id, row.cells.revised]));
    expect(cells).toEqual({ rare: '53% (MCS 2026)', magnesium: '>50% (MCS 2026)', steady: '—' });
  });

  it('leading producer: by its share of world production, W and none last; the data year’s entry, else the latest, with its year', () => {
    const dataset = makeDataset([
      makeMineral({ id: 'gallium', worldProduction: [production(2024, 'China', '99'), production(2025, 'China', '100')] }),
      makeMineral({ id: 'cobalt', worldProduction: [production(2025, 'Congo (Kinshasa)', '74')] }),
      makeMineral({ id: 'secretium', worldProduction: [production(2024, 'Somewhere', 'W')] }),
      makeMineral({ id: 'cesium', worldProduction: [] }),
    ]);
    expect(sorted(dataset, { column: 'producer', descending: true })).toEqual(['gallium', 'cobalt', 'secretium', 'cesium']);
    expect(sorted(dataset, { column: 'producer', descending: false })).toEqual(['cobalt', 'gallium', 'secretium', 'cesium']);
    const cells = Object.fromEntries(deriveTable(dataset, view()).rows.map((row) => [row.id, row.cells.producer]));
    expect(cells).toEqual({
      gallium: 'China, 99% of world production in 2024',
      cobalt: 'Congo (Kinshasa), 74% of world production in 2025',
      secretium: 'Somewhere, share withheld (W) in 2024',
      cesium: '—',
    });
  });

  it('export control: the items as USGS writes them, "; "-joined, "—" without', () => {
    const source = { file: 'MCS2026_T4_Country_Export_Control.csv', edition: 'MCS2026', line: 5 };
    const dataset = makeDataset([
      makeMineral({
        id: 'graphite',
        chinaExportControls: [
          { controlType: 'Licensing', year: '2023', printed: 'graphite (2023)', source },
          { controlType: 'Licensing', year: '2025', printed: 'artificial graphite anode materials (2025)', source },
        ],
      }),
      makeMineral({ id: 'zinc' }),
    ]);
    const cells = Object.fromEntries(deriveTable(dataset, view()).rows.map((row) => [row.id, row.cells.control]));
    expect(cells).toEqual({ graphite: 'graphite (2023); artificial graphite anode materials (2025)', zinc: '—' });
    expect(sorted(dataset, { column: 'control', descending: true })).toEqual(['graphite', 'zinc']);
  });

  it('source: by file, then by line as a number', () => {
    const nirSource = (line: number) => ({ file: 'MCS2025_Fig2_Net_Import_Reliance.csv', edition: 'MCS2025', line });
    const dataset = makeDataset([
      makeMineral({ id: 'ten', figures: [makeFigure({ nirSource: nirSource(10) })] }),
      makeMineral({ id: 'nine', figures: [makeFigure({ nirSource: nirSource(9) })] }),
      makeMineral({ id: 'none', nir: {}, note: 'No Fig. 2 line.' }),
    ]);
    expect(sorted(dataset, { column: 'source', descending: false })).toEqual(['nine', 'ten', 'none']);
    expect(sorted(dataset, { column: 'source', descending: true })).toEqual(['ten', 'nine', 'none']);
  });
});

describe('the header buttons', () => {
  it('toggle ascending → descending → ascending; the default reports NIR descending and a click on it goes ascending', () => {
    expect(nextSort(DEFAULT_TABLE_SORT, 'nir')).toEqual({ column: 'nir', descending: false });
    // Back to the default order: stored as null so the link stays short.
    expect(nextSort({ column: 'nir', descending: false }, 'nir')).toBeNull();
    expect(nextSort(DEFAULT_TABLE_SORT, 'level')).toEqual({ column: 'level', descending: false });
    expect(nextSort({ column: 'level', descending: false }, 'level')).toEqual({ column: 'level', descending: true });
    expect(nextSort({ column: 'level', descending: true }, 'level')).toEqual({ column: 'level', descending: false });
    expect(nextSort({ column: 'level', descending: true }, 'mineral')).toEqual({ column: 'mineral', descending: false });
  });

  it('put aria-sort on the sorted column only', () => {
    expect(ariaSort(DEFAULT_TABLE_SORT, 'nir')).toBe('descending');
    expect(ariaSort({ column: 'mineral', descending: false }, 'mineral')).toBe('ascending');
    expect(ariaSort({ column: 'mineral', descending: false }, 'nir')).toBeUndefined();
  });
});

describe('searching', () => {
  const dataset = makeDataset([
    makeMineral({ id: 'aluminum', usgsLine: 'BAUXITE', figures: [makeFigure({ usgsName: 'BAUXITE', importSources: ['Brazil', 'Jamaica'] })] }),
    makeMineral({ id: 'gallium', figures: [makeFigure({ usgsName: 'GALLIUM, metal', importSources: ['Japan', 'China'] })] }),
    makeMineral({ id: 'cobalt', worldProduction: [production(2024, 'Congo (Kinshasa)', '76')], figures: [makeFigure({ importSources: ['Norway'] })] }),
    makeMineral({ id: 'rare-earths', name: 'Rare earths', figures: [makeFigure({ importSources: ['China', 'Malaysia'] })] }),
  ]);
  const ids = (query: string) => deriveTable(dataset, view({ tableQuery: query })).rows.map((row) => row.id);

  it('matches the name, the id, the USGS line, the import sources and the producer, ignoring case and outer spaces', () => {
    expect(ids('GALL')).toEqual(['gallium']);
    expect(ids('rare-earths')).toEqual(['rare-earths']);
    expect(ids('bauxite')).toEqual(['aluminum']);
    expect(ids('metal')).toEqual(['gallium']);
    expect(ids('jamaica')).toEqual(['aluminum']);
    expect(ids('congo')).toEqual(['cobalt']);
    expect(ids('  china ')).toEqual(['gallium', 'rare-earths']);
    expect(ids('')).toHaveLength(4);
    expect(ids('unobtainium')).toEqual([]);
  });

  it('says how many match, and how many are in view without a search', () => {
    expect(matchText(deriveTable(dataset, view({ tableQuery: 'china' })))).toBe('2 of 4 minerals match “china”');
    expect(matchText(deriveTable(dataset, view({ tableQuery: 'Bauxite ' })))).toBe('1 of 4 minerals matches “Bauxite”');
    expect(matchText(deriveTable(dataset, view({ tableQuery: ' ' })))).toBe('4 minerals');
    const none = deriveTable(dataset, view({ tableQuery: 'xyz' }));
    expect([none.rows.length, none.inView, matchText(none)]).toEqual([0, 4, '0 of 4 minerals match “xyz”']);
  });

  it('sorts what it finds', () => {
    expect(deriveTable(dataset, view({ tableQuery: 'china', tableSort: { column: 'mineral', descending: true } })).rows.map((row) => row.id)).toEqual([
      'rare-earths',
      'gallium',
    ]);
  });
});

describe('notes and source', () => {
  it('group USGS’s notes on the shares, and name every file a shown cell was read from, by edition', () => {
    const dataset = makeDataset([
      makeMineral({ id: 'arsenic', importShares: shares([['China', '45']], 'Imports from Hong Kong are included with China.') }),
      makeMineral({ id: 'bismuth', importShares: shares([['China', '56']], 'Imports from Hong Kong are included with China.') }),
      makeMineral({ id: 'zinc', worldProduction: [production(2024, 'China', '33')] }),
    ]);
    const data = deriveTable(dataset, view());
    expect(shareNotes(data.rows)).toEqual(['China’s share: Imports from Hong Kong are included with China (USGS note) for Arsenic, Bismuth.']);
    expect(tableSource(dataset, data)).toBe(
      'Source: U.S. Geological Survey, Mineral Commodity Summaries 2025 (MCS2025_Fig2_Net_Import_Reliance.csv, MCS2025_T7_Salient.csv); report . ' +
        'Net import reliance = (imports − exports ± stock changes) / apparent consumption, as USGS prints it: “>75” is a bound; E net exporter, W withheld, NA not available. ' +
        'Also U.S. Geological Survey, Mineral Commodity Summaries 2026 (MCS2026_Fig3_Major_Import_Sources.csv); data release doi:10.5066/P1WKQ63T.',
    );
  });
});

describe('the table on the committed data', () => {
  const dataset = loadCommittedDataset();

  it('data year 2024, NIR descending: the 100% minerals first, E, W, NA and no figure last', () => {
    const data = deriveTable(dataset, view({ dataYear: 2024, tableSort: { column: 'nir', descending: true } }));
    expect(data.rows).toHaveLength(50);
    const full = data.rows.filter((row) => row.row.nir?.kind === 'exact' && row.row.nir.value === 100);
    expect(full.map((row) => row.name).sort()).toEqual(
      ['Arsenic', 'Cesium', 'Fluorspar', 'Gallium', 'Graphite (natural)', 'Indium', 'Manganese', 'Niobium', 'Rubidium', 'Scandium', 'Tantalum', 'Yttrium'].sort(),
    );
    expect(data.rows.slice(0, 12)).toEqual(full);
    const isState = (row: (typeof data.rows)[number]) => row.row.nir === null || !['exact', 'bound'].includes(row.row.nir.kind);
    const firstState = data.rows.findIndex(isState);
    expect(firstState).toBeGreaterThan(12);
    expect(data.rows.slice(firstState).every(isState)).toBe(true);
    expect(data.rows.slice(firstState).map((row) => row.cells.nir)).toContain('no USGS figure');
    // Among the numbers, reliance never rises down the table.
    const keys = data.rows.slice(0, firstState).map((row) => sortKey(row.row.nir));
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
  });

  it('ascending keeps E, W, NA and no figure last', () => {
    const rows = deriveTable(dataset, view({ dataYear: 2024, tableSort: { column: 'nir', descending: false } })).rows;
    const states = rows.filter((row) => row.row.nir === null || !['exact', 'bound'].includes(row.row.nir.kind));
    expect(rows.slice(-states.length)).toEqual(states);
    expect(rows[0]?.row.nir?.kind).toMatch(/exact|bound/);
  });

  it('searching "gallium" gives 1 row, with its line, China’s share and its leading producer as printed', () => {
    const data = deriveTable(dataset, view({ dataYear: 2024, tableQuery: 'gallium' }));
    expect(data.rows.map((row) => row.id)).toEqual(['gallium']);
    expect(matchText(data)).toBe('1 of 50 minerals matches “gallium”');
    expect(data.rows[0]?.cells).toMatchObject({
      nir: '100%',
      level: '100%',
      'china-share': '18% (2021–24)',
      sources: 'Japan, China, Germany, Canada (2020–23)',
      control: 'gallium (2023)',
      producer: 'China, 99% of world production in 2024',
      source: 'MCS2025_Fig2_Net_Import_Reliance.csv, line 6',
    });
  });

  it('shows the revisions MCS 2026 made to 2024 values', () => {
    const rows = deriveTable(dataset, view({ dataYear: 2024 })).rows;
    const revised = Object.fromEntries(rows.filter((row) => row.row.revision).map((row) => [row.id, row.cells.revised]));
    expect(revised).toMatchObject({ neodymium: '53% (MCS 2026)', magnesium: '>50% (MCS 2026)', cobalt: '74% (MCS 2026)', vanadium: '46% (MCS 2026)' });
  });

  it('in every data year, the default order is the reliance order of every view, and equals NIR descending', () => {
    for (const { dataYear } of dataset.minerals.editions) {
      const data = deriveTable(dataset, view({ dataYear }));
      expect(data.rows.map((row) => row.id)).toEqual(rowsInView(dataset, view({ dataYear })).map((row) => row.id));
      expect(data.rows.map((row) => row.id)).toEqual(sorted(dataset, { column: 'nir', descending: true }, { dataYear }));
    }
  });
});
