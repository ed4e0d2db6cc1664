import { relianceMark, type MarkShape } from '../../charts/reliance-marks';
import { DASH, GRID, INK, MUTED_INK, RELIANCE_CHART } from '../../charts/theme';
import type { RelianceRow } from '../../state/derive';
import { nirLabel } from '../../state/format';
import type { ExportMeta } from '../export-meta';
import { EXPORT_WIDTH, PAD, escapeXml, framedSvg, n, textElement, textWidth, truncate, type BuiltSvg } from '../svg-frame';
import type { RelianceViewData } from '../../state/views/reliance';
import { RELIANCE_COLUMNS, toRelianceExportRows } from './reliance-rows';
import type { ViewFiles } from '../view-files';

/** The name column fits the longest name shown, within these bounds. */
const NAME_WIDTH_MIN = 120;
const NAME_WIDTH_MAX = 380;
const LABEL_ROOM = 150;
const REVISED = ' †';
const TICKS = [0, 25, 50, 75, 100];

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

/** The reliance chart as a standalone SVG, inside the frame every export shares. */
export function relianceSvg(rows: readonly RelianceRow[], meta: ExportMeta, width = EXPORT_WIDTH): BuiltSvg {
  const longestName = Math.max(0, ...rows.map((row) => textWidth(row.name, 12)));
  const nameWidth = Math.min(NAME_WIDTH_MAX, Math.max(NAME_WIDTH_MIN, Math.ceil(longestName) + 14));
  const plotLeft = PAD + nameWidth;
  const plotWidth = width - PAD - LABEL_ROOM - plotLeft;
  const plotHeight = Math.max(rows.length, 1) * RELIANCE_CHART.rowHeight;

  const draw = (chartTop: number): string[] => {
    const parts: string[] = [];
    const chartBottom = chartTop + plotHeight;
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
    return parts;
  };
  return framedSvg(meta, { height: plotHeight + 44, draw }, width);
}

/** The reliance view's image, CSV and JSON. */
export const relianceFiles: ViewFiles<RelianceViewData> = {
  svg: (derived, meta) => relianceSvg(derived.rows, meta),
  columns: RELIANCE_COLUMNS,
  exportRows: (derived) => toRelianceExportRows(derived.edition, derived.rows),
};
