import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/export/csv';
import { RELIANCE_COLUMNS as EXPORT_COLUMNS, type RelianceExportRow as ExportRow } from '../../src/export/views/reliance-rows';
import { readCsv } from '../read-csv';

const row = (overrides: Partial<ExportRow> = {}): ExportRow => ({
  mineral: 'Gallium',
  mineral_id: 'gallium',
  edition: 'MCS2025',
  data_year: 2024,
  nir_printed: '100',
  nir_kind: 'exact',
  nir_value: 100,
  nir_revised: '',
  revised_edition: '',
  level: '100',
  top_import_sources: 'Japan; China; Germany; Canada',
  import_sources_period: '2020–23',
  china_share_pct: '',
  china_share_period: '',
  china_share_source: '',
  china_export_control: '',
  source: 'USGS MCS2025_Fig2_Net_Import_Reliance.csv, line 6',
  ...overrides,
});

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Mica (natural), sheet')).toBe('"Mica (natural), sheet"');
    expect(csvCell('say "W"')).toBe('"say ""W"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+1+1', `"'+1+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(1+1)*cmd|\' /C calc\'!A0', `"'@SUM(1+1)*cmd|' /C calc'!A0"`],
    ['=cmd|\' /C calc\'!A0', `"'=cmd|' /C calc'!A0"`],
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('neutralises the OWASP payload %j', (payload, expected) => {
    expect(csvCell(payload)).toBe(expected);
  });

  it('keeps numbers as numbers, negative ones too, and leaves USGS forms alone', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(75)).toBe('75');
    expect(csvCell(null)).toBe('');
    expect(csvCell('>75')).toBe('>75');
    expect(csvCell('<25')).toBe('<25');
    expect(csvCell('E')).toBe('E');
  });
});

describe('toCsv', () => {
  it('writes a header and exactly one line per row, readable back to the same cells', () => {
    const rows = [row(), row({ mineral: 'Mica (natural), sheet', mineral_id: 'mica-natural-sheet', nir_printed: '>75', nir_kind: 'bound', nir_value: 75 })];
    const text = toCsv(EXPORT_COLUMNS, rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = readCsv(text.slice(1));
    expect(parsed[0]).toEqual(EXPORT_COLUMNS);
    expect(parsed).toHaveLength(3);
    expect(parsed[2]?.slice(0, 7)).toEqual(['Mica (natural), sheet', 'mica-natural-sheet', 'MCS2025', '2024', '>75', 'bound', '75']);
    expect(parsed[1]?.[EXPORT_COLUMNS.indexOf('import_sources_period')]).toBe('2020–23');
  });

  it('writes an empty cell for a missing value, never a zero', () => {
    const parsed = readCsv(toCsv(EXPORT_COLUMNS, [row({ nir_printed: '', nir_kind: 'none', nir_value: null })]).slice(1));
    expect(parsed[1]?.slice(4, 7)).toEqual(['', 'none', '']);
  });
});
