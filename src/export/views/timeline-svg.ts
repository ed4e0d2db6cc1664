import {
  TIMELINE_GEOMETRY,
  eventMarkShapes,
  laneColour,
  laneRows,
  timeRange,
  todayShapes,
  type TimelineShape,
} from '../../charts/timeline-chart';
import { DASH, GRID, INK, MUTED_INK } from '../../charts/theme';
import { dayNumber, type TimelineEntry, type TimelineViewData } from '../../state/views/timeline';
import type { ExportMeta } from '../export-meta';
import { EXPORT_WIDTH, PAD, escapeXml, framedSvg, graphemes, n, textElement, truncate, truncateChars, type BuiltSvg } from '../svg-frame';
import { TIMELINE_COLUMNS, toTimelineExportRows } from './timeline-rows';
import type { ViewFiles } from '../view-files';

const LANE_AXIS = 120;
const LIST_FONT = 11;
const LIST_ROW = 16;
const LIST_GAP = 18;
/** Bold text runs wider than the frame's 0.56 em estimate. */
const BOLD_WIDENING = 1.1;

function shapeElement(shape: TimelineShape): string {
  const dash = shape.kind !== 'text' && shape.dashed ? ` stroke-dasharray="${DASH}"` : '';
  switch (shape.kind) {
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill}" stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"${dash}/>`;
    case 'polygon':
      return `<polygon points="${shape.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${shape.fill}" stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"${dash}/>`;
    case 'line':
      return `<line x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}" stroke="${shape.stroke}" stroke-width="${n(shape.strokeWidth)}"${dash}/>`;
    case 'text':
      return textElement(shape.x, shape.y, shape.text, {
        'font-size': TIMELINE_GEOMETRY.fontSize,
        fill: shape.fill,
        'text-anchor': shape.anchor,
        ...(shape.bold ? { 'font-weight': 700 } : {}),
      });
  }
}

/** One line of the event list: the date as shown (a computed date says so), the lane, and the event cut to fit. */
export function listLine(entry: TimelineEntry, maxChars: number): string {
  const head = `${entry.dateLabel}${entry.future === true ? ' (upcoming)' : ''} · ${entry.lane.shortLabel} · `;
  return `${head}${truncateChars(entry.event.event, Math.max(12, maxChars - graphemes(head).length))}`;
}

const dataAttributes = (entry: TimelineEntry) =>
  `data-future="${entry.future === null ? '' : String(entry.future)}"${entry.event.computed ? ' data-computed="true"' : ''}` +
  `${entry.inViewIds.length > 0 ? ' data-in-view="true"' : ''}${entry.selected ? ' data-selected="true"' : ''}`;

/**
 * The timeline as a standalone SVG inside the frame every export shares: the time axis with one mark per event
 * in lanes by actor, the today line, then every event listed with its date and its text cut to one line.
 */
export function timelineSvg(data: TimelineViewData, meta: ExportMeta, width = EXPORT_WIDTH): BuiltSvg {
  const { slotHeight, todayRoom, axisHeight, markSpacing, fontSize } = TIMELINE_GEOMETRY;
  const plotLeft = PAD + LANE_AXIS;
  const plotRight = width - PAD - 8;
  const plotWidth = plotRight - plotLeft;
  const range = timeRange(data);
  const span = Math.max(1, range.end - range.start);
  const x = (day: number) => plotLeft + ((day - range.start) / span) * plotWidth;
  const rows = laneRows(data, (markSpacing * span) / plotWidth);
  const plotHeight = Math.max(1, rows.total) * slotHeight;
  const listHeight = LIST_GAP + LIST_ROW + data.entries.length * LIST_ROW + 4;
  const maxChars = Math.floor((width - 2 * PAD - 16) / (LIST_FONT * 0.56));

  const draw = (top: number): string[] => {
    const parts: string[] = [];
    const plotTop = top + todayRoom;
    const plotBottom = plotTop + plotHeight;
    for (const year of range.years) {
      const tickX = x(year.day);
      parts.push(`<line x1="${n(tickX)}" y1="${n(plotTop)}" x2="${n(tickX)}" y2="${n(plotBottom)}" stroke="${GRID}"/>`);
      parts.push(textElement(tickX, plotBottom + 16, String(year.year), { 'font-size': fontSize, fill: INK, 'text-anchor': 'middle' }));
    }
    parts.push(`<line x1="${n(plotLeft)}" y1="${n(plotBottom)}" x2="${n(plotRight)}" y2="${n(plotBottom)}" stroke="${MUTED_INK}"/>`);
    for (const [index, lane] of rows.lanes.entries()) {
      const laneTop = plotTop + lane.start * slotHeight;
      if (index > 0) parts.push(`<line x1="${n(PAD)}" y1="${n(laneTop)}" x2="${n(plotRight)}" y2="${n(laneTop)}" stroke="${GRID}"/>`);
      parts.push(
        textElement(plotLeft - 8, laneTop + (lane.depth * slotHeight) / 2, truncate(lane.lane.shortLabel, LANE_AXIS - 12, fontSize), {
          'font-size': fontSize,
          fill: INK,
          'text-anchor': 'end',
          'dominant-baseline': 'central',
        }),
      );
    }
    for (const entry of data.entries) {
      const cx = x(entry.day);
      const cy = plotTop + ((rows.rowOf.get(entry.key) ?? 0) + 0.5) * slotHeight;
      parts.push(
        `<g data-mark="${escapeXml(entry.key)}" ${dataAttributes(entry)}>`,
        `<title>${escapeXml(`${entry.dateLabel}, ${entry.event.actor}`)}</title>`,
        ...eventMarkShapes(entry, cx, cy, laneColour(data.lanes, entry.lane.id)).map(shapeElement),
        '</g>',
      );
    }
    if (data.today) {
      parts.push(
        `<g data-today="${escapeXml(data.today)}">`,
        ...todayShapes(x(dayNumber(data.today)), { left: plotLeft, right: plotRight, top: plotTop, bottom: plotBottom }, data.today).map(shapeElement),
        '</g>',
      );
    }

    let y = plotBottom + axisHeight + LIST_GAP;
    parts.push(textElement(PAD, y, 'Every event, in date order (bold: names a mineral in view; full text in the CSV)', { 'font-size': LIST_FONT, fill: MUTED_INK }));
    for (const entry of data.entries) {
      y += LIST_ROW;
      const bold = entry.inViewIds.length > 0;
      const colour = laneColour(data.lanes, entry.lane.id);
      parts.push(
        `<g data-event="${escapeXml(entry.key)}" ${dataAttributes(entry)}>`,
        ...(entry.selected ? [`<rect x="${n(PAD - 4)}" y="${n(y - 12)}" width="${n(width - 2 * PAD + 8)}" height="${LIST_ROW}" fill="${GRID}"/>`] : []),
        `<circle cx="${n(PAD + 5)}" cy="${n(y - 4)}" r="4" fill="${entry.future === true ? 'none' : colour}" stroke="${colour}" stroke-width="1.5"${entry.future === true ? ` stroke-dasharray="${DASH}"` : ''}/>`,
        textElement(PAD + 16, y, listLine(entry, bold ? Math.floor(maxChars / BOLD_WIDENING) : maxChars), {
          'font-size': LIST_FONT,
          fill: INK,
          ...(bold ? { 'font-weight': 700 } : {}),
        }),
        '</g>',
      );
    }
    return parts;
  };
  return framedSvg(meta, { height: todayRoom + plotHeight + axisHeight + listHeight, draw }, width);
}

/** The timeline view's image, CSV and JSON. */
export const timelineFiles: ViewFiles<TimelineViewData> = {
  svg: (derived, meta) => timelineSvg(derived, meta),
  columns: TIMELINE_COLUMNS,
  exportRows: toTimelineExportRows,
};
