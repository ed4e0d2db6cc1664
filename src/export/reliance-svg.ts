import { legendItems, type LegendSwatch } from '../charts/legend-items';
import { relianceMark, type MarkShape } from '../charts/reliance-marks';
import { BAR_OUTLINE, DASH, FONT_FAMILY, GRID, INK, MUTED_INK, RELIANCE_CHART } from '../charts/theme';
import { revisionGroups, type RelianceRow } from '../state/derive';
import { nirLabel } from '../state/format';
import type { ExportMeta } from './export-meta';

/** Exports are drawn at one size whatever the screen, so the same view gives the same file. */
export const EXPORT_WIDTH = 960;

const PAD = 24;
/** The name column fits the longest name shown, within these bounds. */
const NAME_WIDTH_MIN = 120;
const NAME_WIDTH_MAX = 380;
const LABEL_ROOM = 150;
const REVISED = ' †';
const TICKS = [0, 25, 50, 75, 100];

export interface BuiltSvg {
  svg: string;
  width: number;
  height: number;
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** Two decimals at most, so floating-point noise never changes the bytes. */
function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A rough text width: exports use the page's sans-serif font, about 0.56 em a character. */
function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

function wrap(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function truncate(text: string, maxWidth: number, fontSize: number): string {
  const maxChars = Math.floor(maxWidth / (fontSize * 0.56));
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}

function textElement(x: number, y: number, text: string, attributes: Record<string, string | number> = {}): string {
  const extra = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? n(value) : escapeXml(value)}"`)
    .join('');
  return `<text x="${n(x)}" y="${n(y)}"${extra}>${escapeXml(text)}</text>`;
}

function shapeElement(shape: MarkShape): string {
  switch (shape.kind) {
    case 'rect':
      return (
        `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" fill="${shape.fill}"` +
        `${shape.fillOpacity === 1 ? '' : ` fill-opacity="${n(shape.fillOpacity)}"`} stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"` +
        `${shape.dashed ? ` stroke-dasharray="${DASH}"` : ''}/>`
      );
    case 'polygon':
      return `<polygon points="${shape.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${shape.fill}" stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"/>`;
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill}" stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"/>`;
  }
}

function swatchElement(swatch: LegendSwatch, x: number, y: number): string {
  switch (swatch.kind) {
    case 'square':
      return `<rect x="${n(x)}" y="${n(y)}" width="12" height="12" fill="${swatch.fill}" stroke="${BAR_OUTLINE}" stroke-width="0.75"/>`;
    case 'ring':
      return `<circle cx="${n(x + 6)}" cy="${n(y + 6)}" r="4" fill="#ffffff" stroke="${swatch.stroke}" stroke-width="2"/>`;
    case 'arrow':
      return `<polygon points="${n(x)},${n(y)} ${n(x + 10)},${n(y + 6)} ${n(x)},${n(y + 12)}" fill="${swatch.fill}"/>`;
    case 'dashed':
      return `<rect x="${n(x)}" y="${n(y)}" width="12" height="12" fill="${swatch.fill}" fill-opacity="0.3" stroke="${BAR_OUTLINE}" stroke-dasharray="${DASH}"/>`;
    case 'dagger':
      return textElement(x + 6, y + 11, '†', { 'font-size': 13, fill: INK, 'text-anchor': 'middle' });
  }
}

/** The legend is part of the image (a Recharts legend is HTML outside the SVG). Returns its elements and height. */
function legend(rows: readonly RelianceRow[], top: number, width: number): { parts: string[]; height: number } {
  const parts: string[] = [];
  let x = PAD;
  let y = top;
  for (const item of legendItems(rows)) {
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

/** "† Revised in MCS 2026: Cerium, Dysprosium: 80% → 53%; …" — a figure and its revision are both facts. */
function revisionNote(rows: readonly RelianceRow[]): string | null {
  const groups = revisionGroups(rows);
  if (groups.length === 0) return null;
  const changes = groups.map((group) => `${group.names.join(', ')}: ${nirLabel(group.from)} → ${nirLabel(group.to)}`);
  return `† Shown as first published; MCS 2026 (MCS2026_Commodities_Data.csv) revised ${changes.join('; ')}.`;
}

/** The reliance chart as a standalone SVG: title, subtitle, legend, bars, source, date and link, all inside. */
export function relianceSvg(rows: readonly RelianceRow[], meta: ExportMeta, width = EXPORT_WIDTH): BuiltSvg {
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
  const legendPart = legend(rows, y, width);
  parts.push(...legendPart.parts);
  y += legendPart.height + 12;

  const longestName = Math.max(0, ...rows.map((row) => textWidth(row.name, 12)));
  const nameWidth = Math.min(NAME_WIDTH_MAX, Math.max(NAME_WIDTH_MIN, Math.ceil(longestName) + 14));
  const plotLeft = PAD + nameWidth;
  const plotWidth = width - PAD - LABEL_ROOM - plotLeft;
  const chartTop = y;
  const chartBottom = chartTop + Math.max(rows.length, 1) * RELIANCE_CHART.rowHeight;
  for (const tick of TICKS) {
    const x = plotLeft + (plotWidth * tick) / 100;
    parts.push(`<line x1="${n(x)}" y1="${n(chartTop)}" x2="${n(x)}" y2="${n(chartBottom)}" stroke="${tick === 0 ? MUTED_INK : GRID}"/>`);
    parts.push(textElement(x, chartBottom + 16, `${tick}%`, { 'font-size': 12, fill: INK, 'text-anchor': 'middle' }));
  }
  parts.push(
    textElement(plotLeft + plotWidth / 2, chartBottom + 36, 'Net import reliance, % of apparent consumption', {
      'font-size': 12,
      fill: MUTED_INK,
      'text-anchor': 'middle',
    }),
  );
  if (rows.length === 0) {
    parts.push(textElement(plotLeft + 8, chartTop + 16, 'No minerals match these filters.', { 'font-size': 12, fill: MUTED_INK }));
  }
  rows.forEach((row, index) => {
    const rowTop = chartTop + index * RELIANCE_CHART.rowHeight;
    const barTop = rowTop + (RELIANCE_CHART.rowHeight - RELIANCE_CHART.barThickness) / 2;
    const middle = rowTop + RELIANCE_CHART.rowHeight / 2;
    const label = `${nirLabel(row.nir)}${row.revision ? REVISED : ''}`;
    const mark = relianceMark(row, { x: plotLeft, width: plotWidth, top: barTop, height: RELIANCE_CHART.barThickness, selected: false }, label);
    parts.push(
      `<g data-mineral="${escapeXml(row.id)}">`,
      `<title>${escapeXml(`${row.name}: ${label}`)}</title>`,
      textElement(plotLeft - 6, middle, truncate(row.name, nameWidth - 10, 12), { 'font-size': 12, fill: INK, 'text-anchor': 'end', 'dominant-baseline': 'central' }),
      ...mark.shapes.map(shapeElement),
      textElement(mark.label.x, mark.label.y, mark.label.text, { 'font-size': 12, fill: mark.label.fill, 'dominant-baseline': 'central' }),
      '</g>',
    );
  });
  y = chartBottom + 44;

  const revised = revisionNote(rows);
  for (const line of revised ? wrap(revised, contentWidth, 11) : []) {
    y += 15;
    parts.push(textElement(PAD, y, line, { 'font-size': 11, fill: INK }));
  }
  if (revised) y += 4;
  for (const line of wrap(meta.source, contentWidth, 11)) {
    y += 15;
    parts.push(textElement(PAD, y, line, { 'font-size': 11, fill: MUTED_INK }));
  }
  y += 4;
  y += 15;
  parts.push(textElement(PAD, y, `Exported ${meta.exported}. Reopen this view:`, { 'font-size': 11, fill: MUTED_INK }));
  parts.push(`<a href="${escapeXml(meta.link)}">`);
  for (const line of wrap(meta.link.replaceAll('&', ' &').replaceAll('?', ' ?'), contentWidth, 11)) {
    y += 15;
    parts.push(textElement(PAD, y, line.replaceAll(' &', '&').replaceAll(' ?', '?'), { 'font-size': 11, fill: '#1f4a9e' }));
  }
  parts.push('</a>');
  const height = Math.ceil(y + PAD);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">\n` +
    `<title>${escapeXml(meta.title)}</title>\n` +
    `<desc>${escapeXml(`${meta.subtitle}. ${meta.source} Exported ${meta.exported}. ${meta.link}`)}</desc>\n` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>\n` +
    `${parts.join('\n')}\n` +
    `</svg>\n`;
  return { svg, width, height };
}
