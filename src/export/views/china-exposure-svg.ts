import {
  exposureFrame,
  exposureLayout,
  markSentence,
  type ExposureShape,
} from '../../charts/china-exposure-chart';
import { CHINA_COLOUR, DASH, GRID, INK, MUTED_INK, PAPER } from '../../charts/theme';
import { xAxisTitle, yAxisTitle, type ChinaExposureData } from '../../state/views/china-exposure';
import type { ExportMeta } from '../export-meta';
import { EXPORT_WIDTH, PAD, escapeXml, framedSvg, n, textElement, textWidth, truncate, wrap, type BuiltSvg } from '../svg-frame';
import { CHINA_EXPOSURE_COLUMNS, toChinaExposureExportRows } from './china-exposure-rows';
import type { ViewFiles } from '../view-files';

/** The image keeps a column right of the chart listing every mark's values as printed, so it stands on its own. */
const LIST_WIDTH = 260;
const LIST_ROW = 15;
const VALUE_COLUMN = 46;

function shapeElement(shape: ExposureShape): string {
  switch (shape.kind) {
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill}" stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"/>`;
    case 'polygon':
      return `<polygon points="${shape.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${shape.fill}" stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"/>`;
    case 'line':
      return (
        `<line x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}" stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"` +
        `${shape.dashed ? ` stroke-dasharray="${DASH}"` : ''}/>`
      );
  }
}

/** A name in the list beside the chart: whole on up to two lines, cut only beyond. */
function listName(name: string, width: number): string[] {
  const lines = wrap(name, width, 11);
  if (lines.length <= 2) return lines;
  return [lines[0]!, truncate(lines.slice(1).join(' '), width, 11)];
}

/** The China-exposure chart as a standalone SVG, inside the frame every export shares. */
export function chinaExposureSvg(data: ChinaExposureData, meta: ExportMeta, width = EXPORT_WIDTH): BuiltSvg {
  const xTitle = xAxisTitle(data);
  const yTitle = yAxisTitle(data);
  const probe = exposureFrame(width, { xTitleLines: 1, extraRight: LIST_WIDTH + PAD, left: PAD });
  const xTitleLines = wrap(xTitle, probe.plot.width, 12).length;
  const frame = exposureFrame(width, { xTitleLines, extraRight: LIST_WIDTH + PAD, left: PAD });
  const nameWidth = LIST_WIDTH - 2 * VALUE_COLUMN - 6;
  const nameLines = data.marks.map((mark) => listName(mark.label, nameWidth));
  const listHeight = (nameLines.reduce((total, lines) => total + lines.length, 0) + 2) * LIST_ROW;
  const bodyHeight = Math.max(frame.height, listHeight + 8);

  const draw = (top: number): string[] => {
    const moved = { ...frame, plot: { ...frame.plot, top: frame.plot.top + top }, labelArea: { ...frame.labelArea, top: frame.labelArea.top + top } };
    const layout = exposureLayout(data, moved, { selectedId: null, xTitle, yTitle, measure: textWidth });
    const { plot } = layout;
    const parts: string[] = [];
    for (const tick of layout.ticks) {
      const x = plot.left + (plot.width * tick) / 100;
      const y = plot.top + plot.height - (plot.height * tick) / 100;
      parts.push(`<line x1="${n(x)}" y1="${n(plot.top)}" x2="${n(x)}" y2="${n(plot.top + plot.height)}" stroke="${tick === 0 ? MUTED_INK : GRID}"/>`);
      parts.push(`<line x1="${n(plot.left)}" y1="${n(y)}" x2="${n(plot.left + plot.width)}" y2="${n(y)}" stroke="${tick === 0 ? MUTED_INK : GRID}"/>`);
      parts.push(textElement(x, plot.top + plot.height + 16, `${tick}%`, { 'font-size': 12, fill: INK, 'text-anchor': 'middle' }));
      parts.push(textElement(plot.left - 6, y, `${tick}%`, { 'font-size': 12, fill: INK, 'text-anchor': 'end', 'dominant-baseline': 'central' }));
    }
    parts.push(...layout.guides.map(shapeElement));
    layout.quadrant.lines.forEach((line, index) => {
      parts.push(textElement(layout.quadrant.x, layout.quadrant.y + index * 13, line, { 'font-size': 11, 'font-style': 'italic', fill: MUTED_INK, 'text-anchor': 'end' }));
    });
    layout.xTitle.lines.forEach((line, index) => {
      parts.push(textElement(layout.xTitle.x, layout.xTitle.y + index * 15, line, { 'font-size': 12, fill: MUTED_INK, 'text-anchor': 'middle' }));
    });
    parts.push(
      `<text x="${n(layout.yTitle.x)}" y="${n(layout.yTitle.y)}" font-size="12" fill="${MUTED_INK}" text-anchor="middle" transform="rotate(-90 ${n(layout.yTitle.x)} ${n(layout.yTitle.y)})">${escapeXml(yTitle)}</text>`,
    );
    if (layout.marks.length === 0) {
      parts.push(textElement(plot.left + 8, plot.top + plot.height / 2, 'No mineral in view has both figures; the notes list them.', { 'font-size': 12, fill: MUTED_INK }));
    }
    for (const placed of layout.marks) {
      parts.push(
        `<g data-mark="${escapeXml(placed.mark.key)}">`,
        `<title>${escapeXml(markSentence(placed.mark))}</title>`,
        ...placed.shapes.map(shapeElement),
        '</g>',
      );
    }
    for (const placed of layout.marks) {
      if (!placed.label) continue;
      parts.push(
        textElement(placed.label.x, placed.label.y, placed.label.text, {
          'font-size': 12,
          fill: placed.mark.controlled ? CHINA_COLOUR : INK,
          stroke: PAPER,
          'stroke-width': 3,
          'paint-order': 'stroke',
          'text-anchor': placed.label.anchor,
          'dominant-baseline': 'central',
        }),
      );
    }

    // The values of every mark, as printed, beside the chart.
    const listLeft = width - PAD - LIST_WIDTH;
    const header = top + LIST_ROW;
    parts.push(
      textElement(listLeft, header, 'Mineral', { 'font-size': 11, 'font-weight': 700, fill: INK }),
      textElement(listLeft + nameWidth + VALUE_COLUMN, header, 'NIR', { 'font-size': 11, 'font-weight': 700, fill: INK, 'text-anchor': 'end' }),
      textElement(listLeft + LIST_WIDTH, header, 'China', { 'font-size': 11, 'font-weight': 700, fill: INK, 'text-anchor': 'end' }),
    );
    let y = header;
    layout.marks.forEach(({ mark }, index) => {
      y += LIST_ROW;
      parts.push(
        textElement(listLeft + nameWidth + VALUE_COLUMN, y, `${mark.x.printed}%`, { 'font-size': 11, fill: INK, 'text-anchor': 'end' }),
        textElement(listLeft + LIST_WIDTH, y, `${mark.y.printed}%`, { 'font-size': 11, fill: INK, 'text-anchor': 'end' }),
      );
      (nameLines[index] ?? []).forEach((line, lineIndex) => {
        if (lineIndex > 0) y += LIST_ROW;
        parts.push(textElement(listLeft, y, line, { 'font-size': 11, fill: mark.controlled ? CHINA_COLOUR : INK }));
      });
    });
    return parts;
  };
  return framedSvg(meta, { height: bodyHeight, draw }, width);
}

/** The china-exposure view's image, CSV and JSON. */
export const chinaExposureFiles: ViewFiles<ChinaExposureData> = {
  svg: (derived, meta) => chinaExposureSvg(derived, meta),
  columns: CHINA_EXPOSURE_COLUMNS,
  exportRows: toChinaExposureExportRows,
};
