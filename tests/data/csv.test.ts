// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvTable } from '../../src/data/pipeline/csv';
import { inputText } from './usgs-files';

describe('parseCsv', () => {
  it('reads quoted fields with commas and doubled quotes', () => {
    const records = parseCsv('a,b,c\n1,"China, Germany","say ""W"""\n');
    expect(records.map((record) => record.fields)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'China, Germany', 'say "W"'],
    ]);
  });

  it('keeps line breaks inside quotes and numbers records by the physical line they start on', () => {
    const records = parseCsv('name,notes\r\nA,"first\r\nsecond"\r\nB,"one\ntwo\nthree"\nC,plain\n');
    expect(records.map((record) => [record.fields, record.line])).toEqual([
      [['name', 'notes'], 1],
      [['A', 'first\r\nsecond'], 2],
      [['B', 'one\ntwo\nthree'], 4],
      [['C', 'plain'], 7],
    ]);
  });

  it('reads a last record without a final line break and skips blank lines', () => {
    expect(parseCsv('a,b\n\n1,2').map((record) => [record.fields, record.line])).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 3],
    ]);
  });

  it('keeps empty fields', () => {
    expect(parseCsv('a,,c,\n')[0]?.fields).toEqual(['a', '', 'c', '']);
  });

  it('throws when a quoted field is never closed', () => {
    expect(() => parseCsv('a,"open\n')).toThrow(/never closed/);
  });

  it('keeps thousands commas as printed in quoted numbers', () => {
    const commodities = parseCsvTable(inputText('MCS2026_Commodities_Data.csv'), 'MCS2026_Commodities_Data.csv');
    expect(commodities.rows[0]?.get('Value')).toBe('10,000');
    expect(commodities.rows[0]?.line).toBe(2);
    const salient = parseCsvTable(inputText('MCS2024_T5_Critical_Minerals_Salient.csv'), 'MCS2024_T5');
    const zirconium = salient.rows.find((row) => row.get('Critical_mineral').trim() === 'Zirconium');
    expect(zirconium?.get('Primary_prod')).toBe('<100,000');
    expect(zirconium?.get('Apparent_Consuption')).toBe('100,000');
  });

  it('reads every record of the 8,886-row Commodities_Data file with 12 fields', () => {
    const records = parseCsv(inputText('MCS2026_Commodities_Data.csv'));
    expect(records).toHaveLength(8887);
    expect(records.every((record) => record.fields.length === 12)).toBe(true);
    expect(records.at(-1)?.line).toBe(8887);
  });
});
