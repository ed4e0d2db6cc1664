import type { LegendItem, LegendSwatch } from '../charts/legend-items';
import { BAR_OUTLINE, DASH, FONT_FAMILY, INK, LINK_INK, MUTED_INK, PAPER } from '../charts/theme';
import { graphemes, truncateChars } from '../data/text';
import type { ExportMeta } from './export-meta';

export { graphemes, truncateChars };

/** Exports are drawn at one size whatever the screen, so the same view gives the same file. */
export const EXPORT_WIDTH = 960;
export const PAD = 24;

export interface BuiltSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * Characters XML 1.0 forbids even as references: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; a surrogate
 * without its pair (with the u flag a paired surrogate is one code point above U+FFFF, so only lone ones match).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** The one way text enters an exported SVG: what XML cannot hold is dropped, markup characters are escaped. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_ILLEGAL, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** Two decimals at most, so floating-point noise never changes the bytes. */
export function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A rough text width: exports use the page's sans-serif font, about 0.56 em a character. */
export function textWidth(text: string, fontSize: number): number {
  return graphemes(text).length * fontSize * 0.56;
}

export function truncate(text: string, maxWidth: number, fontSize: number): string {
  return truncateChars(text, Math.floor(maxWidth / (fontSize * 0.56)));
}

/** A word wider than a whole line (a long URL, a name without spaces) is cut into runs of whole characters that fit. */
function lineSizedWords(word: string, maxWidth: number, fontSize: number): string[] {
  if (textWidth(word, fontSize) <= maxWidth) return [word];
  const perLine = Math.max(1, Math.floor(maxWidth / (fontSize * 0.56)));
  const parts = graphemes(word);
  const runs: string[] = [];
  for (let start = 0; start < parts.length; start += perLine) runs.push(parts.slice(start, start + perLine).join(''));
  return runs;
}

/** Lines of whole words that fit `maxWidth`; only a word longer than a line is cut, so no text runs off the image. */
export function wrap(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Counted as the line grows, so a long text costs its length, not its length times its words.
  let lineChars = 0;
  for (const word of text.split(/\s+/).flatMap((part) => lineSizedWords(part, maxWidth, fontSize))) {
    const wordChars = graphemes(word).length;
    const joinedChars = lineChars + graphemes(` ${word}`).length;
    if (line === '') {
      line = word;
      lineChars = wordChars;
    } else if (joinedChars * fontSize * 0.56 > maxWidth) {
      lines.push(line);
      line = word;
      lineChars = wordChars;
    } else {
      line = `${line} ${word}`;
      lineChars = joinedChars;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function textElement(x: number, y: number, text: string, attributes: Record<string, string | number> = {}): string {
  const extra = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? n(value) : escapeXml(value)}"`)
    .join('');
  return `<text x="${n(x)}" y="${n(y)}"${extra}>${escapeXml(text)}</text>`;
}

/** A legend swatch as SVG text; components/legend.tsx draws the same kinds on screen. */
export function swatchElement(swatch: LegendSwatch, x: number, y: number): string {
  switch (swatch.kind) {
    case 'square':
      return `<rect x="${n(x)}" y="${n(y)}" width="12" height="12" fill="${swatch.fill}" stroke="${BAR_OUTLINE}" stroke-width="0.75"/>`;
    case 'ring':
      return `<circle cx="${n(x + 6)}" cy="${n(y + 6)}" r="4" fill="${PAPER}" stroke="${swatch.stroke}" stroke-width="2"/>`;
    case 'dot':
      return `<circle cx="${n(x + 6)}" cy="${n(y + 6)}" r="5" fill="${swatch.fill}" stroke="${BAR_OUTLINE}" stroke-width="0.75"/>`;
    case 'diamond':
      return `<polygon points="${n(x + 6)},${n(y)} ${n(x + 12)},${n(y + 6)} ${n(x + 6)},${n(y + 12)} ${n(x)},${n(y + 6)}" fill="${swatch.fill}" stroke="${BAR_OUTLINE}" stroke-width="0.75"/>`;
    case 'line':
      return `<line x1="${n(x)}" y1="${n(y + 6)}" x2="${n(x + 12)}" y2="${n(y + 6)}" stroke="${swatch.stroke}" stroke-width="2.5"${swatch.dashed ? ` stroke-dasharray="${DASH}"` : ''}/>`;
    case 'arrow':
      return `<polygon points="${n(x)},${n(y)} ${n(x + 10)},${n(y + 6)} ${n(x)},${n(y + 12)}" fill="${swatch.fill}"/>`;
    case 'dashed':
      return `<rect x="${n(x)}" y="${n(y)}" width="12" height="12" fill="${swatch.fill}" fill-opacity="0.3" stroke="${BAR_OUTLINE}" stroke-dasharray="${DASH}"/>`;
    case 'dagger':
      return textElement(x + 6, y + 11, '†', { 'font-size': 13, fill: INK, 'text-anchor': 'middle' });
  }
}

/** The legend is part of the image (a Recharts legend is HTML outside the SVG). Returns its elements and height. */
export function legendElements(items: readonly LegendItem[], top: number, width: number): { parts: string[]; height: number } {
  const parts: string[] = [];
  let x = PAD;
  let y = top;
  for (const item of items) {
    const itemWidth = 18 + textWidth(item.label, 12) + 16;
    if (x + itemWidth > width - PAD && x > PAD) {
      x = PAD;
      y += 20;
    }
    parts.push(swatchElement(item.swatch, x, y), textElement(x + 18, y + 10, item.label, { 'font-size': 12, fill: INK }));
    x += itemWidth;
  }
  return { parts, height: parts.length === 0 ? 0 : y - top + 20 };
}

/** True for an absolute http(s) URL: the only kind of link an exported image may carry. */
export function isWebLink(link: string): boolean {
  try {
    const { protocol } = new URL(link);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** What a view draws between the legend and the notes: its elements, placed from `top`, and their height. */
export interface SvgBody {
  height: number;
  draw: (top: number) => string[];
}

/**
 * Every exported image has the same frame: title, subtitle, legend, the view's body, its notes, the source,
 * the export date and a link back to the view, all inside the SVG.
 */
export function framedSvg(meta: ExportMeta, body: SvgBody, width = EXPORT_WIDTH): BuiltSvg {
  const parts: string[] = [];
  const contentWidth = width - 2 * PAD;
  let y = PAD;

  for (const line of wrap(meta.title, contentWidth, 22)) {
    y += 26;
    parts.push(textElement(PAD, y, line, { 'font-size': 22, 'font-weight': 700, fill: INK }));
  }
  y += 4;
  for (const line of wrap(meta.subtitle, contentWidth, 14)) {
    y += 20;
    parts.push(textElement(PAD, y, line, { 'font-size': 14, fill: MUTED_INK }));
  }
  y += 14;
  const legendPart = legendElements(meta.legend, y, width);
  parts.push(...legendPart.parts);
  y += legendPart.height + 12;

  parts.push(...body.draw(y));
  y += body.height;

  for (const note of meta.notes) {
    for (const line of wrap(note, contentWidth, 11)) {
      y += 15;
      parts.push(textElement(PAD, y, line, { 'font-size': 11, fill: INK }));
    }
    y += 4;
  }
  for (const line of wrap(meta.source, contentWidth, 11)) {
    y += 15;
    parts.push(textElement(PAD, y, line, { 'font-size': 11, fill: MUTED_INK }));
  }
  y += 4;
  y += 15;
  parts.push(textElement(PAD, y, `Exported ${meta.exported}. Reopen this view:`, { 'font-size': 11, fill: MUTED_INK }));
  // The one live part of an image: a link back, and only to a web page (never javascript: or data:).
  const linked = isWebLink(meta.link);
  if (linked) parts.push(`<a href="${escapeXml(meta.link)}">`);
  for (const line of wrap(meta.link.replaceAll('&', ' &').replaceAll('?', ' ?'), contentWidth, 11)) {
    y += 15;
    parts.push(textElement(PAD, y, line.replaceAll(' &', '&').replaceAll(' ?', '?'), { 'font-size': 11, fill: LINK_INK }));
  }
  if (linked) parts.push('</a>');
  const height = Math.ceil(y + PAD);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">\n` +
    `<title>${escapeXml(meta.title)}</title>\n` +
    `<desc>${escapeXml(`${meta.subtitle}. ${meta.source} Exported ${meta.exported}. ${meta.link}`)}</desc>\n` +
    `<rect width="${width}" height="${height}" fill="${PAPER}"/>\n` +
    `${parts.join('\n')}\n` +
    `</svg>\n`;
  return { svg, width, height };
}
