import type { MouseEvent } from 'react';
import { truncateChars } from '../data/text';
import { HOW_TO_READ_HINT } from './legend-items';
import { CartesianGrid, LineChart, Tooltip, XAxis, YAxis, usePlotArea, useXAxisScale, useYAxisScale, type TooltipContentProps } from 'recharts';
import type { Nir } from '../data/schema';
import { editionLabel, nirLabel } from '../state/format';
import { seriesSentence, type OverTimeSeries, type OverTimeYear } from '../state/views/over-time';
import type { LegendItem } from './legend-items';
import { DASH, FONT_FAMILY, GRID, INK, MUTED_INK, NARROW_BELOW, PAPER, SERIES_COLOURS } from './theme';

// ---- Geometry: what to draw, shared by the screen chart and the exported image ----

/** Where the plot sits and how a year and a percentage become pixels. */
export interface OverTimeScale {
  x: (year: number) => number;
  /** 0–100 % net import reliance → pixels. */
  y: (percent: number) => number;
  top: number;
  bottom: number;
  /** The plot's right edge: names start just beyond it. */
  right: number;
}

export type OverTimeShape =
  | { kind: 'polyline'; points: Array<[number, number]>; stroke: string; strokeWidth: number; dashed: boolean }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string; strokeWidth: number }
  | { kind: 'polygon'; points: Array<[number, number]>; fill: string; stroke: string; strokeWidth: number }
  | { kind: 'text'; x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; fontSize: number; bold: boolean };

/** One mineral's marks: its line, its points, its first-published markers, its labels and its name. */
export interface SeriesMarks {
  id: string;
  name: string;
  colour: string;
  selected: boolean;
  /** The line in words (a <title> for screen readers and hover). */
  sentence: string;
  shapes: OverTimeShape[];
}

export interface OverTimeMarkOptions {
  selectedId: string | null;
  /** Name each line at its end (wide layouts); a phone lists the names under the chart instead. */
  names: boolean;
  /** Fits a name into the room beyond the plot. */
  fitName: (name: string) => string;
  /** A phone: a run of equal bounds is labelled once, at its start. */
  compact?: boolean;
}

export const OVER_TIME_GEOMETRY = {
  /** Room right of the plot for the names at the lines' ends. */
  nameRoom: 168,
  nameGap: 14,
  stateRowHeight: 12,
  fontSize: 12,
  labelSize: 10,
} as const;

/** Labels this close to the plot's right edge go left of their point. */
const LABEL_ROOM = 60;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}

function positional(nir: Nir | undefined | null): nir is Extract<Nir, { kind: 'exact' | 'bound' }> {
  return nir !== undefined && nir !== null && (nir.kind === 'exact' || nir.kind === 'bound');
}

/** A caret at the bound: up for "at least" (">75"), down for "under" ("<25"). */
function caret(x: number, y: number, bound: '>' | '<', size: number): Array<[number, number]> {
  const sign = bound === '>' ? -1 : 1;
  return [
    [x - size, y - sign * size * 0.8],
    [x + size, y - sign * size * 0.8],
    [x, y + sign * size],
  ];
}

function text(x: number, y: number, value: string, options: Partial<Extract<OverTimeShape, { kind: 'text' }>> = {}): OverTimeShape {
  return { kind: 'text', x, y, text: value, anchor: 'start', fontSize: OVER_TIME_GEOMETRY.labelSize, bold: false, ...options };
}

/** Where a point sits: an exact value at its value, a bound at its bound, E/W/NA nowhere (a gap). */
function pointY(nir: Nir | null | undefined, scale: OverTimeScale): number | null {
  return positional(nir) ? scale.y(nir.value) : null;
}

/** Names at the lines' ends, pushed apart so none overlaps the next, kept inside the plot's height. */
function spreadNames(wanted: number[], top: number, bottom: number, gap: number): number[] {
  const order = wanted.map((y, index) => ({ y, index })).sort((a, b) => a.y - b.y || a.index - b.index);
  const placed = order.map((item) => item.y);
  for (let i = 0; i < placed.length; i += 1) placed[i] = Math.max(placed[i]!, i === 0 ? top : placed[i - 1]! + gap);
  for (let i = placed.length - 1; i >= 0; i -= 1) placed[i] = Math.min(placed[i]!, i === placed.length - 1 ? bottom : placed[i + 1]! - gap);
  const result = new Array<number>(wanted.length);
  order.forEach((item, position) => (result[item.index] = placed[position]!));
  return result;
}

/** The label of a revision: "80 → 53", as printed. */
export function revisionLabel(entry: OverTimeYear): string {
  return `${entry.firstPublished?.nir.printed ?? ''} → ${entry.revised?.nir.printed ?? ''}`;
}

/**
 * Every mark of every line. The revised series is the line (broken at E, W and NA, dashed to or from a bound);
 * each edition's first-published value is a hollow marker of the same colour; a bound is a caret at its bound
 * labelled as printed; a revision is labelled "first → revised"; E, W and NA are words at the foot of the plot.
 */
export function overTimeMarks(series: readonly OverTimeSeries[], scale: OverTimeScale, options: OverTimeMarkOptions): SeriesMarks[] {
  const { stateRowHeight, fontSize, nameGap } = OVER_TIME_GEOMETRY;
  const statesAtYear = new Map<number, number>();
  const nameY: number[] = [];

  const marks = series.map((mineral) => {
    const colour = seriesColour(mineral.colourIndex);
    const selected = mineral.id === options.selectedId;
    const lineWidth = selected ? 3.5 : 2;
    const lines: OverTimeShape[] = [];
    const hollow: OverTimeShape[] = [];
    const points: OverTimeShape[] = [];
    const labels: OverTimeShape[] = [];

    // The line: runs of exact values solid, each step to or from a bound dashed; E, W, NA and missing years break it.
    let run: Array<[number, number]> = [];
    const flush = () => {
      if (run.length > 1) lines.push({ kind: 'polyline', points: run, stroke: colour, strokeWidth: lineWidth, dashed: false });
      run = [];
    };
    mineral.years.forEach((entry, index) => {
      const previous = mineral.years[index - 1];
      const y = pointY(entry.revised?.nir, scale);
      const previousY = previous && previous.year === entry.year - 1 ? pointY(previous.revised?.nir, scale) : null;
      const x = scale.x(entry.year);
      if (y === null) return flush();
      if (previousY === null || !previous) {
        flush();
        run = [[x, y]];
        return;
      }
      const previousX = scale.x(previous.year);
      if (entry.revised?.nir.kind === 'bound' || previous.revised?.nir.kind === 'bound') {
        flush();
        lines.push({ kind: 'polyline', points: [[previousX, previousY], [x, y]], stroke: colour, strokeWidth: lineWidth, dashed: true });
        run = [[x, y]];
      } else {
        run.push([x, y]);
      }
    });
    flush();

    const stateLabel = (x: number, value: string) => {
      const row = statesAtYear.get(x) ?? 0;
      statesAtYear.set(x, row + 1);
      const y = scale.bottom - 6 - row * stateRowHeight;
      labels.push(
        { kind: 'polyline', points: [[x - 7, y + 2.5], [x + 7, y + 2.5]], stroke: colour, strokeWidth: 2, dashed: false },
        text(x, y, value, { anchor: 'middle', bold: true }),
      );
    };

    // A label beside a point: to its right, or to its left near the plot's right edge, so it never leaves the chart.
    const beside = (x: number, y: number, value: string, gap: number) =>
      x > scale.right - LABEL_ROOM ? text(x - gap, y, value, { anchor: 'end' }) : text(x + gap, y, value);

    for (const entry of mineral.years) {
      const x = scale.x(entry.year);
      const { firstPublished, revised } = entry;
      const differs = firstPublished !== null && revised !== null && firstPublished.nir.printed !== revised.nir.printed;
      const revisedY = pointY(revised?.nir, scale);

      // Each edition's first-published value: a hollow marker around where it sits.
      if (firstPublished && positional(firstPublished.nir)) {
        const y = scale.y(firstPublished.nir.value);
        if (firstPublished.nir.kind === 'bound') {
          hollow.push({ kind: 'polygon', points: caret(x, y, firstPublished.nir.bound, 8), fill: 'none', stroke: colour, strokeWidth: 1.5 });
        } else {
          hollow.push({ kind: 'circle', cx: x, cy: y, r: 6, fill: 'none', stroke: colour, strokeWidth: 1.5 });
        }
        if (entry.revision) labels.push(beside(x, y + 4, revisionLabel(entry), 10));
        else if (firstPublished.nir.kind === 'bound' && (!revised || differs)) labels.push(beside(x, y + (firstPublished.nir.bound === '>' ? -6 : 12), firstPublished.nir.printed, 10));
      }

      // The revised value: a dot, or a caret at a bound labelled as printed.
      if (revised && positional(revised.nir) && revisedY !== null) {
        if (revised.nir.kind === 'bound') {
          points.push({ kind: 'polygon', points: caret(x, revisedY, revised.nir.bound, 5), fill: colour, stroke: colour, strokeWidth: 1 });
          const previous = mineral.years.find((candidate) => candidate.year === entry.year - 1)?.revised?.nir.printed;
          const repeated = options.compact === true && previous === revised.nir.printed;
          if (!entry.revision && !repeated) labels.push(beside(x, revisedY + (revised.nir.bound === '>' ? -6 : 12), revised.nir.printed, 7));
        } else {
          points.push({ kind: 'circle', cx: x, cy: revisedY, r: selected ? 4 : 3, fill: colour, stroke: PAPER, strokeWidth: 1 });
        }
      }

      // E, W and NA: words at the foot of the plot, never a point at zero.
      const firstState = firstPublished && !positional(firstPublished.nir) ? firstPublished.nir.printed : null;
      const revisedState = revised && !positional(revised.nir) ? revised.nir.printed : null;
      if (revisedState !== null) stateLabel(x, firstState !== null && firstState !== revisedState ? `${firstState} → ${revisedState}` : revisedState);
      else if (firstState !== null && !revised) stateLabel(x, firstState);
      else if (firstState !== null && revisedY !== null && entry.revision) labels.push(beside(x, revisedY + 14, revisionLabel(entry), 7));
    }

    // Where the name goes: beside the line's last drawn value, else at the foot.
    const last = [...mineral.years].reverse().find((entry) => positional(entry.revised?.nir) || positional(entry.firstPublished?.nir));
    const lastY = last ? (pointY(last.revised?.nir, scale) ?? pointY(last.firstPublished?.nir, scale)) : null;
    nameY.push(lastY ?? scale.bottom - 6);

    return { id: mineral.id, name: mineral.name, colour, selected, sentence: seriesSentence(mineral), shapes: [...lines, ...hollow, ...points, ...labels] };
  });

  if (options.names) {
    const placed = spreadNames(nameY, scale.top + fontSize / 2, scale.bottom - fontSize / 2, nameGap);
    marks.forEach((mark, index) => {
      const y = placed[index]!;
      mark.shapes.push(
        { kind: 'polyline', points: [[scale.right + 4, y], [scale.right + 16, y]], stroke: mark.colour, strokeWidth: mark.selected ? 3.5 : 2, dashed: false },
        text(scale.right + 20, y + 4, options.fitName(mark.name), { fontSize, bold: mark.selected }),
      );
    });
  }
  return marks;
}

/** The legend of what the lines show, only the kinds drawn. One list for page and image. */
export function overTimeLegend(series: readonly OverTimeSeries[]): LegendItem[] {
  const entries = series.flatMap((mineral) => mineral.years);
  const values = entries.flatMap((entry) => [entry.firstPublished?.nir, entry.revised?.nir]).filter((nir): nir is Nir => nir !== undefined);
  const revisedEdition = entries.find((entry) => entry.revised)?.revised?.edition;
  const items: LegendItem[] = [];
  if (revisedEdition) {
    items.push({ key: 'revised', label: `Line and dots: as revised in ${editionLabel(revisedEdition)}`, swatch: { kind: 'line', stroke: INK, dashed: false } });
  }
  if (entries.some((entry) => entry.firstPublished)) {
    const revision = entries.some((entry) => entry.revision) ? '; “80 → 53”: first published → revised' : '';
    items.push({ key: 'first-published', label: `Ring: as first published in each edition${revision}`, swatch: { kind: 'ring', stroke: INK } });
  }
  if (values.some((nir) => nir.kind === 'bound' && nir.bound === '>')) {
    items.push({ key: 'at-least', label: '▲ “>75”: at least the bound', swatch: { kind: 'arrow', fill: INK } });
  }
  if (values.some((nir) => nir.kind === 'bound' && nir.bound === '<')) {
    items.push({ key: 'under', label: '▼ “<25”: under the bound', swatch: { kind: 'arrow', fill: INK } });
  }
  if (values.some((nir) => nir.kind === 'bound')) {
    items.push({ key: 'dashed', label: 'Dashed: a step to or from a bound', swatch: { kind: 'line', stroke: INK, dashed: true } });
  }
  if (values.some((nir) => !positional(nir))) {
    items.push({ key: 'states', label: 'E net exporter, W withheld, NA not available: a gap in the line, named at the foot', swatch: { kind: 'square', fill: PAPER } });
  }
  return items;
}

// ---- The screen chart ----

export interface OverTimeChartProps {
  series: readonly OverTimeSeries[];
  years: readonly number[];
  width: number;
  /** Read by screen readers as the chart's title. */
  title: string;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
}

const HEIGHT_WIDE = 360;
const HEIGHT_NARROW = 300;
const AXIS_PADDING = { left: 18, right: 30 } as const;

function fitName(name: string): string {
  const maxChars = Math.floor((OVER_TIME_GEOMETRY.nameRoom - 24) / (OVER_TIME_GEOMETRY.fontSize * 0.56));
  return truncateChars(name, maxChars);
}

/** One over-time shape as SVG (the view's chart and the mineral page's small chart). */
export function OverTimeShapeElement({ shape }: { shape: OverTimeShape }) {
  switch (shape.kind) {
    case 'polyline':
      return (
        <polyline
          points={shape.points.map((point) => point.join(',')).join(' ')}
          fill="none"
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
          strokeDasharray={shape.dashed ? DASH : undefined}
          strokeLinejoin="round"
        />
      );
    case 'circle':
      return <circle cx={shape.cx} cy={shape.cy} r={shape.r} fill={shape.fill} stroke={shape.stroke} strokeWidth={shape.strokeWidth} />;
    case 'polygon':
      return <polygon points={shape.points.map((point) => point.join(',')).join(' ')} fill={shape.fill} stroke={shape.stroke} strokeWidth={shape.strokeWidth} />;
    case 'text':
      return (
        <text x={shape.x} y={shape.y} textAnchor={shape.anchor} fontSize={shape.fontSize} fontWeight={shape.bold ? 700 : 400} fontFamily={FONT_FAMILY} fill={INK}>
          {shape.text}
        </text>
      );
  }
}

/** Draws the marks inside Recharts' plot, on Recharts' own scales. */
interface MarksProps {
  series: readonly OverTimeSeries[];
  selectedId: string | null;
  onSelect?: (id: string) => void;
  narrow: boolean;
}

function Marks({ series, selectedId, onSelect, narrow }: MarksProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const scale: OverTimeScale = {
    x: (year) => xScale(year) ?? plot.x,
    y: (percent) => yScale(percent) ?? plot.y + plot.height,
    top: plot.y,
    bottom: plot.y + plot.height,
    right: plot.x + plot.width,
  };
  const marks = overTimeMarks(series, scale, { selectedId, names: !narrow, compact: narrow, fitName });
  // The selected line last, so it is drawn on top.
  const ordered = [...marks.filter((mark) => !mark.selected), ...marks.filter((mark) => mark.selected)];
  return (
    <g className="over-time-chart__marks">
      {ordered.map((mark) => (
        <g
          key={mark.id}
          data-mineral={mark.id}
          data-selected={mark.selected ? 'true' : undefined}
          className="over-time-chart__series"
          style={{ cursor: onSelect ? 'pointer' : undefined }}
          onClick={(event: MouseEvent) => {
            event.stopPropagation();
            onSelect?.(mark.id);
          }}
        >
          <title>{mark.sentence}</title>
          {mark.shapes.map((shape, index) => (
            <OverTimeShapeElement key={index} shape={shape} />
          ))}
        </g>
      ))}
    </g>
  );
}

function OverTimeTooltip({ active, label, series }: TooltipContentProps & { series: readonly OverTimeSeries[] }) {
  const year = Number(label);
  if (!active || !Number.isFinite(year)) return null;
  return (
    <div className="chart-tooltip">
      <strong>{year}</strong>
      {series.map((mineral) => {
        const entry = mineral.years.find((candidate) => candidate.year === year);
        return (
          <div key={mineral.id}>
            <svg width="12" height="8" aria-hidden="true">
              <line x1="0" y1="4" x2="12" y2="4" stroke={seriesColour(mineral.colourIndex)} strokeWidth="2.5" />
            </svg>{' '}
            {mineral.name}: {entry?.revised ? `${nirLabel(entry.revised.nir)} (${editionLabel(entry.revised.edition)})` : entry ? 'no revised value' : 'no USGS value'}
            {entry?.firstPublished && entry.firstPublished.nir.printed !== entry.revised?.nir.printed && (
              <span className="chart-tooltip__muted">
                {' '}
                · first published {nirLabel(entry.firstPublished.nir)} ({editionLabel(entry.firstPublished.edition)})
              </span>
            )}
          </div>
        );
      })}
      <div className="chart-tooltip__muted">{HOW_TO_READ_HINT}</div>
    </div>
  );
}

/**
 * Net import reliance over the years, one line per mineral, each edition's first-published value beside it.
 * Keyboard: the chart takes focus and Left/Right step through the years (Recharts' accessibility layer), the
 * tooltip saying every line's values; the names under the chart select a mineral.
 */
export function OverTimeChart({ series, years, width, title, selectedId = null, onSelect }: OverTimeChartProps) {
  const narrow = width < NARROW_BELOW;
  const data = years.map((year) => ({ year }));
  return (
    <div className="over-time-chart">
      <LineChart
        width={width}
        height={narrow ? HEIGHT_NARROW : HEIGHT_WIDE}
        data={data}
        margin={{ top: 12, right: narrow ? 8 : OVER_TIME_GEOMETRY.nameRoom, bottom: 4, left: 0 }}
        title={title}
        desc="Lines of net import reliance as revised in the latest edition, with rings for each edition's first-published value. A bound is a caret at its bound labelled as printed; E, W and NA break the line and are named at the foot. Left and Right arrow keys step through the years."
        style={{ fontFamily: FONT_FAMILY }}
      >
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis dataKey="year" type="category" padding={AXIS_PADDING} tick={{ fill: INK, fontSize: 12 }} tickLine={false} interval={0} />
        <YAxis
          type="number"
          domain={[0, 100]}
          allowDataOverflow
          ticks={[0, 25, 50, 75, 100]}
          tickFormatter={(value: number) => `${value}%`}
          tick={{ fill: INK, fontSize: 12 }}
          width={narrow ? 46 : 64}
          label={
            narrow
              ? undefined
              : { value: 'Net import reliance', angle: -90, position: 'insideLeft', offset: 10, fill: MUTED_INK, fontSize: 12, style: { textAnchor: 'middle' } }
          }
        />
        <Tooltip cursor={{ stroke: GRID, strokeWidth: 2 }} content={(props) => <OverTimeTooltip {...props} series={series} />} isAnimationActive={false} />
        <Marks series={series} selectedId={selectedId} onSelect={onSelect} narrow={narrow} />
      </LineChart>
    </div>
  );
}
