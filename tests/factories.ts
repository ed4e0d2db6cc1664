import { parseNir } from '../src/data/pipeline/nir';
import type { Claim, Dataset, EditionFigure, Mineral } from '../src/data/schema';
import type { DataYear } from '../src/data/schema';

/** USGS names an edition after the year it is published, the year after its data year. */
const editionOf = (dataYear: DataYear): string => `MCS${dataYear + 1}`;

export function makeFigure(overrides: Partial<EditionFigure> & { printed?: string } = {}): EditionFigure {
  const { printed = '85', ...rest } = overrides;
  const dataYear = rest.dataYear ?? 2024;
  const edition = editionOf(dataYear);
  return {
    edition,
    dataYear,
    usgsName: 'TEST LINE',
    nir: parseNir(printed),
    nirSource: { file: `${edition}_Fig2_Net_Import_Reliance.csv`, edition, line: 2 },
    importSources: ['China', 'Canada'],
    importSourcesPeriod: '2020–23',
    importSourcesSource: { file: `${edition}_Fig2_Net_Import_Reliance.csv`, edition, line: 2 },
    ...rest,
  };
}

/** A mineral with one figure per data year: `nir` maps data year to the printed value; a missing year has no figure. */
export function makeMineral(overrides: Partial<Mineral> & { nir?: Partial<Record<DataYear, string>> } = {}): Mineral {
  const { nir = { 2024: '85' }, ...rest } = overrides;
  const id = rest.id ?? 'testium';
  return {
    id,
    name: id.charAt(0).toUpperCase() + id.slice(1),
    group: 'single',
    usgsLine: id.toUpperCase(),
    criticalLists: ['2022', '2025'],
    note: '',
    figures: Object.entries(nir).map(([year, printed]) => makeFigure({ dataYear: Number(year) as DataYear, printed })),
    importShares: null,
    nirSeries: [],
    worldProduction: [],
    chinaExportControls: [],
    otherExportControls: [],
    endUses: [],
    ...rest,
  };
}

export function makeClaim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: 'full-reliance',
    measure: 'count-at-100',
    figure: '12',
    value: 12,
    quote: 'as of 2024, the United States was 100 percent net-import reliant for 12 critical minerals',
    saidBy: 'The White House',
    rule: 'Count the 2022 list at 100%.',
    usgsQuote: null,
    ...overrides,
  };
}

export function makeDataset(minerals: Mineral[], claims: Claim[] = [makeClaim()]): Dataset {
  return {
    minerals: {
      schemaVersion: 2,
      generated: { by: 'tests/factories.ts', from: [] },
      editions: [
        { edition: 'MCS2023', dataYear: 2022, title: 'Mineral Commodity Summaries 2023', published: '2023-01-31', importSourcesPeriod: '2018–21', doi: null, reportUrl: '', files: [] },
        { edition: 'MCS2024', dataYear: 2023, title: 'Mineral Commodity Summaries 2024', published: '2024-01', importSourcesPeriod: '2019–22', doi: null, reportUrl: '', files: [] },
        { edition: 'MCS2025', dataYear: 2024, title: 'Mineral Commodity Summaries 2025', published: '2025-01-31', importSourcesPeriod: '2020–23', doi: null, reportUrl: '', files: [] },
        { edition: 'MCS2026', dataYear: 2025, title: 'Mineral Commodity Summaries 2026', published: '2026-02-06', importSourcesPeriod: '2021–24', doi: '10.5066/P1WKQ63T', reportUrl: '', files: [] },
      ],
      lists: [],
      minerals,
      exportControls: [],
      timeline: [],
    },
    claims: {
      schemaVersion: 2,
      article: { title: 'Test article', date: '2026-01-19', file: 'shared/article.txt' },
      claims,
    },
  };
}

/** The rare-earths line with China's share of imports as MCS2026_Fig3 prints it (71%, 2021–24). */
export function makeRareEarths(overrides: Partial<Mineral> = {}): Mineral {
  const source = { file: 'MCS2026_Fig3_Major_Import_Sources.csv', edition: 'MCS2026' as const, line: 71 };
  return makeMineral({
    id: 'rare-earths',
    name: 'Rare earths',
    group: 'rare-earths',
    nir: { 2024: '80' },
    importShares: { period: '2021–24', shares: [{ country: 'China', percentPrinted: '71', percent: 71, source }], source },
    ...overrides,
  });
}

/** The article's 56%, with the 70% USGS prints for 2020–23. */
export function makeChinaClaim(): Claim {
  return makeClaim({
    id: 'china',
    measure: 'china-share-rare-earths',
    figure: '56%',
    value: 56,
    usgsQuote: { text: 'China, 70%', value: 70, period: '2020–23', source: 'MCS 2025, Rare Earths chapter' },
  });
}
