import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportShares } from '../../../src/data/schema';
import { DEFAULT_VIEW, type View } from '../../../src/state/view';
import {
  axisPosition,
  deriveChinaExposure,
  drawnCount,
  exposureSentence,
  missingReason,
  shortName,
  xAxisTitle,
  yAxisTitle,
  type ChinaExposureData,
} from '../../../src/state/views/china-exposure';
import { loadCommittedDataset } from '../../committed-dataset';
import { makeDataset, makeMineral, makeRareEarths } from '../../factories';

const FIG3 = 'MCS2026_Fig3_Major_Import_Sources.csv';

function shares(entries: [country: string, printed: string][], note?: string): ImportShares {
  const source = { file: FIG3, edition: 'MCS2026', line: 10 };
  return {
    period: '2021–24',
    shares: entries.map(([country, printed], index) => ({
      country,
      percentPrinted: printed,
      percent: /^\d+$/.test(printed) ? Number(printed) : null,
      source: { ...source, line: source.line + index },
    })),
    source,
    ...(note ? { note } : {}),
  };
}

const control = (printed: string, year: string) => ({
  controlType: 'Export licensing requirement for materials and technologies',
  year,
  printed,
  source: { file: 'MCS2026_T4_Country_Export_Control.csv', edition: 'MCS2026', line: 15 },
});

const view: View = { ...DEFAULT_VIEW, activeView: 'china-exposure' };
const exposure = (data: ChinaExposureData, id: string) => data.rows.find((row) => row.row.id === id)!;
const markOf = (data: ChinaExposureData, id: string) => data.marks.find((mark) => mark.members.some((member) => member.row.id === id));

describe('deriveChinaExposure on factory data', () => {
  const dataset = makeDataset([
    makeMineral({ id: 'gallium', nir: { 2024: '100' }, importShares: shares([['Canada', '28'], ['China', '18']]), chinaExportControls: [control('gallium (2023)', '2023')] }),
    makeMineral({ id: 'barite', nir: { 2024: '>75' }, importShares: shares([['China', '<1'], ['India', '60']], 'Imports from Hong Kong are included with China.') }),
    makeMineral({ id: 'zirconium', nir: { 2024: '<25' }, importShares: shares([['China', '>99']]) }),
    makeMineral({ id: 'cesium', nir: { 2024: '100' }, importShares: null }),
    makeMineral({ id: 'manganese', nir: { 2024: '100' }, importShares: shares([['Gabon', '60'], ['South Africa', '40']]) }),
    makeMineral({ id: 'beryllium', nir: { 2024: 'E' }, importShares: shares([['China', '12']]) }),
    makeMineral({ id: 'hafnium', nir: {}, importShares: shares([['China', '30']]) }),
    makeMineral({ id: 'oddium', nir: { 2024: '40' }, importShares: shares([['China', 'W']]) }),
    makeRareEarths({ name: 'Rare earths' }),
    makeRareEarths({ id: 'cerium', name: 'Cerium', group: 'lanthanide', chinaExportControls: [control('rare earths (2025)', '2025')] }),
    makeRareEarths({ id: 'terbium', name: 'Terbium', group: 'lanthanide', chinaExportControls: [control('rare earths (2025)', '2025')] }),
  ]);
  const data = deriveChinaExposure(dataset, view);

  it('keeps every mineral in view: drawn or listed with its reason, none dropped', () => {
    const listed = data.missing.flatMap((group) => group.rows.map((row) => row.row.id));
    expect(data.rows).toHaveLength(10);
    expect(drawnCount(data) + listed.length).toBe(data.rows.length);
    expect(Object.fromEntries(data.missing.map((group) => [group.reason, group.rows.map((row) => row.row.id)]))).toEqual({
      'no-shares': ['cesium'],
      'china-not-listed': ['manganese'],
      'share-not-placeable': ['oddium'],
      'no-nir': ['beryllium', 'hafnium'],
    });
  });

  it('keeps a bound a bound on both axes, as printed', () => {
    const barite = markOf(data, 'barite')!;
    expect(barite.x).toEqual({ printed: '>75', value: 75, bound: '>' });
    expect(barite.y).toEqual({ printed: '<1', value: 1, bound: '<' });
    const zirconium = markOf(data, 'zirconium')!;
    expect(zirconium.x).toEqual({ printed: '<25', value: 25, bound: '<' });
    expect(zirconium.y).toEqual({ printed: '>99', value: 99, bound: '>' });
    expect(exposureSentence(exposure(data, 'barite'))).toContain('China <1% (under 1%) of U.S. imports, 2021–24 (Hong Kong included with China)');
  });

  it('says E and no figure in words, and China absent from the shares, never as zero', () => {
    expect(exposureSentence(exposure(data, 'beryllium'))).toBe('Beryllium: net exporter (printed E); China 12% of U.S. imports, 2021–24');
    expect(exposureSentence(exposure(data, 'hafnium'))).toContain('USGS prints no net import reliance figure');
    expect(exposureSentence(exposure(data, 'manganese'))).toContain('China not among the import shares printed (2021–24)');
    expect(exposureSentence(exposure(data, 'cesium'))).toContain('no import shares printed');
    expect(exposureSentence(exposure(data, 'oddium'))).toContain('China’s share of U.S. imports printed as “W”, 2021–24');
  });

  it('groups lanthanides on one point into one named mark, under the export control', () => {
    const rareEarths = markOf(data, 'cerium')!;
    expect(rareEarths.members.map((member) => member.row.id)).toEqual(['cerium', 'terbium']);
    expect(rareEarths.label).toBe('Rare earths (2 lanthanides)');
    expect(rareEarths.shortLabel).toBe('Rare earths (2)');
    expect(rareEarths.controlled).toBe(true);
    expect(data.marks.filter((mark) => mark.members.some((member) => member.row.group === 'lanthanide'))).toHaveLength(1);
  });

  it('marks a mineral under a Chinese export control, and names the axes with the data year and the period', () => {
    expect(markOf(data, 'gallium')?.controlled).toBe(true);
    expect(markOf(data, 'barite')?.controlled).toBe(false);
    expect(xAxisTitle(data)).toBe('Net import reliance, % of apparent consumption (data year 2024)');
    expect(yAxisTitle(data)).toBe("China's share of U.S. imports, % (2021–24)");
  });

  it('draws the rare-earths line itself when the lanthanides are grouped', () => {
    const grouped = deriveChinaExposure(dataset, { ...view, showLanthanides: false });
    expect(markOf(grouped, 'rare-earths')?.label).toBe('Rare earths');
    expect(markOf(grouped, 'cerium')).toBeUndefined();
  });
});

describe('axisPosition and shortName', () => {
  it('reads numbers and bounds, and nothing else', () => {
    expect(axisPosition('56')).toEqual({ printed: '56', value: 56, bound: null });
    expect(axisPosition('<1')).toEqual({ printed: '<1', value: 1, bound: '<' });
    expect(axisPosition('W')).toBeNull();
    expect(axisPosition('NA')).toBeNull();
    expect(axisPosition('120')).toBeNull();
  });

  it('shortens a name at a word for phones', () => {
    expect(shortName('Graphite (natural)')).toBe('Graphite');
    expect(shortName('Diamond (industrial), bort, grit, and dust and powder')).toBe('Diamond');
    expect(shortName('Gallium')).toBe('Gallium');
  });
});

describe('deriveChinaExposure on the committed data (data year 2024, 2022 list)', () => {
  const dataset = loadCommittedDataset();
  const data = deriveChinaExposure(dataset, view);
  const fig3Lines = readFileSync(join(process.cwd(), 'data/usgs', FIG3), 'utf8').split(/\r?\n/);

  it.each([
    ['antimony', '55'],
    ['gallium', '18'],
    ['bismuth', '56'],
    ['tungsten', '26'],
  ])('gives China’s share of %s imports as MCS2026_Fig3 prints it', (id, printed) => {
    const china = exposure(data, id).china;
    expect(china.kind).toBe('printed');
    if (china.kind !== 'printed') return;
    expect(china.printed).toBe(printed);
    expect(china.period).toBe('2021–24');
    expect(china.source.file).toBe(FIG3);
    // The line it cites is China's line for that mineral in the file.
    expect(fig3Lines[china.source.line - 1]).toMatch(new RegExp(`^MCS2026,${id},China,${printed},`, 'i'));
    expect(markOf(data, id)?.y.printed).toBe(printed);
  });

  it('marks gallium as under a Chinese export control, from MCS2026_T4 with its data date', () => {
    const gallium = exposure(data, 'gallium');
    expect(gallium.row.chinaExportControls.map((item) => item.printed)).toEqual(['gallium (2023)']);
    expect(markOf(data, 'gallium')?.controlled).toBe(true);
    expect(data.controls).toEqual({ file: 'MCS2026_T4_Country_Export_Control.csv', edition: 'MCS2026', dataThrough: 'November 21, 2025' });
  });

  it('lists the minerals without a China share instead of dropping them', () => {
    expect(data.rows).toHaveLength(50);
    const listed = data.missing.flatMap((group) => group.rows.map((row) => row.row.id));
    expect(drawnCount(data) + listed.length).toBe(50);
    const reasonOf = (id: string) => missingReason(exposure(data, id));
    expect(reasonOf('cesium'), 'Fig. 3 prints NA as cesium’s only source').toBe('no-shares');
    expect(reasonOf('iridium')).toBe('no-shares');
    expect(reasonOf('manganese')).toBe('china-not-listed');
    expect(reasonOf('beryllium')).toBe('china-not-listed');
    expect(listed).toContain('cesium');
    expect(listed).toContain('manganese');
  });

  it('puts the 14 lanthanides on one mark, with the rare-earths line’s values', () => {
    const rareEarths = markOf(data, 'cerium')!;
    expect(rareEarths.members).toHaveLength(14);
    expect(rareEarths.label).toBe('Rare earths (14 lanthanides)');
    expect(rareEarths.x.printed).toBe('80');
    expect(rareEarths.y.printed).toBe('71');
  });

  it('says where USGS counts Hong Kong with China', () => {
    expect(exposure(data, 'bismuth').hongKongIncluded).toBe(true);
    expect(exposure(data, 'antimony').hongKongIncluded).toBe(false);
    expect(data.hongKongNote).toBe('Imports from Hong Kong are included with China.');
  });
});
