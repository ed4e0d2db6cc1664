import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relianceView } from '../../src/components/views/reliance';
import { exportMeta } from '../../src/export/export-meta';
import { ExportFileSchema } from '../../src/export/export-file';
import { toExportJson } from '../../src/export/export-json';
import { relianceFiles, relianceSvg } from '../../src/export/views/reliance-svg';
import { DEFAULT_VIEW, type View } from '../../src/state/view';
import { loadCommittedDataset } from '../committed-dataset';

const dataset = loadCommittedDataset();
const view: View = { ...DEFAULT_VIEW, levels: ['100'] };
const derived = relianceView.derive(dataset, view);
const { rows } = derived;
const metaOf = (shown: View, link: string) => {
  const data = relianceView.derive(dataset, shown);
  return exportMeta(relianceView.text(data, dataset, shown), { link, date: new Date(2026, 10, 27) });
};
const meta = metaOf(view, 'https://example.org/minerals/?levels=100');
const exportRows = (shown: View) => relianceFiles.exportRows(relianceView.derive(dataset, shown));
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
    expect(text).toContain('100%');
    expect(text, 'the legend lists only the levels drawn').not.toContain('Net exporter');
    expect(text).toContain(
      'Source: U.S. Geological Survey, Mineral Commodity Summaries 2025 (MCS2025_Fig2_Net_Import_Reliance.csv); report https://pubs.usgs.gov/periodicals/mcs2025/mcs2025.pdf.',
    );
    expect(text).toContain('Exported 2026-11-27');
    expect(document.querySelector('a')?.getAttribute('href')).toBe('https://example.org/minerals/?levels=100');
    expect(document.querySelectorAll('[data-mineral]')).toHaveLength(12);
    expect(width).toBe(960);
    expect(document.documentElement.getAttribute('height')).toBe(String(height));
    expect(svg).not.toMatch(/\bid="/);
  });

  it('draws every commodity with whole names, a legend of what is drawn, and the MCS 2026 revisions', () => {
    const wide: View = { ...DEFAULT_VIEW, scope: 'all', showLanthanides: false };
    const allRows = relianceView.derive(dataset, wide).rows;
    const built = relianceSvg(allRows, metaOf(wide, 'https://example.org/?scope=all&lanthanides=grouped'));
    const REFERENCE_ALL = join(process.cwd(), 'tests/export/reference/reliance-2024-all-commodities-grouped.svg');
    if (process.env.UPDATE_REFERENCE === '1') writeFileSync(REFERENCE_ALL, built.svg);
    expect(built.svg).toBe(readFileSync(REFERENCE_ALL, 'utf8'));
    const document = new DOMParser().parseFromString(built.svg, 'image/svg+xml');
    const names = [...document.querySelectorAll('[data-mineral] > text:first-of-type')].map((text) => text.textContent ?? '');
    expect(names).toContain('Diamond (industrial), bort, grit, and dust and powder');
    expect(names.filter((name) => name.endsWith('…'))).toEqual([]);
    const text = document.documentElement.textContent ?? '';
    for (const label of ['100%', 'Net exporter (E)', 'Not available: NA, W or no USGS figure', '“>75”: at least the bound', '“<25”: under the bound']) {
      expect(text).toContain(label);
    }
    expect(text).toContain('80% †');
    expect(text).toContain('† Shown as first published; MCS 2026 (MCS2026_Commodities_Data.csv) revised');
    expect(text).toContain('Rare earths: 80% → 53%');
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
    const json = JSON.parse(toExportJson(meta, 'reliance', relianceFiles.exportRows(derived), 'https://example.org/export-schema.json'));
    const file = ExportFileSchema.parse(json);
    if (file.view !== 'reliance') throw new Error(`the JSON says it holds the ${file.view} view`);
    expect(file.rows.map((row) => row.mineral_id)).toEqual(rows.map((row) => row.id));
    expect(file.rows[0]).toMatchObject({ edition: 'MCS2025', data_year: 2024, nir_printed: '100', nir_kind: 'exact', nir_value: 100 });
    expect(file.rows.every((row) => row.source.startsWith('USGS MCS2025_Fig2_Net_Import_Reliance.csv, line '))).toBe(true);
  });

  it('keeps a bound and a missing figure as they are', () => {
    const exported = exportRows(DEFAULT_VIEW);
    expect(exported.find((row) => row.mineral_id === 'barite')).toMatchObject({ nir_printed: '>75', nir_kind: 'bound', nir_value: 75, level: '75-99' });
    expect(exported.find((row) => row.mineral_id === 'iridium')).toMatchObject({ nir_printed: '', nir_kind: 'none', nir_value: null, level: 'na' });
    expect(exported.find((row) => row.mineral_id === 'cerium')).toMatchObject({ china_share_pct: '71', china_share_period: '2021–24' });
    expect(exported.find((row) => row.mineral_id === 'cerium')?.china_share_source).toMatch(/^USGS MCS2026_Fig3_Major_Import_Sources.csv, line \d+$/);
  });

  it('names the later revision and the edition that made it, and China\'s export controls as USGS writes them', () => {
    const exported = exportRows(DEFAULT_VIEW);
    expect(exported.find((row) => row.mineral_id === 'rare-earths' || row.mineral_id === 'cerium')).toMatchObject({ nir_printed: '80', nir_revised: '53', revised_edition: 'MCS2026' });
    expect(exported.find((row) => row.mineral_id === 'gallium')?.china_export_control).toBe('gallium (2023)');
    expect(exported.find((row) => row.mineral_id === 'arsenic')).toMatchObject({ nir_revised: '', revised_edition: '', china_export_control: '' });
  });
});
