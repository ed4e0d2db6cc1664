import { describe, expect, it } from 'vitest';
import { overTimeView } from '../../src/components/views/over-time';
import { toCsv } from '../../src/export/csv';
import { exportMeta } from '../../src/export/export-meta';
import { OVER_TIME_COLUMNS, OverTimeExportRowSchema, toOverTimeExportRows } from '../../src/export/views/over-time-rows';
import { overTimeFiles, overTimeSvg } from '../../src/export/views/over-time-svg';
import { rowsInView } from '../../src/state/derive';
import { DEFAULT_VIEW, type View } from '../../src/state/view';
import { deriveOverTime } from '../../src/state/views/over-time';
import { loadCommittedDataset } from '../committed-dataset';
import { readCsv } from '../read-csv';

const dataset = loadCommittedDataset();
const LINK = 'https://example.org/minerals/?view=over-time&compare=rare-earths,lithium,zirconium,beryllium,hafnium,antimony';
const view: View = { ...DEFAULT_VIEW, activeView: 'over-time', compareIds: ['rare-earths', 'lithium', 'zirconium', 'beryllium', 'hafnium', 'antimony'] };
const derived = deriveOverTime(dataset, view);
const meta = exportMeta(overTimeView.text(derived, dataset, view), { link: LINK, date: new Date(2026, 10, 27) });

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

const textsOf = (document: Document, id: string) => [...document.querySelectorAll(`[data-mineral="${id}"] text`)].map((text) => text.textContent ?? '');

describe('overTimeSvg', () => {
  it('gives the same bytes for the same view', () => {
    expect(overTimeSvg(derived, meta).svg).toBe(overTimeSvg(deriveOverTime(dataset, view), meta).svg);
  });

  it('is well-formed XML that stands on its own: title, subtitle, legend, lines, notes, source, date and link', () => {
    const { svg, width, height } = overTimeSvg(derived, meta);
    const document = parse(svg);
    expect(document.querySelector('parsererror')).toBeNull();
    // Long lines wrap into several <text> elements: read them as one run of words.
    const text = (document.documentElement.textContent ?? '').replace(/\s+/g, ' ');
    expect(document.querySelector('title')?.textContent).toBe('U.S. net import reliance over time, 2021–2025');
    expect(text).toContain('Rare earths, Lithium, Zirconium, Beryllium, Hafnium, Antimony · as revised in MCS 2026 and as first published');
    for (const label of ['Line and dots: as revised in MCS 2026', 'Ring: as first published in each edition; “80 → 53”: first published → revised', '▲ “>75”: at least the bound', '▼ “<25”: under the bound', 'E net exporter, W withheld, NA not available']) {
      expect(text).toContain(label);
    }
    expect(text).toContain('Showing the 6 minerals you chose (at most 8).');
    expect(text).toContain('Rare earths 2024: 80 (MCS 2025) → 53 (MCS 2026)');
    expect(text).toContain(
      'Source: U.S. Geological Survey, Mineral Commodity Summaries 2026 (MCS2026_Commodities_Data.csv, MCS2026_Fig2_Net_Import_Reliance.csv, ' +
        'MCS2026_T7_Critical_Minerals_Salient.csv); data release doi:10.5066/P1WKQ63T.',
    );
    expect(text).toMatch(/First published in Mineral Commodity Summaries \d{4} \(/);
    expect(text).toContain('Mineral Commodity Summaries 2025 (MCS2025_Fig2_Net_Import_Reliance.csv, MCS2025_T5_Critical_Minerals_Salient.csv; report https://pubs.usgs.gov/periodicals/mcs2025/mcs2025.pdf)');
    expect(text).toContain('Exported 2026-11-27');
    expect(document.querySelector('a')?.getAttribute('href')).toBe(LINK);
    expect([...document.querySelectorAll('[data-mineral]')].map((group) => group.getAttribute('data-mineral'))).toEqual(view.compareIds);
    expect(width).toBe(960);
    expect(document.documentElement.getAttribute('height')).toBe(String(height));
    expect(svg).not.toMatch(/\bid="/);
    expect(svg, 'numbers pass through n(): no floating-point noise').not.toMatch(/ (?:x|y|cx|cy|r|points)="[^"]*\d\.\d{3,}/);
  });

  it('names every line at its end and labels the rare-earths revision "80 → 53"', () => {
    const document = parse(overTimeSvg(derived, meta).svg);
    for (const id of view.compareIds) expect(textsOf(document, id).at(-1)).toBe(derived.series.find((line) => line.id === id)?.name);
    expect(textsOf(document, 'rare-earths')).toContain('80 → 53');
    expect(document.querySelector('[data-mineral="rare-earths"] title')?.textContent).toContain('2024: 53% as revised in MCS 2026; first published 80% in MCS 2025');
  });

  it('draws a bound as a caret labelled as printed, and E and NA as words at the foot, never as a point at zero', () => {
    const document = parse(overTimeSvg(derived, meta).svg);
    expect(textsOf(document, 'lithium')).toContain('>25');
    expect(textsOf(document, 'zirconium')).toContain('<25');
    expect(document.querySelectorAll('[data-mineral="lithium"] circle')).toHaveLength(0);
    // Beryllium's revised series prints 11 and 7, then E: two dots, and E at the foot.
    expect(document.querySelectorAll('[data-mineral="beryllium"] circle')).toHaveLength(2);
    expect(textsOf(document, 'beryllium')).toEqual(expect.arrayContaining(['E']));
    // Hafnium: NA in every year, no mark at all but the words.
    expect(document.querySelectorAll('[data-mineral="hafnium"] circle, [data-mineral="hafnium"] polygon')).toHaveLength(0);
    expect(textsOf(document, 'hafnium').filter((label) => label === 'NA')).toHaveLength(5);
  });

  it('escapes text so a name cannot break the XML', () => {
    const hostile = { ...derived, series: derived.series.map((line) => ({ ...line, name: 'Rock & <roll> "quoted"' })) };
    const { svg } = overTimeSvg(hostile, { ...meta, title: 'A & B <c>' });
    expect(parse(svg).querySelector('parsererror')).toBeNull();
    expect(svg).toContain('Rock &amp; &lt;roll&gt; &quot;quoted&quot;');
  });

  it('says so when no mineral has a value to draw', () => {
    const empty = deriveOverTime(dataset, { ...DEFAULT_VIEW, levels: [] });
    const document = parse(overTimeSvg(empty, exportMeta(overTimeView.text(empty, dataset, DEFAULT_VIEW), { link: LINK, date: new Date(2026, 10, 27) })).svg);
    expect(document.querySelector('parsererror')).toBeNull();
    expect(document.documentElement.textContent).toContain('No minerals in view have a value to draw.');
  });
});

describe('over-time CSV', () => {
  const grouped: View = { ...view, showLanthanides: false, scope: 'all' };
  const groupedData = deriveOverTime(dataset, grouped);
  const rows = toOverTimeExportRows(groupedData);
  const csv = readCsv(toCsv(OVER_TIME_COLUMNS, rows).replace(/^\uFEFF/, ''));

  it('has exactly the columns of the issue', () => {
    expect(overTimeFiles.columns).toEqual([
      'mineral',
      'mineral_id',
      'data_year',
      'nir_first_published',
      'first_published_edition',
      'nir_revised',
      'revised_edition',
      'source',
    ]);
    expect(csv[0]).toEqual([...OVER_TIME_COLUMNS]);
  });

  it('holds every mineral in view, not only the lines drawn, in every year any of them has a value for', () => {
    const inView = rowsInView(dataset, grouped).map((row) => row.id);
    expect([...new Set(rows.map((row) => row.mineral_id))]).toEqual(inView);
    expect(inView.length).toBeGreaterThan(groupedData.series.length);
    expect(rows).toHaveLength(inView.length * groupedData.inViewYears.length);
    for (const row of rows) OverTimeExportRowSchema.parse(row);
  });

  it('keeps values as printed, with the edition and the file and line of each', () => {
    const cell = (id: string, year: number) => csv.find((row) => row[1] === id && row[2] === String(year));
    const rareEarths2024 = cell('rare-earths', 2024)!;
    expect(rareEarths2024.slice(0, 7)).toEqual(['Rare earths', 'rare-earths', '2024', '80', 'MCS2025', '53', 'MCS2026']);
    expect(rareEarths2024[7]).toMatch(/^USGS MCS2025_Fig2_Net_Import_Reliance\.csv, line \d+; USGS MCS2026_Commodities_Data\.csv, line \d+$/);
    expect(cell('barite', 2024)?.slice(3, 7)).toEqual(['>75', 'MCS2025', '>75', 'MCS2026']);
    expect(cell('beryllium', 2024)?.slice(3, 7)).toEqual(['E', 'MCS2025', 'E', 'MCS2026']);
    expect(cell('hafnium', 2024)?.slice(3, 7)).toEqual(['', '', 'NA', 'MCS2026']);
  });

  it('lists a mineral with no value in every year, with empty cells and says why', () => {
    const iridium = csv.filter((row) => row[1] === 'iridium');
    expect(iridium).toHaveLength(groupedData.inViewYears.length);
    expect(iridium.every((row) => row.slice(3, 7).every((value) => value === ''))).toBe(true);
    expect(iridium[0]![7]).toMatch(/^No USGS value for \d{4}$/);
  });
});
