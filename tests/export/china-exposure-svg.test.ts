import { describe, expect, it } from 'vitest';
import { chinaExposureView } from '../../src/components/views/china-exposure';
import { toCsv } from '../../src/export/csv';
import { exportMeta } from '../../src/export/export-meta';
import { ChinaExposureExportRowSchema, CHINA_EXPOSURE_COLUMNS } from '../../src/export/views/china-exposure-rows';
import { chinaExposureFiles, chinaExposureSvg } from '../../src/export/views/china-exposure-svg';
import { DEFAULT_VIEW, type View } from '../../src/state/view';
import { loadCommittedDataset } from '../committed-dataset';
import { makeDataset, makeMineral } from '../factories';
import { readCsv } from '../read-csv';

const dataset = loadCommittedDataset();
const view: View = { ...DEFAULT_VIEW, activeView: 'china-exposure' };
const derived = chinaExposureView.derive(dataset, view);
const text = chinaExposureView.text(derived, dataset, view);
const meta = exportMeta(text, { link: 'https://example.org/minerals/?view=china-exposure', date: new Date(2026, 10, 27) });

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('chinaExposureSvg', () => {
  it('is well-formed XML that stands on its own: title, filters, legend, marks, values, notes, source, date and link', () => {
    const { svg, width, height } = chinaExposureSvg(derived, meta);
    const document = parse(svg);
    expect(document.querySelector('parsererror')).toBeNull();
    const content = document.documentElement.textContent ?? '';
    expect(document.querySelector('title')?.textContent).toBe('China’s share of U.S. imports against net import reliance');
    expect(content).toContain('Data year 2024 (MCS 2025) · 2022 critical list · all levels · China’s share 2021–24 · 27 of 50 minerals drawn');
    expect(content).toContain('Under a Chinese export-licensing rule (MCS 2026, MCS2026_T4_Country_Export_Control.csv; data through November 21, 2025), named');
    expect(content).toContain('Reliance printed as a bound, e.g. “>75”: at least that (hollow mark at the bound, arrow towards 100%)');
    expect(content).toContain('Net import reliance, % of apparent consumption (data year 2024)');
    expect(content).toContain("China's share of U.S. imports, % (2021–24)");
    expect(content).toContain('over half imported, and China a');
    expect(content).toContain('Rare earths (14 lanthanides)');
    // Every mark once, and the names of the minerals under export control on the chart.
    expect(document.querySelectorAll('[data-mark]')).toHaveLength(derived.marks.length);
    expect(document.querySelector('[data-mark="bismuth"] title')?.textContent).toContain('China 56% of U.S. imports, 2021–24 (Hong Kong included with China)');
    expect(document.querySelector('[data-mark="antimony"] title')?.textContent).toContain('China 55% of U.S. imports, 2021–24');
    expect(document.querySelector('[data-mark="gallium"] title')?.textContent).toContain('Chinese export licensing: gallium (2023)');
    expect(content).toContain('Not drawn (6). No import shares printed for the line: Cesium – 100%; Rubidium – 100%; Hafnium – no USGS figure');
    expect(content).toContain('Import shares printed, China not among them');
    expect(content).toContain('Source: U.S. Geological Survey, Mineral Commodity Summaries 2025');
    expect(content).toContain('China\'s shares and export controls: U.S. Geological Survey, Mineral Commodity Summaries 2026');
    expect(content).toContain('Exported 2026-11-27');
    expect(document.querySelector('a')?.getAttribute('href')).toBe('https://example.org/minerals/?view=china-exposure');
    expect(width).toBe(960);
    expect(document.documentElement.getAttribute('height')).toBe(String(height));
    expect(svg).not.toMatch(/\bid="/);
  });

  it('lists each mark’s values as printed beside the chart, a bound with its sign', () => {
    const texts = [...parse(chinaExposureSvg(derived, meta).svg).querySelectorAll('text')].map((node) => node.textContent);
    const at = texts.indexOf('Barite');
    expect(texts.slice(at - 2, at + 1).sort()).toEqual(['21%', '>75%', 'Barite'].sort());
  });

  it('draws a bound as a hollow mark with an arrow the way it points, never as a plain point, and says so in the legend', () => {
    const source = { file: 'MCS2026_Fig3_Major_Import_Sources.csv', edition: 'MCS2026', line: 9 };
    const boundDataset = makeDataset([
      makeMineral({
        id: 'barite',
        nir: { 2024: '>75' },
        importShares: { period: '2021–24', shares: [{ country: 'China', percentPrinted: '<1', percent: null, source }], source },
      }),
    ]);
    const boundData = chinaExposureView.derive(boundDataset, view);
    const boundText = chinaExposureView.text(boundData, boundDataset, view);
    const document = parse(chinaExposureSvg(boundData, exportMeta(boundText, { link: 'https://example.org/', date: new Date(2026, 10, 27) })).svg);
    const mark = document.querySelector('[data-mark="barite"]')!;
    const content = document.documentElement.textContent ?? '';
    expect(mark.querySelector('circle')?.getAttribute('fill'), 'hollow').toBe('#ffffff');
    expect(mark.querySelectorAll('polygon'), 'an arrowhead for each bound, even at the edge').toHaveLength(2);
    const heads = [...mark.querySelectorAll('polygon')].map((head) => head.getAttribute('points')!.split(' ').map((point) => point.split(',').map(Number)));
    const [x, y] = [Number(mark.querySelector('circle')!.getAttribute('cx')), Number(mark.querySelector('circle')!.getAttribute('cy'))];
    expect(heads.some((points) => points[1]![0]! > x && points[1]![1] === y), '">75" points right, towards 100%').toBe(true);
    expect(heads.some((points) => points[1]![1]! > y && points[1]![0] === x), '"<1" points down, towards 0%').toBe(true);
    expect(content).toContain('Barite (China <1%)');
    expect(content).toContain('Reliance printed as a bound, e.g. “>75”: at least that (hollow mark at the bound, arrow towards 100%)');
    expect(content).toContain('China’s share printed as a bound, e.g. “<1”: under that (hollow mark at the bound, arrow down)');
    expect(mark.querySelector('title')?.textContent).toContain('China <1% (under 1%) of U.S. imports, 2021–24');
  });

  it('gives the same bytes for the same view', () => {
    expect(chinaExposureSvg(derived, meta).svg).toBe(chinaExposureSvg(chinaExposureView.derive(dataset, view), meta).svg);
  });

  it('escapes text so a name cannot break the XML', () => {
    const [mark] = derived.marks;
    const [member] = mark!.members;
    const hostileName = 'Rock & <roll> "quoted"';
    const hostile = {
      ...derived,
      marks: [{ ...mark!, label: hostileName, members: [{ ...member!, row: { ...member!.row, name: hostileName } }] }],
    };
    const { svg } = chinaExposureSvg(hostile, { ...meta, title: 'A & B <c>' });
    expect(parse(svg).querySelector('parsererror')).toBeNull();
    expect(svg).toContain('Rock &amp; &lt;roll&gt; &quot;quoted&quot;');
    expect(svg).not.toContain('<roll>');
  });
});

describe('China-exposure CSV', () => {
  const rows = chinaExposureFiles.exportRows(derived);
  const table = readCsv(toCsv(chinaExposureFiles.columns, rows).replace(/^\uFEFF/, ''));
  const row = (id: string) => {
    const [header, ...body] = table;
    const found = body.find((cells) => cells[1] === id)!;
    return Object.fromEntries(header!.map((column, index) => [column, found[index]]));
  };

  it('has exactly the columns asked for, one row per mineral in view, drawn or not', () => {
    expect(CHINA_EXPOSURE_COLUMNS).toEqual(['mineral', 'mineral_id', 'data_year', 'nir_printed', 'china_share_pct', 'china_share_period', 'china_export_control', 'source']);
    expect(table[0]).toEqual(CHINA_EXPOSURE_COLUMNS);
    expect(table).toHaveLength(51);
    for (const record of rows) ChinaExposureExportRowSchema.parse(record);
  });

  it('holds the printed values, the export control as USGS writes it, and the file and line of both figures', () => {
    expect(row('gallium')).toEqual({
      mineral: 'Gallium',
      mineral_id: 'gallium',
      data_year: '2024',
      nir_printed: '100',
      china_share_pct: '18',
      china_share_period: '2021–24',
      china_export_control: 'gallium (2023)',
      source: 'USGS MCS2025_Fig2_Net_Import_Reliance.csv, line 6 (net import reliance); USGS MCS2026_Fig3_Major_Import_Sources.csv, line 32 (China\'s share)',
    });
    expect(row('barite')).toMatchObject({ nir_printed: '>75', china_share_pct: '21', china_export_control: '' });
    expect(row('cerium')).toMatchObject({ nir_printed: '80', china_share_pct: '71', china_export_control: 'rare earths (2025)' });
  });

  it('keeps minerals not drawn, with an empty China share and the reason in the source', () => {
    expect(row('cesium')).toMatchObject({ nir_printed: '100', china_share_pct: '', china_share_period: '' });
    expect(row('cesium')!.source).toContain('no import shares printed');
    expect(row('manganese')).toMatchObject({ china_share_pct: '' });
    expect(row('manganese')!.source).toContain('(import shares, China not among them)');
    expect(row('iridium')).toMatchObject({ nir_printed: '', china_share_pct: '' });
    expect(row('beryllium')).toMatchObject({ nir_printed: 'E' });
  });
});
