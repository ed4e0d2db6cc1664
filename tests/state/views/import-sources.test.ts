import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chartNotes,
  chinaShareKey,
  deriveImportSources,
  drawnPercent,
  editionOrderText,
  readShare,
  shareLabel,
  type SourceBar,
} from '../../../src/state/views/import-sources';
import { DEFAULT_VIEW, type View } from '../../../src/state/view';
import type { ImportShares, Mineral } from '../../../src/data/schema';
import { loadCommittedDataset } from '../../committed-dataset';
import { makeDataset, makeFigure, makeMineral, makeRareEarths } from '../../factories';

const FIG3 = 'MCS2026_Fig3_Major_Import_Sources.csv';

/** Import shares as a factory would print them: [country, printed] in USGS order, lines from 2. */
function shares(printed: [string, string][], period = '2021–24'): ImportShares {
  const source = (line: number) => ({ file: FIG3, edition: 'MCS2026', line });
  return {
    period,
    shares: printed.map(([country, percentPrinted], index) => ({
      country,
      percentPrinted,
      percent: /^\d+$/.test(percentPrinted) ? Number(percentPrinted) : null,
      source: source(index + 2),
    })),
    source: source(2),
  };
}

const view = (changes: Partial<View> = {}): View => ({ ...DEFAULT_VIEW, ...changes });
const barOf = (bars: readonly SourceBar[], id: string) => {
  const bar = bars.find((candidate) => candidate.id === id);
  if (!bar) throw new Error(`no bar ${id}`);
  return bar;
};

describe('reading a printed share', () => {
  it('keeps "<1" a bound under 1, drawn as a sliver that takes no percent, never as 1 or 0', () => {
    expect(readShare('<1')).toEqual({ kind: 'under', bound: 1 });
    expect(drawnPercent(readShare('<1'))).toBe(0);
    expect(shareLabel({ country: 'Other countries', percentPrinted: '<1', form: readShare('<1') })).toBe('Other countries <1%');
    expect(readShare('55')).toEqual({ kind: 'exact', value: 55 });
    expect(readShare('>99')).toEqual({ kind: 'at-least', bound: 99 });
    expect(readShare('W')).toEqual({ kind: 'unreadable' });
    expect(shareLabel({ country: 'China', percentPrinted: 'W', form: readShare('W') })).toBe('China “W”');
  });
});

describe('deriveImportSources on factory data', () => {
  const dataset = makeDataset([
    makeMineral({ id: 'antimony', nir: { 2024: '85' }, importShares: shares([['China', '55'], ['Belgium', '12'], ['Thailand', '8'], ['India', '6'], ['Other', '19']]) }),
    makeMineral({ id: 'gallium', nir: { 2024: '100' }, importShares: shares([['Canada', '28'], ['Japan', '22'], ['China', '18'], ['Germany', '16'], ['Other', '16']]) }),
    makeMineral({ id: 'shortium', nir: { 2024: '60' }, importShares: shares([['Canada', '50'], ['Mexico', '42']]) }),
    makeMineral({ id: 'slivium', nir: { 2024: '40' }, importShares: shares([['Brazil', '99'], ['China', '<1']]) }),
    makeMineral({ id: 'nochina', nir: { 2024: '95' }, importShares: shares([['Canada', '80'], ['Other countries', '20']]) }),
    makeMineral({ id: 'cesium', nir: { 2024: '100' }, importShares: null, note: 'Fig. 3 prints NA.' }),
  ]);

  it('keeps USGS order, China in its own tone wherever it stands, other countries alternating, "Other" as printed', () => {
    const { bars } = deriveImportSources(dataset, view());
    const gallium = barOf(bars, 'gallium');
    expect(gallium.segments.map((segment) => [segment.rank, segment.country, segment.percentPrinted, segment.tone])).toEqual([
      [1, 'Canada', '28', 'source-1'],
      [2, 'Japan', '22', 'source-2'],
      [3, 'China', '18', 'china'],
      [4, 'Germany', '16', 'source-1'],
      [5, 'Other', '16', 'other'],
    ]);
    expect(barOf(bars, 'nochina').segments.map((segment) => segment.tone)).toEqual(['source-1', 'other']);
  });

  it('does not rescale: shares summing to 92 make a bar of 92 with the rest empty, and a note says so', () => {
    const data = deriveImportSources(dataset, view());
    expect(barOf(data.bars, 'shortium').printedTotal).toBe(92);
    expect(data.scaleMax).toBe(100);
    expect(chartNotes(data)).toContain('Printed shares sum to less than 100 for Shortium (92), Slivium (99 + “<1”).');
  });

  it('keeps China’s "<1" as printed and says how it is drawn', () => {
    const data = deriveImportSources(dataset, view());
    const slivium = barOf(data.bars, 'slivium');
    expect(slivium.china).toMatchObject({ percentPrinted: '<1', form: { kind: 'under', bound: 1 } });
    expect(slivium.printedTotal).toBe(99);
    expect(chinaShareKey(slivium)).toBe(0.5);
    expect(chartNotes(data).join(' ')).toContain('A “<1” share is under 1%: drawn as a thin sliver (not to scale, never as 1 or 0) and labelled “<1”.');
  });

  it('lists a mineral without shares in words and counts it, never dropping it', () => {
    const data = deriveImportSources(dataset, view());
    expect(data.bars.map((bar) => bar.id)).not.toContain('cesium');
    expect(data.withoutShares).toEqual([{ id: 'cesium', name: 'Cesium', memberIds: ['cesium'], members: [{ id: 'cesium', name: 'Cesium' }], note: 'Fig. 3 prints NA.' }]);
    expect(data.mineralCount).toBe(6);
  });

  it('sorts by reliance, or by China’s share with "<1" by its bound and minerals without China after', () => {
    expect(deriveImportSources(dataset, view()).bars.map((bar) => bar.id)).toEqual(['gallium', 'nochina', 'antimony', 'shortium', 'slivium']);
    expect(deriveImportSources(dataset, view({ sourceSort: 'china-share' })).bars.map((bar) => bar.id)).toEqual([
      'antimony',
      'gallium',
      'slivium',
      'nochina',
      'shortium',
    ]);
  });

  it('lists the selected mineral’s major import sources in each edition, oldest first', () => {
    const mineral = makeMineral({
      id: 'gallium',
      importShares: shares([['Canada', '100']]),
      figures: [
        makeFigure({ dataYear: 2024, importSources: ['Japan', 'China'], importSourcesPeriod: '2020–23' }),
        makeFigure({ dataYear: 2023, importSources: ['China', 'Japan'], importSourcesPeriod: '2019–22' }),
        makeFigure({ dataYear: 2025, importSources: [], importSourcesPeriod: '' }),
      ],
    });
    const data = deriveImportSources(makeDataset([mineral]), view({ mineralId: 'gallium' }));
    expect(data.selectedId).toBe('gallium');
    expect(data.selected?.editions.map((edition) => [edition.dataYear, edition.period, edition.sources])).toEqual([
      [2023, '2019–22', ['China', 'Japan']],
      [2024, '2020–23', ['Japan', 'China']],
      [2025, '', []],
    ]);
    expect(editionOrderText(data.selected!)).toBe(
      'Major import sources of Gallium by edition, in USGS order: 2023 (MCS 2024, 2019–22): China, Japan; 2024 (MCS 2025, 2020–23): Japan, China; 2025 (MCS 2026): none printed.',
    );
    expect(deriveImportSources(makeDataset([mineral]), view()).selected).toBeNull();
  });
});

describe('the lanthanides', () => {
  const reShares = shares([['China', '71'], ['Malaysia', '13'], ['Japan', '5'], ['Estonia', '5'], ['Other', '6']]);
  const lanthanide = (id: string, importShares: ImportShares | null = reShares): Mineral =>
    makeMineral({ id, group: 'lanthanide', nir: { 2024: '80' }, importShares });
  const line = makeRareEarths({ name: 'Rare earths', importShares: reShares });

  it('draws lanthanides carrying one line’s shares as one "Rare earths (N lanthanides)" bar, counting each', () => {
    const dataset = makeDataset([line, lanthanide('cerium'), lanthanide('terbium'), lanthanide('yttrium-like'), makeMineral({ id: 'gallium', importShares: shares([['Canada', '100']]) })]);
    const data = deriveImportSources(dataset, view({ mineralId: 'terbium' }));
    expect(data.bars.map((bar) => [bar.id, bar.name])).toEqual([
      ['gallium', 'Gallium'],
      ['rare-earths', 'Rare earths (3 lanthanides)'],
    ]);
    expect(barOf(data.bars, 'rare-earths').memberIds).toEqual(['rare-earths', 'cerium', 'terbium', 'yttrium-like']);
    expect(data.mineralCount).toBe(4);
    expect(data.lanthanidesGrouped).toBe(3);
    expect(data.selectedId, 'a selected lanthanide highlights the grouped bar').toBe('rare-earths');
    expect(chartNotes(data)).toContain('The 3 lanthanides carry the rare-earths line’s shares, so they are drawn as one bar and counted as 3 minerals.');
  });

  it('keeps them apart if their shares ever differ', () => {
    const other = shares([['China', '60'], ['Other', '40']]);
    const data = deriveImportSources(makeDataset([line, lanthanide('cerium'), lanthanide('terbium', other)]), view());
    expect(data.bars.map((bar) => bar.id)).toEqual(['cerium', 'terbium']);
    expect(data.lanthanidesGrouped).toBe(0);
  });
});

describe('deriveImportSources on the committed data', () => {
  const dataset = loadCommittedDataset();
  const fig3Lines = readFileSync(join(process.cwd(), 'data/usgs', FIG3), 'utf8').split(/\r?\n/);

  it.each([
    ['antimony', '55', 2],
    ['gallium', '18', 32],
    ['bismuth', '56', 126],
    ['tungsten', '26', 93],
  ])('gives China’s share of %s imports as printed in Fig. 3', (id, printed, line) => {
    const data = deriveImportSources(dataset, view());
    const china = barOf(data.bars, id).china;
    expect(china).toMatchObject({ percentPrinted: printed, source: { file: FIG3, line } });
    const [, commodity, country, percent] = fig3Lines[line - 1]!.split(',');
    expect([commodity!.toLowerCase(), country, percent]).toEqual([id, 'China', printed]);
  });

  it('keeps vermiculite’s "Other countries <1" as printed (all commodities)', () => {
    const data = deriveImportSources(dataset, view({ scope: 'all' }));
    const vermiculite = barOf(data.bars, 'vermiculite');
    expect(vermiculite.segments.at(-1)).toMatchObject({ country: 'Other countries', percentPrinted: '<1', form: { kind: 'under', bound: 1 } });
    expect(vermiculite.printedTotal).toBe(100);
    expect(vermiculite.china).toBeNull();
  });

  it('groups the 14 lanthanides into one rare-earths bar of China 71, and still counts the 50 minerals of the 2022 list', () => {
    const data = deriveImportSources(dataset, view());
    expect(data.mineralCount).toBe(50);
    expect(data.lanthanidesGrouped).toBe(14);
    expect(data.bars.filter((bar) => bar.name.startsWith('Rare earths'))).toHaveLength(1);
    expect(barOf(data.bars, 'rare-earths')).toMatchObject({ name: 'Rare earths (14 lanthanides)', china: { percentPrinted: '71' } });
    expect(data.bars.length + data.withoutShares.length + 14 - 1).toBe(50);
    expect(data.sharePeriods).toEqual(['2021–24']);
  });

  it('lists the 2022-list minerals with no shares printed in words', () => {
    const data = deriveImportSources(dataset, view());
    expect(data.withoutShares.map((entry) => entry.id).sort()).toEqual(['cesium', 'hafnium', 'iridium', 'rhodium', 'rubidium', 'ruthenium']);
  });

  it('sorts by China’s share: rare earths 71, yttrium 70, bismuth 56, antimony 55 first; minerals without China after every share', () => {
    const { bars } = deriveImportSources(dataset, view({ sourceSort: 'china-share' }));
    expect(bars.slice(0, 4).map((bar) => `${bar.id} ${bar.china?.percentPrinted}`)).toEqual(['rare-earths 71', 'yttrium 70', 'bismuth 56', 'antimony 55']);
    const keys = bars.map(chinaShareKey);
    const firstWithout = keys.indexOf(null);
    expect(firstWithout).toBeGreaterThan(0);
    expect(keys.slice(firstWithout).every((key) => key === null)).toBe(true);
    const withChina = keys.slice(0, firstWithout) as number[];
    expect(withChina).toEqual([...withChina].sort((a, b) => b - a));
  });

  it('gives gallium’s major import sources in each edition as data/minerals.json prints them, oldest first', () => {
    const raw = JSON.parse(readFileSync(join(process.cwd(), 'data/minerals.json'), 'utf8')) as { minerals: Mineral[] };
    const figures = raw.minerals.find((mineral) => mineral.id === 'gallium')!.figures;
    const { selected } = deriveImportSources(dataset, view({ mineralId: 'gallium' }));
    const byYear = Object.fromEntries(selected!.editions.map((edition) => [edition.dataYear, edition.sources]));
    expect(byYear[2023]).toEqual(['Japan', 'China', 'Germany', 'Canada']);
    expect(byYear[2025]).toEqual(['Canada', 'Japan', 'China', 'Germany']);
    expect(selected!.editions.map((edition) => [edition.edition, edition.period, edition.sources])).toEqual(
      [...figures].sort((a, b) => a.dataYear - b.dataYear).map((figure) => [figure.edition, figure.importSourcesPeriod, figure.importSources]),
    );
  });
});
