import { describe, expect, it } from 'vitest';
import type { EndUse, NirSeriesPoint, OtherExportControl, WorldProduction } from '../../src/data/schema';
import { parseNir } from '../../src/data/pipeline/nir';
import { chinaShareText, controlYear, listsText, mineralPage } from '../../src/state/mineral-page';
import { makeDataset, makeFigure, makeMineral, makeRareEarths } from '../factories';

const seriesPoint = (year: number, printed: string, line: number): NirSeriesPoint => ({
  year,
  nir: parseNir(printed),
  source: { file: 'MCS2026_Commodities_Data.csv', edition: 'MCS2026', line },
});

const endUse = (edition: 'MCS2023' | 'MCS2024' | 'MCS2026', uses: string, note = ''): EndUse => ({
  edition,
  uses,
  note,
  source: { file: `${edition}_T4_Critical_Minerals_End_Use.csv`, edition, line: 17 },
});

const production = (edition: 'MCS2025' | 'MCS2026', dataYear: 2024 | 2025, leadingSharePrinted: string): WorldProduction => ({
  edition,
  dataYear,
  leadingCountry: 'China',
  leadingCountryProductionPrinted: '750',
  leadingSharePrinted,
  leadingShare: Number(leadingSharePrinted),
  worldTotalPrinted: '760',
  note: '',
  source: { file: `${edition}_T5_Critical_Minerals_Salient.csv`, edition, line: 11 },
});

const indonesia: OtherExportControl = {
  country: 'Indonesia',
  controlType: 'Export ban',
  printed: 'Bauxite (2023), copper concentrates (2023), and nickel ore (2020).',
  matched: 'nickel',
  source: { file: 'MCS2026_T4_Country_Export_Control.csv', edition: 'MCS2026', line: 4 },
};

describe('mineralPage', () => {
  const rareEarths = makeRareEarths({
    figures: [makeFigure({ dataYear: 2023, printed: '>95' }), makeFigure({ dataYear: 2024, printed: '80' })],
    nirSeries: [seriesPoint(2023, '>90', 10), seriesPoint(2024, '53', 11), seriesPoint(2025, 'E', 12)],
    worldProduction: [production('MCS2025', 2024, '69'), production('MCS2026', 2025, '70')],
    endUses: [endUse('MCS2023', 'Catalysts.', 'Included in the Rare Earths chapter in this publication.'), endUse('MCS2026', 'Magnets.')],
  });
  const dataset = makeDataset([rareEarths, makeMineral({ id: 'nickel', otherExportControls: [indonesia] })]);

  it('gives nothing when no mineral, or an unknown one, is selected', () => {
    expect(mineralPage(dataset, null, 2024)).toBeNull();
    expect(mineralPage(dataset, 'unobtainium', 2024)).toBeNull();
  });

  it('lists every year with a first-published figure or a revised value, as printed, oldest first', () => {
    const page = mineralPage(dataset, 'rare-earths', 2024)!;
    expect(
      page.nirYears.map((row) => [row.year, row.firstPublished?.nir.printed ?? null, row.firstPublished?.edition ?? null, row.revised?.nir.printed ?? null]),
    ).toEqual([
      [2023, '>95', 'MCS2024', '>90'],
      [2024, '80', 'MCS2025', '53'],
      [2025, null, null, 'E'],
    ]);
    // A bound stays a bound, E stays a state: nothing turned into a number.
    expect(page.nirYears[0]!.firstPublished!.nir).toEqual({ kind: 'bound', printed: '>95', bound: '>', value: 95 });
    expect(page.nirYears[2]!.revised!.nir).toEqual({ kind: 'exporter', printed: 'E' });
  });

  it('keeps the line as printed, the revision and the year in view', () => {
    const page = mineralPage(dataset, 'rare-earths', 2024)!;
    expect(page.nirYears.map((row) => row.usgsName)).toEqual(['TEST LINE', 'TEST LINE', null]);
    expect(page.nirYears.map((row) => row.revision)).toEqual([true, true, false]);
    expect(page.nirYears.filter((row) => row.inView).map((row) => row.year)).toEqual([2024]);
    expect(page.nirYears[1]!.firstPublished!.source).toEqual({ file: 'MCS2025_Fig2_Net_Import_Reliance.csv', edition: 'MCS2025', line: 2 });
  });

  it('takes the revised series’ edition from its points, and none without a series', () => {
    expect(mineralPage(dataset, 'rare-earths', 2024)!.revisedEdition).toBe('MCS2026');
    expect(mineralPage(dataset, 'nickel', 2024)!.revisedEdition).toBeNull();
  });

  it('puts the latest edition first for world production and end uses', () => {
    const page = mineralPage(dataset, 'rare-earths', 2024)!;
    expect(page.worldProduction.map((entry) => entry.edition)).toEqual(['MCS2026', 'MCS2025']);
    expect(page.endUses.map((entry) => [entry.edition, entry.uses])).toEqual([
      ['MCS2026', 'Magnets.'],
      ['MCS2023', 'Catalysts.'],
    ]);
  });

  it('calls out China’s share of imports', () => {
    expect(mineralPage(dataset, 'rare-earths', 2024)!.chinaShare).toBe('China: 71% of U.S. imports, 2021–24');
  });

  it('gives each other country’s control the year printed after the words that name the mineral', () => {
    const [control] = mineralPage(dataset, 'nickel', 2024)!.otherControls;
    expect(control).toMatchObject({ country: 'Indonesia', matched: 'nickel', year: '2020', printed: indonesia.printed });
  });

  it('names the lists the mineral is on, from the dataset where it names them', () => {
    const named = makeDataset([makeMineral({ criticalLists: ['2025'] })]);
    named.minerals.lists = [{ id: '2025', name: '2025 Final List of Critical Minerals', count: 60, source: 'Federal Register' }];
    expect(listsText(mineralPage(named, 'testium', 2024)!.lists)).toBe('On the 2025 Final List of Critical Minerals.');
    expect(listsText(mineralPage(dataset, 'nickel', 2024)!.lists)).toBe('On the 2022 list and the 2025 list.');
    expect(listsText([])).toBe('Not on a critical-minerals list.');
  });
});

describe('chinaShareText', () => {
  const source = { file: 'MCS2026_Fig3_Major_Import_Sources.csv', edition: 'MCS2026', line: 30 };
  const shares = (...rows: Array<[string, string]>) => ({
    period: '2021–24',
    shares: rows.map(([country, percentPrinted]) => ({ country, percentPrinted, percent: Number(percentPrinted) || null, source })),
    source,
  });

  it('keeps a printed bound as printed', () => {
    expect(chinaShareText(shares(['Canada', '90'], ['China', '<1']))).toBe('China: <1% of U.S. imports, 2021–24');
  });

  it('says so when China is not among the shares, and gives nothing when none are printed', () => {
    expect(chinaShareText(shares(['Canada', '44'], ['Other', '56']))).toBe('China not among the import shares printed');
    expect(chinaShareText(null)).toBeNull();
  });
});

describe('controlYear', () => {
  it.each([
    { printed: 'Bauxite (2023), copper concentrates (2023), and nickel ore (2020).', matched: 'nickel', year: '2020' },
    { printed: 'Bauxite (2023), copper concentrates (2023), and nickel ore (2020).', matched: 'bauxite', year: '2023' },
    { printed: 'Raw minerals, including copper, gold, iron, nickel, potassium, silver, and zinc (2024).', matched: 'nickel', year: '2024' },
    { printed: 'Copper (refined and alloys) and aluminum ingots (2025).', matched: 'copper', year: '2025' },
  ])('reads $year after “$matched” in the cell as printed', ({ printed, matched, year }) => {
    expect(controlYear(printed, matched)).toBe(year);
  });

  it('gives null where the cell prints no year after the words, or does not hold them', () => {
    expect(controlYear('Raw diamonds.', 'diamonds')).toBeNull();
    expect(controlYear('Lithium ore (2022).', 'cobalt')).toBeNull();
  });
});
