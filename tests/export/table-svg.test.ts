import { describe, expect, it } from 'vitest';
import { tableView } from '../../src/components/views/table';
import { toCsv } from '../../src/export/csv';
import { exportMeta } from '../../src/export/export-meta';
import { TableExportRowSchema } from '../../src/export/views/table-rows';
import { DEFAULT_VIEW, type View } from '../../src/state/view';
import type { Dataset } from '../../src/data/schema';
import { loadCommittedDataset } from '../committed-dataset';
import { makeDataset, makeMineral } from '../factories';
import { tableFiles } from '../../src/export/views/table-svg';

const dataset = loadCommittedDataset();
const LINK = 'https://example.org/minerals/?view=table&order=china-share-desc&q=ga';
const DATE = new Date(2026, 10, 27);

function build(data: Dataset, view: View) {
  const derived = tableView.derive(data, view);
  const text = tableView.text(derived, data, view);
  const meta = exportMeta(text, { link: LINK, date: DATE });
  return { derived, text, svg: tableFiles.svg(derived, meta).svg };
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const cellsOf = (group: Element) => [...group.querySelectorAll('text')].map((node) => node.textContent);

describe('table image', () => {
  const view: View = { ...DEFAULT_VIEW, activeView: 'table', tableSort: { column: 'china-share', descending: true }, tableQuery: 'ga' };

  it('is well-formed and stands on its own: title, subtitle with the order and the search, legend, rows, notes, source, date and link', () => {
    const { svg, derived } = build(dataset, view);
    const document = parse(svg);
    expect(document.querySelector('parsererror')).toBeNull();
    const text = (document.documentElement.textContent ?? '').replace(/\s+/g, ' ');
    expect(document.querySelector('title')?.textContent).toBe('U.S. net import reliance on critical minerals: the table');
    expect(text).toContain('Data year 2024 (MCS 2025) · 2022 critical list · all levels · sorted by China’s share of imports, highest first');
    expect(text).toContain(`${derived.rows.length} of 50 minerals match “ga”`);
    // The legend: the levels of the rows shown, and only those.
    const legend = [...document.querySelectorAll('svg > text')].map((node) => node.textContent);
    expect(legend).toEqual(expect.arrayContaining(['100%', '75–99%', 'Under 25%']));
    expect(text).not.toContain('Not available: NA, W or no USGS figure');
    expect(text).toContain('Source: U.S. Geological Survey, Mineral Commodity Summaries 2025 (MCS2025_Fig2_Net_Import_Reliance.csv');
    expect(text).toContain('Also U.S. Geological Survey, Mineral Commodity Summaries 2026 (');
    expect(text).toContain('MCS2026_Fig3_Major_Import_Sources.csv');
    expect(text).toContain('China’s share of U.S. imports 2021–24 as printed (MCS 2026)');
    expect(text).toContain('Exported 2026-11-27');
    expect(document.querySelector('a')?.getAttribute('href')).toBe(LINK);
    expect(svg).not.toMatch(/\bid="/);

    // The rows shown, in the order shown: searched for "ga", by China's share.
    const groups = [...document.querySelectorAll('g[data-mineral]')];
    expect(groups.map((group) => group.getAttribute('data-mineral'))).toEqual(derived.rows.map((row) => row.id));
    expect(groups.map((group) => group.getAttribute('data-mineral'))).toContain('gallium');
    expect(groups.map((group) => group.getAttribute('data-mineral'))).not.toContain('antimony');
    const gallium = document.querySelector('g[data-mineral="gallium"]')!;
    expect(cellsOf(gallium)).toEqual(['Gallium', '100%', '100%', '18% (2021–24)', 'gallium (2023)']);
    expect(gallium.querySelector('title')?.textContent).toBe(
      'Gallium: net import reliance 100%; level 100%; China’s share of imports 18% (2021–24); Chinese export control gallium (2023)',
    );
  });

  it('gives the same bytes for the same view', () => {
    expect(build(dataset, view).svg).toBe(build(dataset, view).svg);
  });

  it('shows bounds and states as printed, and China not listed / no shares in words', () => {
    const { svg } = build(dataset, { ...DEFAULT_VIEW, activeView: 'table' });
    const document = parse(svg);
    expect(cellsOf(document.querySelector('g[data-mineral="aluminum"]')!)).toEqual(['Aluminum (bauxite)', '>75% (at least)', '75–99%', 'China not listed', '—']);
    expect(cellsOf(document.querySelector('g[data-mineral="beryllium"]')!).slice(1, 3)).toEqual(['E: net exporter', 'Net exporter']);
    expect(cellsOf(document.querySelector('g[data-mineral="cesium"]')!)[3]).toBe('no shares printed');
    expect(document.querySelectorAll('g[data-mineral]')).toHaveLength(50);
    expect(document.documentElement.textContent).toContain('Not available: NA, W or no USGS figure');
  });

  it('cuts a long export-control cell by whole characters, ending in "…"', () => {
    const source = { file: 'MCS2026_T4_Country_Export_Control.csv', edition: 'MCS2026', line: 5 };
    const longItem = 'items related to lithium batteries and artificial graphite anode materials (2025)';
    const graphite = makeMineral({ id: 'graphite', chinaExportControls: [{ controlType: 'Licensing', year: '2023', printed: longItem, source }] });
    const document = parse(build(makeDataset([graphite]), DEFAULT_VIEW).svg);
    const control = cellsOf(document.querySelector('g[data-mineral="graphite"]')!).at(-1)!;
    expect(control.endsWith('…')).toBe(true);
    expect(longItem.startsWith(control.slice(0, -1))).toBe(true);
    expect(control.length).toBeLessThan(longItem.length);
  });

  it('says when the search finds nothing', () => {
    const { svg } = build(dataset, { ...view, tableQuery: 'unobtainium' });
    expect(parse(svg).documentElement.textContent).toContain('No minerals match “unobtainium”.');
  });

  it('escapes text so a name cannot break the XML', () => {
    const hostile = makeMineral({ id: 'hostile', name: 'Rock & <roll> "quoted"' });
    const { svg } = build(makeDataset([hostile]), DEFAULT_VIEW);
    expect(parse(svg).querySelector('parsererror')).toBeNull();
    expect(svg).toContain('Rock &amp; &lt;roll&gt; &quot;quoted&quot;');
  });
});

describe('table CSV', () => {
  it('has the documented columns, and every row fits the schema', () => {
    expect(tableFiles.columns).toEqual([
      'mineral',
      'mineral_id',
      'data_year',
      'nir_printed',
      'level',
      'nir_revised',
      'revised_edition',
      'china_share_pct',
      'china_share_period',
      'top_import_sources',
      'china_export_control',
      'leading_producer',
      'leading_producer_share_pct',
      'leading_producer_year',
      'source',
    ]);
    for (const row of tableFiles.exportRows(tableView.derive(dataset, DEFAULT_VIEW))) TableExportRowSchema.parse(row);
  });

  it('is the table as shown: the same rows, in the same order, with the same search', () => {
    const view: View = { ...DEFAULT_VIEW, tableSort: { column: 'mineral', descending: true }, tableQuery: 'rare' };
    const derived = tableView.derive(dataset, view);
    const rows = tableFiles.exportRows(derived);
    expect(rows.map((row) => row.mineral_id)).toEqual(derived.rows.map((row) => row.id));
    expect(rows.length).toBe(tableView.count(derived));
    // "rare" finds the 14 lanthanides through their USGS line, "RARE EARTHS, compounds and metals"; Z to A.
    expect(rows.map((row) => row.mineral)).toEqual([
      'Ytterbium',
      'Thulium',
      'Terbium',
      'Samarium',
      'Praseodymium',
      'Neodymium',
      'Lutetium',
      'Lanthanum',
      'Holmium',
      'Gadolinium',
      'Europium',
      'Erbium',
      'Dysprosium',
      'Cerium',
    ]);
  });

  it('writes each value as printed, with its file and line', () => {
    const rows = tableFiles.exportRows(tableView.derive(dataset, DEFAULT_VIEW));
    expect(rows.find((row) => row.mineral_id === 'gallium')).toEqual({
      mineral: 'Gallium',
      mineral_id: 'gallium',
      data_year: 2024,
      nir_printed: '100',
      level: '100',
      nir_revised: '',
      revised_edition: '',
      china_share_pct: '18',
      china_share_period: '2021–24',
      top_import_sources: 'Japan; China; Germany; Canada (2020–23)',
      china_export_control: 'gallium (2023)',
      leading_producer: 'China',
      leading_producer_share_pct: '99',
      leading_producer_year: 2024,
      source: 'USGS MCS2025_Fig2_Net_Import_Reliance.csv, line 6',
    });
    expect(rows.find((row) => row.mineral_id === 'magnesium')).toMatchObject({ nir_printed: '>75', level: '75-99', nir_revised: '>50', revised_edition: 'MCS2026' });
    expect(rows.find((row) => row.mineral_id === 'germanium')).toMatchObject({ leading_producer: 'China', leading_producer_share_pct: 'NA', leading_producer_year: 2024 });
    const csv = toCsv(tableFiles.columns, rows).split('\r\n');
    expect(csv[0]).toBe(
      '\uFEFFmineral,mineral_id,data_year,nir_printed,level,nir_revised,revised_edition,china_share_pct,china_share_period,top_import_sources,china_export_control,leading_producer,leading_producer_share_pct,leading_producer_year,source',
    );
    expect(csv).toContain('Gallium,gallium,2024,100,100,,,18,2021–24,Japan; China; Germany; Canada (2020–23),gallium (2023),China,99,2024,"USGS MCS2025_Fig2_Net_Import_Reliance.csv, line 6"');
    const ruthenium = csv.find((line) => line.startsWith('Ruthenium,'));
    expect(ruthenium?.split(',').slice(0, 5)).toEqual(['Ruthenium', 'ruthenium', '2024', '', 'na']);
  });
});
