import { ARROW_ROOM, dumbbellLabel, dumbbellShapes, type DumbbellShape } from '../../charts/changes-marks';
import { DASH, GRID, INK, MUTED_INK, RELIANCE_CHART } from '../../charts/theme';
import type { ChangeRow } from '../../state/views/changes';
import type { ExportMeta } from '../export-meta';
import { EXPORT_WIDTH, PAD, escapeXml, framedSvg, n, textElement, textWidth, truncate, type BuiltSvg } from '../svg-frame';
import type { ChangesViewData } from '../../state/views/changes';
import { CHANGES_COLUMNS, toChangesExportRows } from './changes-rows';
import type { ViewFiles } from '../view-files';

/** The name column fits the longest name shown, within these bounds. */
const NAME_WIDTH_MIN = 120;
const NAME_WIDTH_MAX = 380;
/** Room right of the axis for both values and the change ("no figure → E: exporter", "58% → 40%: −18 points"). */
const LABEL_ROOM = 210;
const TICKS = [0, 25, 50, 75, 100];
const FONT_SIZE = 12;

function shapeElement(shape: DumbbellShape): string {
  switch (shape.kind) {
    case 'line':
      return (
        `<line x1="${n(shape.x1)}" y1="${n(shape.y)}" x2="${n(shape.x2)}" y2="${n(shape.y)}" stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"` +
        `${shape.dashed ? ` stroke-dasharray="${DASH}"` : ''}/>`
      );
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill}" stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"/>`;
    case 'polygon':
      return `<polygon points="${shape.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${shape.fill}" stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"/>`;
    case 'rect':
      return (
        `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" fill="${shape.fill}" fill-opacity="${n(shape.fillOpacity)}"` +
        ` stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"${shape.dashed ? ` stroke-dasharray="${DASH}"` : ''}/>`
      );
    case 'text':
      return textElement(shape.x, shape.y, shape.text, { 'font-size': FONT_SIZE, fill: shape.fill, 'dominant-baseline': 'central' });
  }
}

/** The changes view as a standalone SVG, inside the frame every export shares: the same dumbbells as on screen. */
export function changesSvg(rows: readonly ChangeRow[], meta: ExportMeta, width = EXPORT_WIDTH): BuiltSvg {
  const longestName = Math.max(0, ...rows.map((row) => textWidth(row.name, FONT_SIZE)));
  const nameWidth = Math.min(NAME_WIDTH_MAX, Math.max(NAME_WIDTH_MIN, Math.ceil(longestName) + 14));
  const plotLeft = PAD + nameWidth;
  const plotWidth = width - PAD - LABEL_ROOM - plotLeft;
  const rowHeight = RELIANCE_CHART.rowHeight;
  const plotHeight = Math.max(rows.length, 1) * rowHeight;

  const draw = (chartTop: number): string[] => {
    const parts: string[] = [];
    const chartBottom = chartTop + plotHeight;
    for (const tick of TICKS) {
      const x = plotLeft + (plotWidth * tick) / 100;
      parts.push(`<line x1="${n(x)}" y1="${n(chartTop)}" x2="${n(x)}" y2="${n(chartBottom)}" stroke="${tick === 0 ? MUTED_INK : GRID}"/>`);
      parts.push(textElement(x, chartBottom + 16, `${tick}%`, { 'font-size': FONT_SIZE, fill: INK, 'text-anchor': 'middle' }));
    }
    parts.push(
      textElement(plotLeft + plotWidth / 2, chartBottom + 36, 'Net import reliance, % of apparent consumption', {
        'font-size': FONT_SIZE,
        fill: MUTED_INK,
        'text-anchor': 'middle',
      }),
    );
    if (rows.length === 0) {
      parts.push(textElement(plotLeft + 8, chartTop + 16, 'No minerals match these filters.', { 'font-size': FONT_SIZE, fill: MUTED_INK }));
    }
    rows.forEach((row, index) => {
      const middle = chartTop + index * rowHeight + rowHeight / 2;
      const label = dumbbellLabel(row);
      parts.push(
        `<g data-mineral="${escapeXml(row.id)}">`,
        `<title>${escapeXml(`${row.name}: ${row.words}`)}</title>`,
        textElement(plotLeft - 6, middle, truncate(row.name, nameWidth - 10, FONT_SIZE), {
          'font-size': FONT_SIZE,
          fill: INK,
          'text-anchor': 'end',
          'dominant-baseline': 'central',
        }),
        ...dumbbellShapes(row, { x: plotLeft, width: plotWidth, middle, selected: false }).map(shapeElement),
        textElement(plotLeft + plotWidth + ARROW_ROOM + 4, middle, label, { 'font-size': FONT_SIZE, fill: INK, 'dominant-baseline': 'central' }),
        '</g>',
      );
    });
    return parts;
  };
  return framedSvg(meta, { height: plotHeight + 44, draw }, width);
}

/** The changes view's image, CSV and JSON. */
export const changesFiles: ViewFiles<ChangesViewData> = {
  svg: (derived, meta) => changesSvg(derived.rows, meta),
  columns: CHANGES_COLUMNS,
  exportRows: toChangesExportRows,
};
