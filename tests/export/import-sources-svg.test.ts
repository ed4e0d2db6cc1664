import { describe, expect, it } from 'vitest';
import { importSourcesView } from '../../src/components/views/import-sources';
import { toCsv } from '../../src/export/csv';
import { exportMeta } from '../../src/export/export-meta';
import { ImportSourcesExportRowSchema } from '../../src/export/views/import-sources-rows';
import { DEFAULT_VIEW, type View } from '../../src/state/view';
import type { Dataset } from '../../src/data/schema';
import { loadCommittedDataset } from '../committed-dataset';
import { makeDataset, makeMineral } from '../factories';
import { importSourcesFiles } from '../../src/export/views/import-sources-svg';

const dataset = loadCommittedDataset();
const LINK = 'https://example.org/minerals/?view=import-sources&sort=china';
const DATE = new Date(2026, 10, 27);

function build(data: Dataset, view: View) {
  const derived = importSourcesView.derive(data, view);
  const text = importSourcesView.text(derived, data, view);
  const meta = exportMeta(text, { link: LINK, date: DATE });
  return { derived, text, svg: importSourcesFiles.svg(derived, meta).svg };
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('import-sources image', () => {
  const view: View = { ...DEFAULT_VIEW, activeView: 'import-sources', sourceSort: 'china-share', mineralId: 'gallium' };

  it('is well-formed and stands on its own: title, subtitle, legend, bars, notes, source, date and link', () => {
    const { svg, derived } = build(dataset, view);
    const document = parse(svg);
    expect(document.querySelector('parsererror')).toBeNull();
    // Wrapped lines are separate <text> elements: read them as one run of words.
    const text = (document.documentElement.textContent ?? '').replace(/\s+/g, ' ');
    expect(document.querySelector('title')?.textContent).toBe('Where U.S. imports of critical minerals come from');
    expect(text).toContain('Import shares 2021–24 (MCS 2026), as printed · Data year 2024 (MCS 2025) · 2022 critical list · all levels');
    expect(text).toContain('sorted by China’s share of imports · 50 minerals');
    for (const label of ['China (wherever it is in USGS order)', 'Other countries named by USGS (alternating greys)', '“Other” as printed']) {
      expect(text).toContain(label);
    }
    expect(text).toContain(
      'Source: U.S. Geological Survey, Mineral Commodity Summaries 2026 (MCS2026_Commodities_Data.csv, MCS2026_Fig3_Major_Import_Sources.csv); data release doi:10.5066/P1WKQ63T.',
    );
    expect(text).toContain('Levels and reliance order: MCS 2025 (MCS2025_Fig2_Net_Import_Reliance.csv');
    expect(text).toContain('Exported 2026-11-27');
    expect(document.querySelector('a')?.getAttribute('href')).toBe(LINK);
    expect(svg).not.toMatch(/\bid="/);

    const bars = [...document.querySelectorAll('g[data-mineral]')];
    expect(bars.map((bar) => bar.getAttribute('data-mineral'))).toEqual(derived.bars.map((bar) => bar.id));
    expect(bars[0]?.getAttribute('data-mineral')).toBe('rare-earths');
    const antimony = document.querySelector('g[data-mineral="antimony"]')!;
    expect(antimony.querySelector('title')?.textContent).toBe('Antimony: China 55%, Belgium 12%, Thailand 8%, India 6%, Other 19% (imports 2021–24, USGS order)');
    expect([...antimony.querySelectorAll('text')].map((node) => node.textContent)).toContain('China 55%');
    expect(document.querySelector('g[data-mineral="manganese"]')?.textContent).toContain('China not listed');

    expect(text).toContain('USGS prints no import shares for Cesium, Rubidium, Hafnium, Iridium, Rhodium, Ruthenium: not drawn.');
    expect(text).toContain('The 14 lanthanides carry the rare-earths line’s shares');
    expect(text).toContain('Major import sources of Gallium by edition, in USGS order:');
    expect(text).toContain('2025 (MCS 2026, 2021–24): Canada, Japan, China, Germany');
  });

  it('gives the same bytes for the same view', () => {
    expect(build(dataset, view).svg).toBe(build(dataset, view).svg);
  });

  it('draws vermiculite’s "<1" as a thin sliver labelled "<1", and says so in the legend', () => {
    const { svg } = build(dataset, { ...view, scope: 'all', mineralId: null });
    const document = parse(svg);
    const vermiculite = document.querySelector('g[data-mineral="vermiculite"]')!;
    const sliver = vermiculite.querySelector('rect[data-share="<1"]')!;
    expect(sliver.getAttribute('data-country')).toBe('Other countries');
    expect(sliver.getAttribute('width')).toBe('3');
    expect([...vermiculite.querySelectorAll('text')].map((node) => node.textContent)).toContain('<1');
    expect(document.documentElement.textContent).toContain('“<1”: under 1%, a 3 px sliver (not to scale), labelled “<1”');
  });

  it('leaves the rest of a bar whose printed shares sum under 100 empty, never rescaled', () => {
    const source = { file: 'MCS2026_Fig3_Major_Import_Sources.csv', edition: 'MCS2026', line: 2 };
    const short = makeMineral({
      id: 'shortium',
      importShares: {
        period: '2021–24',
        source,
        shares: [
          { country: 'China', percentPrinted: '50', percent: 50, source },
          { country: 'Other', percentPrinted: '25', percent: 25, source: { ...source, line: 3 } },
        ],
      },
    });
    const document = parse(build(makeDataset([short]), DEFAULT_VIEW).svg);
    const bar = document.querySelector('g[data-mineral="shortium"]')!;
    const [track, china, other] = [...bar.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('width')));
    expect(china! + other!).toBeCloseTo(track! * 0.75, 1);
    expect(document.documentElement.textContent).toContain('Printed shares sum to less than 100 for Shortium (75).');
  });

  it('escapes text so a name cannot break the XML', () => {
    const source = { file: 'MCS2026_Fig3_Major_Import_Sources.csv', edition: 'MCS2026', line: 2 };
    const hostile = makeMineral({
      id: 'hostile',
      name: 'Rock & <roll> "quoted"',
      importShares: { period: '2021–24', source, shares: [{ country: 'A&B <Land>', percentPrinted: '100', percent: 100, source }] },
    });
    const { svg } = build(makeDataset([hostile]), DEFAULT_VIEW);
    expect(parse(svg).querySelector('parsererror')).toBeNull();
    expect(svg).toContain('Rock &amp; &lt;roll&gt; &quot;quoted&quot;');
    expect(svg).toContain('data-country="A&amp;B &lt;Land&gt;"');
  });
});

describe('import-sources CSV', () => {
  const derived = importSourcesView.derive(dataset, DEFAULT_VIEW);
  const rows = importSourcesFiles.exportRows(derived);

  it('has the documented columns, and every row fits the schema', () => {
    expect(importSourcesFiles.columns).toEqual(['mineral', 'mineral_id', 'rank', 'country', 'share_pct_printed', 'period', 'is_china', 'source']);
    for (const row of rows) ImportSourcesExportRowSchema.parse(row);
  });

  it('gives one row per mineral and country in USGS order, with file and line', () => {
    expect(rows.filter((row) => row.mineral_id === 'gallium')).toEqual([
      { mineral: 'Gallium', mineral_id: 'gallium', rank: 1, country: 'Canada', share_pct_printed: '28', period: '2021–24', is_china: 'no', source: 'USGS MCS2026_Fig3_Major_Import_Sources.csv, line 30' },
      { mineral: 'Gallium', mineral_id: 'gallium', rank: 2, country: 'Japan', share_pct_printed: '22', period: '2021–24', is_china: 'no', source: 'USGS MCS2026_Fig3_Major_Import_Sources.csv, line 31' },
      { mineral: 'Gallium', mineral_id: 'gallium', rank: 3, country: 'China', share_pct_printed: '18', period: '2021–24', is_china: 'yes', source: 'USGS MCS2026_Fig3_Major_Import_Sources.csv, line 32' },
      { mineral: 'Gallium', mineral_id: 'gallium', rank: 4, country: 'Germany', share_pct_printed: '16', period: '2021–24', is_china: 'no', source: 'USGS MCS2026_Fig3_Major_Import_Sources.csv, line 33' },
      { mineral: 'Gallium', mineral_id: 'gallium', rank: 5, country: 'Other', share_pct_printed: '16', period: '2021–24', is_china: 'no', source: 'USGS MCS2026_Fig3_Major_Import_Sources.csv, line 34' },
    ]);
    // The grouped bar's 14 lanthanides each keep their rows, so every mineral in view can be joined on mineral_id.
    expect(new Set(rows.map((row) => row.mineral_id)).size).toBe(importSourcesView.count(importSourcesView.derive(dataset, DEFAULT_VIEW)));
    expect(rows.filter((row) => row.mineral_id === 'neodymium').map((row) => [row.mineral, row.country, row.share_pct_printed])).toEqual([
      ['Neodymium', 'China', '71'],
      ['Neodymium', 'Malaysia', '13'],
      ['Neodymium', 'Japan', '5'],
      ['Neodymium', 'Estonia', '5'],
      ['Neodymium', 'Other', '6'],
    ]);
  });

  it('keeps a mineral without shares as one row with empty country and share', () => {
    expect(rows.filter((row) => row.mineral_id === 'cesium')).toEqual([
      { mineral: 'Cesium', mineral_id: 'cesium', rank: null, country: '', share_pct_printed: '', period: '', is_china: '', source: 'USGS prints no import shares for this mineral' },
    ]);
    const csv = toCsv(importSourcesFiles.columns, rows).split('\r\n');
    expect(csv[0]).toBe('\uFEFFmineral,mineral_id,rank,country,share_pct_printed,period,is_china,source');
    expect(csv).toContain('Cesium,cesium,,,,,,USGS prints no import shares for this mineral');
    expect(csv).toContain('Bismuth,bismuth,1,China,56,2021–24,yes,"USGS MCS2026_Fig3_Major_Import_Sources.csv, line 126"');
  });

  it('writes vermiculite’s "<1" as printed', () => {
    const all = importSourcesFiles.exportRows(importSourcesView.derive(dataset, { ...DEFAULT_VIEW, scope: 'all' }));
    expect(all.find((row) => row.mineral_id === 'vermiculite' && row.rank === 5)).toMatchObject({ country: 'Other countries', share_pct_printed: '<1', is_china: 'no' });
  });
});
