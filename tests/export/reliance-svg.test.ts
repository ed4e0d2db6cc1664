import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportMeta } from '../../src/export/export-meta';
import { ExportFileSchema, toExportRows } from '../../src/export/export-rows';
import { toExportJson } from '../../src/export/export-json';
import { relianceSvg } from '../../src/export/reliance-svg';
import { filterByLevels, scopedRows } from '../../src/state/derive';
import { DEFAULT_VIEW, type View } from '../../src/state/view';
import { loadCommittedDataset } from '../committed-dataset';

const dataset = loadCommittedDataset();
const view: View = { ...DEFAULT_VIEW, levels: ['100'] };
const rows = filterByLevels(scopedRows(dataset, view), view.levels);
const meta = exportMeta(dataset, view, rows, { link: 'https://example.org/minerals/?levels=100', date: new Date(2026, 10, 27) });
const REFERENCE = join(process.cwd(), 'tests/export/reference/reliance-2024-critical-2022-100pct.svg');

describe('relianceSvg', () => {
  it('gives the same bytes for the same view, equal to the stored reference', () => {
    const { svg } = relianceSvg(rows, meta);
    expect(relianceSvg(rows, meta).svg).toBe(svg);
    if (process.env.UPDATE_REFERENCE === '1') writeFileSync(REFERENCE, svg);
    expect(existsSync(REFERENCE), 'run with UPDATE_REFERENCE=1 once to store the reference').toBe(true);
    expect(svg).toBe(readFileSync(REFERENCE, 'utf8'));
  });

  it('is well-formed XML that stands on its own: title, filters, legend, bars, source, date and link', () => {
    const { svg, width, height } = relianceSvg(rows, meta);
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.querySelector('parsererror')).toBeNull();
    const text = document.documentElement.textContent ?? '';
    expect(document.querySelector('title')?.textContent).toBe('U.S. net import reliance on critical minerals');
    expect(text).toContain('Data year 2024 (MCS 2025) · 2022 critical list · 100% · 12 minerals');
    expect(text).toContain('Net exporter');
    expect(text).toContain('Source: U.S. Geological Survey, Mineral Commodity Summaries 2025 (MCS2025_Fig2_Net_Import_Reliance.csv)');
    expect(text).toContain('Exported 2026-11-27');
    expect(document.querySelector('a')?.getAttribute('href')).toBe('https://example.org/minerals/?levels=100');
    expect(document.querySelectorAll('[data-mineral]')).toHaveLength(12);
    expect(width).toBe(960);
    expect(document.documentElement.getAttribute('height')).toBe(String(height));
    expect(svg).not.toMatch(/\bid="/);
  });

  it('escapes text so a name cannot break the XML', () => {
    const [first] = rows;
    const odd = [{ ...first!, name: 'Rock & <roll> "quoted"' }];
    const { svg } = relianceSvg(odd, { ...meta, title: 'A & B' });
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')).toBeNull();
    expect(svg).toContain('Rock &amp; &lt;roll&gt; &quot;quoted&quot;');
  });
});

describe('JSON download', () => {
  it('holds the rows in view, valid against the published schema, with their sources', () => {
    const json = JSON.parse(toExportJson(meta, toExportRows(dataset, 2024, rows), 'https://example.org/export-schema.json'));
    const file = ExportFileSchema.parse(json);
    expect(file.rows.map((row) => row.mineral_id)).toEqual(rows.map((row) => row.id));
    expect(file.rows[0]).toMatchObject({ edition: 'MCS2025', data_year: 2024, nir_printed: '100', nir_kind: 'exact', nir_value: 100 });
    expect(file.rows.every((row) => row.source.startsWith('USGS MCS2025_Fig2_Net_Import_Reliance.csv, line '))).toBe(true);
  });

  it('keeps a bound and a missing figure as they are', () => {
    const all = scopedRows(dataset, { ...DEFAULT_VIEW, dataYear: 2024 });
    const exported = toExportRows(dataset, 2024, all);
    expect(exported.find((row) => row.mineral_id === 'barite')).toMatchObject({ nir_printed: '>75', nir_kind: 'bound', nir_value: 75, level: '75–99%' });
    expect(exported.find((row) => row.mineral_id === 'iridium')).toMatchObject({ nir_printed: '', nir_kind: 'none', nir_value: null, level: 'Not available' });
    expect(exported.find((row) => row.mineral_id === 'cerium')).toMatchObject({ china_share_pct: '71', china_share_period: '2021–24' });
  });
});
