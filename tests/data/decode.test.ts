// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeText } from '../../src/data/pipeline/decode';
import { inputFiles } from './usgs-files';

const bytesOf = (...values: number[]) => Uint8Array.from(values);

describe('decodeBytes', () => {
  it('strips the UTF-8 byte-order mark', () => {
    expect(decodeText(bytesOf(0xef, 0xbb, 0xbf, 0x41, 0x2c, 0x42))).toBe('A,B');
  });

  it('decodes Windows-1252 when the bytes are not valid UTF-8, 0x80–0x9F included', () => {
    const decoded = decodeBytes(bytesOf(0x41, 0x97, 0x42, 0x20, 0x80, 0x92, 0x96, 0x9f, 0xe9));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe('A\u2014B \u20ac\u2019\u2013\u0178\u00e9');
  });

  it('keeps UTF-8 multi-byte characters', () => {
    expect(decodeBytes(bytesOf(0xe2, 0x80, 0x93)).text).toBe('\u2013');
  });

  it('strips the BOM of the USGS files that have one, and reads the MCS2025 files that have none', () => {
    const fig2026 = decodeBytes(inputFiles()['MCS2026_Fig2_Net_Import_Reliance.csv']!);
    const fig2025 = decodeBytes(inputFiles()['MCS2025_Fig2_Net_Import_Reliance.csv']!);
    expect(fig2026.hadBom).toBe(true);
    expect(fig2026.text.startsWith('Source,Import_Share_Order')).toBe(true);
    expect(fig2025.hadBom).toBe(false);
    expect(fig2025.text.startsWith('Source,Import_Share_Order')).toBe(true);
  });

  it('decodes MCS2026_Commodities_Data.csv as Windows-1252: its 0x97 is an em dash', () => {
    const decoded = decodeBytes(inputFiles()['MCS2026_Commodities_Data.csv']!);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Salient Statistics\u2014United States');
    expect(decoded.text).not.toContain('\u0097');
    expect(decoded.text).toContain('Defined as imports \u2013 exports.');
  });
});
