import { describe, expect, it } from 'vitest';
import { changesView } from '../../src/components/views/changes';
import { toCsv } from '../../src/export/csv';
import { exportMeta } from '../../src/export/export-meta';
import { ChangesExportRowSchema, CHANGES_COLUMNS } from '../../src/export/views/changes-rows';
import { changesFiles, changesSvg } from '../../src/export/views/changes-svg';
import { DEFAULT_VIEW, type View } from '../../src/state/view';
import { loadCommittedDataset } from '../committed-dataset';
import { readCsv } from '../read-csv';

const dataset = loadCommittedDataset();
const view: View = { ...DEFAULT_VIEW, activeView: 'changes', fromYear: 2023, toYear: 2024 };
const derived = changesView.derive(dataset, view);
const link = 'https://example.org/minerals/?view=changes&from=2023&to=2024';
const meta = exportMeta(changesView.text(derived, dataset, view), { link, date: new Date(2026, 10, 27) });

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('changesSvg', () => {
  it('gives the same bytes for the same view', () => {
    expect(changesFiles.svg(derived, meta).svg).toBe(changesFiles.svg(derived, meta).svg);
  });

  it('is well-formed XML holding title, subtitle, legend, every dumbbell with its printed values, the crossings, source and link', () => {
    const { svg, width, height } = changesFiles.svg(derived, meta);
    const document = parse(svg);
    expect(document.querySelector('parsererror')).toBeNull();
    const text = document.documentElement.textContent ?? '';
    expect(document.querySelector('title')?.textContent).toBe('Change in U.S. net import reliance on critical minerals, 2023 to 2024');
    expect(text).toContain('From data year 2023 (MCS 2024) to 2024 (MCS 2025) · 2022 critical list · all levels · 50 minerals');
    for (const label of ['From 2023 (MCS 2024): open mark', 'To 2024 (MCS 2025): filled mark', '“>75”: at least the bound', '“<25”: under the bound']) {
      expect(text).toContain(label);
    }
    expect(document.querySelectorAll('[data-mineral]')).toHaveLength(50);
    const row = (id: string) => document.querySelector(`[data-mineral="${id}"]`)?.textContent ?? '';
    expect(row('vanadium')).toContain('58% → 40%: −18 points');
    expect(row('lithium')).toContain('>25% → >50%');
    expect(row('lithium')).not.toContain('points');
    expect(row('beryllium')).toContain('no mark: NA → E: exporter');
    expect(row('hafnium')).toContain('no figure → no figure');
    // A state is never drawn as a mark at zero.
    expect(document.querySelector('[data-mineral="beryllium"] circle, [data-mineral="beryllium"] polygon')).toBeNull();
    expect(text).toContain('50% or more: lithium in; vanadium and nickel out');
    expect(text).toContain('100%: no change');
    expect(text).toContain('A mineral is shown if its level in 2023 or in 2024 is among the levels chosen.');
    expect(text).toContain('Source: U.S. Geological Survey, Mineral Commodity Summaries 2024 (MCS2024_Fig2_Net_Import_Reliance.csv');
    expect(text).toContain('Mineral Commodity Summaries 2025 (MCS2025_Fig2_Net_Import_Reliance.csv');
    expect(text).toContain('Exported 2026-11-27');
    expect(document.querySelector('a')?.getAttribute('href')).toBe(link);
    expect(width).toBe(960);
    expect(document.documentElement.getAttribute('height')).toBe(String(height));
    expect(svg).not.toMatch(/\bid="/);
  });

  it('draws a bound as a bound: an arrow from ">" and a dashed span up to "<", never a point at the bound', () => {
    const document = parse(changesFiles.svg(derived, meta).svg);
    const lithium = document.querySelector('[data-mineral="lithium"]');
    expect(lithium?.querySelectorAll('polygon')).toHaveLength(2);
    expect(lithium?.querySelector('circle')).toBeNull();
    expect(lithium?.querySelector('line')?.getAttribute('stroke-dasharray')).toBe('4 3');
    const zirconium = document.querySelector('[data-mineral="zirconium"]');
    expect(zirconium?.querySelector('rect')?.getAttribute('stroke-dasharray')).toBe('4 3');
    expect(zirconium?.querySelector('circle')).toBeNull();
    const vanadium = document.querySelector('[data-mineral="vanadium"]');
    expect(vanadium?.querySelectorAll('circle')).toHaveLength(2);
    expect(vanadium?.querySelector('line')?.hasAttribute('stroke-dasharray')).toBe(false);
  });

  it('escapes text so a name cannot break the XML', () => {
    const [first] = derived.rows;
    const odd = [{ ...first!, name: 'Rock & <roll> "quoted"' }];
    const { svg } = changesSvg(odd, { ...meta, title: 'A & B' });
    expect(parse(svg).querySelector('parsererror')).toBeNull();
    expect(svg).toContain('Rock &amp; &lt;roll&gt; &quot;quoted&quot;');
  });
});

describe('changes CSV and JSON rows', () => {
  const rows = changesFiles.exportRows(derived);

  it('has the columns of the issue, in order', () => {
    expect(changesFiles.columns).toEqual([
      'mineral',
      'mineral_id',
      'from_data_year',
      'from_edition',
      'from_nir_printed',
      'from_level',
      'to_data_year',
      'to_edition',
      'to_nir_printed',
      'to_level',
      'change_pct_points',
      'change',
      'from_source',
      'to_source',
    ]);
    expect(CHANGES_COLUMNS).toEqual(changesFiles.columns);
  });

  it('holds one valid row per dumbbell, values as printed, a number only when both are exact', () => {
    expect(rows.map((row) => row.mineral_id)).toEqual(derived.rows.map((row) => row.id));
    for (const row of rows) ChangesExportRowSchema.parse(row);
    const byId = (id: string) => rows.find((row) => row.mineral_id === id);
    expect(byId('vanadium')).toMatchObject({
      from_data_year: 2023,
      from_edition: 'MCS2024',
      from_nir_printed: '58',
      from_level: '50-74',
      to_data_year: 2024,
      to_edition: 'MCS2025',
      to_nir_printed: '40',
      to_level: '25-49',
      change_pct_points: -18,
      change: '−18 points',
    });
    expect(byId('vanadium')?.from_source).toMatch(/^USGS MCS2024_Fig2_Net_Import_Reliance\.csv, line \d+$/);
    expect(byId('lithium')).toMatchObject({ from_nir_printed: '>25', to_nir_printed: '>50', change_pct_points: null, change: 'from >25% to >50%' });
    expect(byId('hafnium')).toMatchObject({ from_nir_printed: '', to_nir_printed: '', from_level: 'na', change_pct_points: null });
  });

  it('writes a CSV whose cells read back: the number empty where the change is not a number', () => {
    const csv = toCsv(changesFiles.columns, rows);
    const table = readCsv(csv.replace(/^\uFEFF/, ''));
    expect(table[0]).toEqual([...changesFiles.columns]);
    const line = (id: string) => table.find((cells) => cells[1] === id)!;
    expect(line('vanadium').slice(0, 12)).toEqual(['Vanadium', 'vanadium', '2023', 'MCS2024', '58', '50-74', '2024', 'MCS2025', '40', '25-49', '-18', '−18 points']);
    expect(line('lithium')[10]).toBe('');
    expect(line('lithium')[4]).toBe('>25');
  });

  it('names its files after the two years', () => {
    expect(changesView.fileSlug(view)).toBe('us-net-import-reliance-change-2023-to-2024');
    expect(changesView.fileSlug(DEFAULT_VIEW)).toBe('us-net-import-reliance-change-earliest-to-latest');
  });
});
