/**
 * XML 1.0's Char production, written out by code unit so it checks the code under test rather than repeat its regex:
 * tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, and a surrogate only as half of a pair.
 * (jsdom's DOMParser lets a lone surrogate through, so a test checks the text as well as parsing it.)
 */
export function illegalXmlChars(text: string): string[] {
  const found: string[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const high = code >= 0xd800 && code <= 0xdbff;
    const low = code >= 0xdc00 && code <= 0xdfff;
    const next = text.charCodeAt(index + 1);
    if (high && next >= 0xdc00 && next <= 0xdfff) {
      index += 1;
      continue;
    }
    const legal = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd);
    if (!legal || high || low) found.push(`U+${code.toString(16).toUpperCase().padStart(4, '0')} at ${index}`);
  }
  return found;
}

/** The text less what XML cannot hold: what an exported SVG should say for it. */
export function withoutIllegalXml(text: string): string {
  let kept = '';
  for (const char of text) if (illegalXmlChars(char).length === 0) kept += char;
  return kept;
}
