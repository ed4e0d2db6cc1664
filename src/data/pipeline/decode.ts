/** Bytes of a USGS CSV to text: UTF-8 when the bytes are valid UTF-8, else Windows-1252; the BOM is dropped. */

const UTF8_BOM = [0xef, 0xbb, 0xbf];

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. We map these ourselves because
// Node 20.18.3+ decodes 'windows-1252' as Latin-1 (nodejs/node#60888); undefined bytes stay C1 controls (WHATWG).
const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

export type TextEncodingName = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  hadBom: boolean;
}

function startsWithBom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, index) => bytes[index] === byte);
}

export function decodeWindows1252(bytes: Uint8Array): string {
  // Each byte becomes one UTF-16LE code unit (all of them below U+FFFF), written byte by byte to stay endian-safe.
  const utf16 = new Uint8Array(bytes.length * 2);
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] ?? 0;
    const codeUnit = byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? byte) : byte;
    utf16[index * 2] = codeUnit & 0xff;
    utf16[index * 2 + 1] = codeUnit >> 8;
  }
  return new TextDecoder('utf-16le').decode(utf16);
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const hadBom = startsWithBom(bytes);
  const body = hadBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8', hadBom };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252', hadBom };
  }
}

export function decodeText(bytes: Uint8Array): string {
  return decodeBytes(bytes).text;
}
