import { OVER_TIME_GEOMETRY, overTimeMarks, type OverTimeScale, type OverTimeShape } from '../../charts/over-time-chart';
import { DASH, GRID, INK, MUTED_INK } from '../../charts/theme';
import type { OverTimeViewData } from '../../state/views/over-time';
import type { ExportMeta } from '../export-meta';
import { EXPORT_WIDTH, PAD, escapeXml, framedSvg, n, textElement, truncate, type BuiltSvg } from '../svg-frame';
import { OVER_TIME_COLUMNS, toOverTimeExportRows } from './over-time-rows';
import type { ViewFiles } from '../view-files';

const PLOT_HEIGHT = 320;
const AXIS_WIDTH = 56;
const AXIS_HEIGHT = 40;
/** Room left and right of the first and last year inside the plot, as on screen. */
const YEAR_PADDING = { left: 18, right: 30 } as const;
const TICKS = [0, 25, 50, 75, 100];

function shapeElement(shape: OverTimeShape): string {
  switch (shape.kind) {
    case 'polyline':
      return (
        `<polyline points="${shape.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" stroke="${shape.stroke}" ` +
        `stroke-width="${n(shape.strokeWidth)}"${shape.dashed ? ` stroke-dasharray="${DASH}"` : ''} stroke-linejoin="round"/>`
      );
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill}" stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"/>`;
    case 'polygon':
      return `<polygon points="${shape.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${shape.fill}" stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"/>`;
    case 'text':
      return textElement(shape.x, shape.y, shape.text, {
        'font-size': shape.fontSize,
        fill: INK,
        'text-anchor': shape.anchor,
        ...(shape.bold ? { 'font-weight': 700 } : {}),
      });
  }
}

/** The over-time chart as a standalone SVG, inside the frame every export shares; the same marks as the screen. */
export function overTimeSvg(derived: OverTimeViewData, meta: ExportMeta, width = EXPORT_WIDTH): BuiltSvg {
  const plotLeft = PAD + AXIS_WIDTH;
  const plotRight = width - PAD - OVER_TIME_GEOMETRY.nameRoom;
  const { years } = derived;

  const draw = (top: number): string[] => {
    const bottom = top + PLOT_HEIGHT;
    const inner = plotRight - plotLeft - YEAR_PADDING.left - YEAR_PADDING.right;
    const step = years.length > 1 ? inner / (years.length - 1) : 0;
    const scale: OverTimeScale = {
      x: (year) => plotLeft + YEAR_PADDING.left + (years.length > 1 ? (year - years[0]!) * step : inner / 2),
      y: (percent) => bottom - (PLOT_HEIGHT * percent) / 100,
      top,
      bottom,
      right: plotRight,
    };
    const parts: string[] = [];
    for (const tick of TICKS) {
      const y = scale.y(tick);
      parts.push(`<line x1="${n(plotLeft)}" y1="${n(y)}" x2="${n(plotRight)}" y2="${n(y)}" stroke="${tick === 0 ? MUTED_INK : GRID}"/>`);
      parts.push(textElement(plotLeft - 6, y + 4, `${tick}%`, { 'font-size': 12, fill: INK, 'text-anchor': 'end' }));
    }
    for (const year of years) {
      parts.push(textElement(scale.x(year), bottom + 16, String(year), { 'font-size': 12, fill: INK, 'text-anchor': 'middle' }));
    }
    parts.push(
      textElement(PAD + 10, top + PLOT_HEIGHT / 2, 'Net import reliance', {
        'font-size': 12,
        fill: MUTED_INK,
        'text-anchor': 'middle',
        transform: `rotate(-90 ${n(PAD + 10)} ${n(top + PLOT_HEIGHT / 2)})`,
      }),
      textElement((plotLeft + plotRight) / 2, bottom + 34, 'Data year', { 'font-size': 12, fill: MUTED_INK, 'text-anchor': 'middle' }),
    );
    if (derived.series.length === 0) {
      parts.push(textElement(plotLeft + 8, top + 16, 'No minerals in view have a value to draw.', { 'font-size': 12, fill: MUTED_INK }));
    }
    const marks = overTimeMarks(derived.series, scale, {
      selectedId: null,
      names: true,
      fitName: (name) => truncate(name, OVER_TIME_GEOMETRY.nameRoom - 24, OVER_TIME_GEOMETRY.fontSize),
    });
    for (const mark of marks) {
      parts.push(`<g data-mineral="${escapeXml(mark.id)}">`, `<title>${escapeXml(mark.sentence)}</title>`, ...mark.shapes.map(shapeElement), '</g>');
    }
    return parts;
  };
  return framedSvg(meta, { height: PLOT_HEIGHT + AXIS_HEIGHT + 8, draw }, width);
}

/** The over-time view's image, CSV and JSON. */
export const overTimeFiles: ViewFiles<OverTimeViewData> = {
  svg: (derived, meta) => overTimeSvg(derived, meta),
  columns: OVER_TIME_COLUMNS,
  exportRows: toOverTimeExportRows,
};
