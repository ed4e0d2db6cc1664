import type { KeyboardEvent } from 'react';
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, usePlotArea, useXAxisScale, type ScatterShapeProps, type TooltipContentProps } from 'recharts';
import { dayNumber, todayLabel, type TimelineEntry, type TimelineLane, type TimelineViewData } from '../state/views/timeline';
import type { LegendItem } from './legend-items';
import { BAR_OUTLINE, CHINA_COLOUR, DASH, FONT_FAMILY, GRID, INK, MUTED_INK, PAPER, SERIES_COLOURS } from './theme';

// ---- Geometry: what to draw, shared by the screen chart and the exported image ----

export const TIMELINE_GEOMETRY = {
  /** One row of marks inside a lane; marks too close in time to sit side by side take another row. */
  slotHeight: 22,
  markRadius: 5,
  /** An event naming a mineral in view: a larger mark (and bold in the list). */
  markRadiusInView: 7,
  /** Room above the plot for the today label. */
  todayRoom: 22,
  axisHeight: 24,
  fontSize: 12,
  /** Marks closer than this (centre to centre, px) stack in a lane. */
  markSpacing: 18,
} as const;

export type TimelineShape =
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string; strokeWidth: number; dashed: boolean }
  | { kind: 'polygon'; points: [number, number][]; fill: string; stroke: string; strokeWidth: number; dashed: boolean }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; strokeWidth: number; dashed: boolean }
  | { kind: 'text'; x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; fill: string; bold: boolean };

/** The time axis: whole years around every event and today. */
export interface TimeRange {
  start: number;
  end: number;
  /** 1 January of each year in the range (the ticks), as day numbers with their year. */
  years: { day: number; year: number }[];
}

export function timeRange(data: Pick<TimelineViewData, 'entries' | 'today'>): TimeRange {
  const dates = [...data.entries.map((entry) => entry.event.date), ...(data.today ? [data.today] : [])].sort();
  const firstYear = Number((dates[0] ?? '2000').slice(0, 4));
  const lastYear = Number((dates.at(-1) ?? '2000').slice(0, 4));
  const years = Array.from({ length: lastYear - firstYear + 2 }, (_, index) => {
    const year = firstYear + index;
    return { day: dayNumber(`${year}-01-01`), year };
  });
  return { start: years[0]!.day, end: years.at(-1)!.day, years };
}

/** Where each lane sits, in rows of marks: lane i takes rows [start, start + depth). */
export interface LaneRows {
  lanes: { lane: TimelineLane; start: number; depth: number }[];
  /** The row of each event, by key, counted from the top lane's first row. */
  rowOf: Map<string, number>;
  total: number;
}

/** Marks of one lane closer than `minGapDays` go on a new row, so no mark hides another. */
export function laneRows(data: Pick<TimelineViewData, 'entries' | 'lanes'>, minGapDays: number): LaneRows {
  const rowOf = new Map<string, number>();
  const lanes: LaneRows['lanes'] = [];
  let start = 0;
  for (const lane of data.lanes) {
    const lastDayOfRow: number[] = [];
    for (const entry of data.entries.filter((candidate) => candidate.lane.id === lane.id)) {
      let row = lastDayOfRow.findIndex((day) => entry.day - day >= minGapDays);
      if (row === -1) row = lastDayOfRow.length;
      lastDayOfRow[row] = entry.day;
      rowOf.set(entry.key, start + row);
    }
    const depth = Math.max(1, lastDayOfRow.length);
    lanes.push({ lane, start, depth });
    start += depth;
  }
  return { lanes, rowOf, total: start };
}

/** China in its colour wherever it appears; the other lanes take the series colours that stand apart from it. */
const LANE_SERIES = [0, 2, 4, 3, 5, 7, 6, 1] as const;

export function laneColour(lanes: readonly TimelineLane[], laneId: string): string {
  if (laneId === 'china') return CHINA_COLOUR;
  const others = lanes.filter((lane) => lane.id !== 'china');
  const index = Math.max(0, others.findIndex((lane) => lane.id === laneId));
  return SERIES_COLOURS[LANE_SERIES[index % LANE_SERIES.length]!]!;
}

/**
 * One event's mark: filled when past, open with a dashed outline when upcoming; a diamond for a computed date;
 * larger when it names a mineral in view; ringed when it names the selected mineral.
 */
export function eventMarkShapes(entry: TimelineEntry, cx: number, cy: number, colour: string): TimelineShape[] {
  const inView = entry.inViewIds.length > 0;
  const r = inView ? TIMELINE_GEOMETRY.markRadiusInView : TIMELINE_GEOMETRY.markRadius;
  const upcoming = entry.future === true;
  const fill = upcoming ? PAPER : colour;
  const stroke = upcoming ? colour : inView ? INK : BAR_OUTLINE;
  const strokeWidth = upcoming ? 2 : inView ? 1.5 : 0.75;
  const shapes: TimelineShape[] = [];
  if (entry.event.computed) {
    const d = r + 2;
    shapes.push({ kind: 'polygon', points: [[cx, cy - d], [cx + d, cy], [cx, cy + d], [cx - d, cy]], fill, stroke, strokeWidth, dashed: upcoming });
  } else {
    shapes.push({ kind: 'circle', cx, cy, r, fill, stroke, strokeWidth, dashed: upcoming });
  }
  if (entry.selected) shapes.push({ kind: 'circle', cx, cy, r: r + 5, fill: 'none', stroke: INK, strokeWidth: 2.5, dashed: false });
  return shapes;
}

/** The today line across the plot, its label above it, turned towards the plot's middle so it never leaves the chart. */
export function todayShapes(x: number, plot: { left: number; right: number; top: number; bottom: number }, today: string): TimelineShape[] {
  const rightHalf = x > (plot.left + plot.right) / 2;
  return [
    { kind: 'line', x1: x, y1: plot.top - 6, x2: x, y2: plot.bottom, stroke: INK, strokeWidth: 1.5, dashed: false },
    { kind: 'text', x: rightHalf ? x - 4 : x + 4, y: plot.top - 9, text: todayLabel(today), anchor: rightHalf ? 'end' : 'start', fill: INK, bold: true },
  ];
}

/** The legend of what is drawn, only the kinds present. One list for page and image. */
export function timelineLegend(data: Pick<TimelineViewData, 'entries' | 'today' | 'selected'>): LegendItem[] {
  const items: LegendItem[] = [];
  const { entries } = data;
  if (entries.some((entry) => entry.future !== true)) {
    items.push({ key: 'past', label: data.today ? 'Filled: past (on or before today)' : 'An event', swatch: { kind: 'dot', fill: MUTED_INK } });
  }
  if (entries.some((entry) => entry.future === true)) {
    items.push({ key: 'upcoming', label: 'Open, dashed outline: upcoming (after today)', swatch: { kind: 'ring', stroke: MUTED_INK } });
  }
  const computed = entries.find((entry) => entry.event.computed);
  if (computed) items.push({ key: 'computed', label: `Diamond: ${computed.dateLabel}`, swatch: { kind: 'diamond', fill: MUTED_INK } });
  if (entries.some((entry) => entry.inViewIds.length > 0)) {
    items.push({ key: 'in-view', label: 'Larger mark, bold in the list: names a mineral in view', swatch: { kind: 'dot', fill: INK } });
  }
  if (data.selected) items.push({ key: 'selected', label: `Ring: names ${data.selected.name} (selected)`, swatch: { kind: 'ring', stroke: INK } });
  if (data.today) items.push({ key: 'today', label: todayLabel(data.today), swatch: { kind: 'line', stroke: INK, dashed: false } });
  return items;
}

// ---- The chart on screen ----

export interface TimelineChartProps {
  data: Pick<TimelineViewData, 'entries' | 'lanes' | 'today'>;
  width: number;
  /** Read by screen readers as the chart's title. */
  title: string;
  /** A mark clicked (or Enter on it): the caller shows the event in its list. */
  onActivate?: (key: string) => void;
}

interface Datum {
  x: number;
  y: number;
  entry: TimelineEntry;
  colour: string;
}

const LANE_AXIS_WIDTH = 112;
const MARGIN_RIGHT = 16;

function ShapeElement({ shape }: { shape: TimelineShape }) {
  const dash = shape.kind !== 'text' && shape.dashed ? DASH : undefined;
  switch (shape.kind) {
    case 'circle':
      return <circle cx={shape.cx} cy={shape.cy} r={shape.r} fill={shape.fill} stroke={shape.stroke} strokeWidth={shape.strokeWidth} strokeDasharray={dash} />;
    case 'polygon':
      return (
        <polygon
          points={shape.points.map((point) => point.join(',')).join(' ')}
          fill={shape.fill}
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
          strokeDasharray={dash}
        />
      );
    case 'line':
      return <line x1={shape.x1} y1={shape.y1} x2={shape.x2} y2={shape.y2} stroke={shape.stroke} strokeWidth={shape.strokeWidth} strokeDasharray={dash} />;
    case 'text':
      return (
        <text x={shape.x} y={shape.y} textAnchor={shape.anchor} fontSize={TIMELINE_GEOMETRY.fontSize} fontWeight={shape.bold ? 700 : 400} fontFamily={FONT_FAMILY} fill={shape.fill}>
          {shape.text}
        </text>
      );
  }
}

/** The today line, on Recharts' own x scale. */
function TodayLine({ today }: { today: string }) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  const x = xScale?.(dayNumber(today));
  if (x === undefined || !plot) return null;
  const shapes = todayShapes(x, { left: plot.x, right: plot.x + plot.width, top: plot.y, bottom: plot.y + plot.height }, today);
  return (
    <g className="timeline-chart__today" data-today={today}>
      {shapes.map((shape, index) => (
        <ShapeElement key={index} shape={shape} />
      ))}
    </g>
  );
}

function TimelineTooltip({ active, payload }: TooltipContentProps) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  const { entry } = datum;
  return (
    <div className="chart-tooltip timeline-chart__tooltip">
      <strong>{entry.dateLabel}</strong>
      {entry.future === true && <span className="chart-tooltip__muted"> · upcoming</span>}
      <div className="chart-tooltip__muted">{entry.event.actor}</div>
      <div className="timeline-chart__tooltip-text">{entry.event.event}</div>
    </div>
  );
}

export function chartHeight(total: number): number {
  return TIMELINE_GEOMETRY.todayRoom + Math.max(1, total) * TIMELINE_GEOMETRY.slotHeight + TIMELINE_GEOMETRY.axisHeight;
}

/**
 * The events on a time axis, one lane per actor, with today's date as a labelled line.
 * Keyboard: Tab reaches each mark; Enter or Space shows the event in the list under the chart.
 */
export function TimelineChart({ data, width, title, onActivate }: TimelineChartProps) {
  const range = timeRange(data);
  const plotWidth = Math.max(1, width - LANE_AXIS_WIDTH - MARGIN_RIGHT);
  const minGapDays = (TIMELINE_GEOMETRY.markSpacing * (range.end - range.start)) / plotWidth;
  const rows = laneRows(data, minGapDays);
  const chartData: Datum[] = data.entries.map((entry) => ({
    x: entry.day,
    y: (rows.rowOf.get(entry.key) ?? 0) + 0.5,
    entry,
    colour: laneColour(data.lanes, entry.lane.id),
  }));
  const laneMiddles = rows.lanes.map((lane) => lane.start + lane.depth / 2);
  const laneName = (value: number) => rows.lanes.find((_lane, index) => laneMiddles[index] === value)?.lane.shortLabel ?? '';

  const onKeyDown = (key: string) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate?.(key);
    }
  };

  const renderShape = (props: ScatterShapeProps) => {
    const datum = props.payload as Datum;
    const { entry } = datum;
    const cx = props.cx ?? 0;
    const cy = props.cy ?? 0;
    return (
      <g
        className="timeline-chart__mark"
        data-mark={entry.key}
        data-future={entry.future === null ? undefined : String(entry.future)}
        data-computed={entry.event.computed ? 'true' : undefined}
        data-in-view={entry.inViewIds.length > 0 ? 'true' : undefined}
        data-selected={entry.selected ? 'true' : undefined}
        role="button"
        tabIndex={0}
        aria-label={`${entry.dateLabel}${entry.future === true ? ', upcoming' : ''}, ${entry.lane.label}: show in the list`}
        onClick={() => onActivate?.(entry.key)}
        onKeyDown={onKeyDown(entry.key)}
        style={{ cursor: onActivate ? 'pointer' : undefined }}
      >
        {eventMarkShapes(entry, cx, cy, datum.colour).map((shape, index) => (
          <ShapeElement key={index} shape={shape} />
        ))}
      </g>
    );
  };

  return (
    <div className="timeline-chart">
      <ScatterChart
        width={width}
        height={chartHeight(rows.total)}
        margin={{ top: TIMELINE_GEOMETRY.todayRoom, right: MARGIN_RIGHT, bottom: 0, left: 0 }}
        title={title}
        desc={`One mark per event on a time axis, in lanes by actor (${data.lanes.map((lane) => lane.label).join('; ')}). Filled marks are past, open dashed marks upcoming; a diamond is a computed date; larger marks name a mineral in view.${data.today ? ` A line marks today, ${data.today}.` : ''} The list under the chart gives every event.`}
        style={{ fontFamily: FONT_FAMILY }}
      >
        <CartesianGrid stroke={GRID} horizontalValues={rows.lanes.slice(1).map((lane) => lane.start)} verticalValues={range.years.map((year) => year.day)} />
        <XAxis
          type="number"
          dataKey="x"
          domain={[range.start, range.end]}
          allowDataOverflow
          ticks={range.years.map((year) => year.day)}
          interval={0}
          tickFormatter={(value: number) => String(range.years.find((year) => year.day === value)?.year ?? '')}
          tick={{ fill: INK, fontSize: TIMELINE_GEOMETRY.fontSize }}
          height={TIMELINE_GEOMETRY.axisHeight}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[0, Math.max(1, rows.total)]}
          reversed
          allowDataOverflow
          ticks={laneMiddles}
          interval={0}
          tickLine={false}
          tickFormatter={laneName}
          tick={{ fill: INK, fontSize: TIMELINE_GEOMETRY.fontSize }}
          width={LANE_AXIS_WIDTH}
        />
        <Tooltip content={(props) => <TimelineTooltip {...props} />} isAnimationActive={false} cursor={false} />
        <Scatter data={chartData} isAnimationActive={false} shape={renderShape} />
        {data.today && <TodayLine today={data.today} />}
      </ScatterChart>
    </div>
  );
}
