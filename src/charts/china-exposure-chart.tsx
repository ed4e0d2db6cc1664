import { HOW_TO_READ_HINT } from './legend-items';
import type { KeyboardEvent } from 'react';
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZIndexLayer, type ScatterShapeProps, type TooltipContentProps } from 'recharts';
import { nirSentence } from '../state/format';
import {
  QUADRANT_NAME,
  chinaShareSentence,
  controlText,
  controlsText,
  type AxisPosition,
  type ChinaExposureData,
  type ExposureMark,
} from '../state/views/china-exposure';
import type { LegendItem } from './legend-items';
import { BAR_OUTLINE, CHINA_COLOUR, DASH, FONT_FAMILY, GRID, INK, MUTED_INK, NARROW_BELOW, PAPER } from './theme';

// ---- Geometry: one layout for the screen chart and the exported image ----

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type ExposureShape =
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string; strokeWidth: number }
  | { kind: 'polygon'; points: [number, number][]; fill: string; stroke: string; strokeWidth: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; strokeWidth: number; dashed: boolean };

export interface PlacedLabel {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface PlacedMark {
  mark: ExposureMark;
  cx: number;
  cy: number;
  selected: boolean;
  shapes: ExposureShape[];
  label: PlacedLabel | null;
}

export interface ExposureFrame {
  width: number;
  height: number;
  plot: Box;
  /** Where labels may go: the plot and the room kept beside it. */
  labelArea: Box;
  fontSize: number;
  narrow: boolean;
}

export interface ExposureLayout extends ExposureFrame {
  marks: PlacedMark[];
  guides: ExposureShape[];
  quadrant: { x: number; y: number; lines: string[] };
  xTitle: { x: number; y: number; lines: string[] };
  yTitle: { x: number; y: number; lines: string[] };
  ticks: number[];
}

export type MeasureText = (text: string, fontSize: number) => number;

/** A rough width for screen text (the page's sans-serif, about 0.56 em a character): labels only need to avoid each other. */
export const estimateTextWidth: MeasureText = (text, fontSize) => [...text].length * fontSize * 0.56;

const TICKS = [0, 25, 50, 75, 100];
const TOP = 22;
const Y_TITLE_ROOM = 22;
const Y_TICKS_WIDE = 42;
const Y_TICKS_NARROW = 38;
const X_TICKS_HEIGHT = 22;
const TITLE_LINE = 15;
/** Room right of 100% for the names of minerals at full reliance. */
const LABEL_ROOM_WIDE = 150;
const PLOT_MAX = 520;
const MARK_RADIUS = 5;
const DIAMOND_RADIUS = 7;
const BOUND_LENGTH = 18;
const ARROW_HEAD = 5;

function lines(text: string, maxWidth: number, fontSize: number, measure: MeasureText): string[] {
  const result: string[] = [];
  for (const word of text.split(' ')) {
    const last = result.at(-1);
    if (last !== undefined && measure(`${last} ${word}`, fontSize) <= maxWidth) result[result.length - 1] = `${last} ${word}`;
    else result.push(word);
  }
  return result;
}

/**
 * The chart's frame for a given width: a square plot, with room for names right of 100% when the width allows.
 * `extraRight` keeps space for what the caller draws beside the plot (the image's list of values).
 */
export function exposureFrame(width: number, options: { xTitleLines: number; extraRight?: number; left?: number }): ExposureFrame {
  const narrow = width < NARROW_BELOW;
  const left = (options.left ?? 0) + Y_TITLE_ROOM + (narrow ? Y_TICKS_NARROW : Y_TICKS_WIDE);
  const labelRoom = narrow ? 16 : LABEL_ROOM_WIDE;
  const size = Math.max(120, Math.min(PLOT_MAX, width - left - labelRoom - (options.extraRight ?? 0)));
  const plot = { left, top: TOP, width: size, height: size };
  const height = TOP + size + X_TICKS_HEIGHT + options.xTitleLines * TITLE_LINE + 8;
  const labelRight = Math.min(width - (options.extraRight ?? 0), left + size + labelRoom) - 2;
  return {
    width,
    height,
    plot,
    labelArea: { left: left - 4, top: 2, width: labelRight - left + 4, height: size + TOP - 2 },
    fontSize: narrow ? 11 : 12,
    narrow,
  };
}

export function xPixel(plot: Box, value: number): number {
  return plot.left + (plot.width * value) / 100;
}

export function yPixel(plot: Box, value: number): number {
  return plot.top + plot.height - (plot.height * value) / 100;
}

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function outside(box: Box, area: Box): number {
  const spill = box.width * box.height - overlap(box, area);
  // Floating-point noise is not a spill.
  return spill < 0.5 ? 0 : spill;
}

/**
 * A bound drawn as a bound: a stem from the hollow mark towards 100 (">") or 0 ("<"), ending in an arrowhead.
 * A bound at the edge ("<1") still gets its arrowhead, just past the axis, so it never reads as a plain point.
 */
function boundShapes(axis: 'x' | 'y', position: AxisPosition, cx: number, cy: number, plot: Box, colour: string): ExposureShape[] {
  if (position.bound === null) return [];
  // Screen y grows downwards: "more" is up on the y axis and right on the x axis.
  const sign = (position.bound === '>' ? 1 : -1) * (axis === 'x' ? 1 : -1);
  const start = axis === 'x' ? cx : cy;
  const limit = axis === 'x' ? (sign > 0 ? plot.left + plot.width : plot.left) : sign > 0 ? plot.top + plot.height : plot.top;
  const shortest = MARK_RADIUS + ARROW_HEAD + 2;
  const end = Math.abs(limit - start) < shortest ? start + sign * shortest : sign > 0 ? Math.min(start + BOUND_LENGTH, limit) : Math.max(start - BOUND_LENGTH, limit);
  const base = end - sign * ARROW_HEAD;
  const stemStart = start + sign * MARK_RADIUS;
  const shapes: ExposureShape[] = [];
  if ((base - stemStart) * sign > 0) {
    shapes.push(
      axis === 'x'
        ? { kind: 'line', x1: stemStart, y1: cy, x2: base, y2: cy, stroke: colour, strokeWidth: 2, dashed: false }
        : { kind: 'line', x1: cx, y1: stemStart, x2: cx, y2: base, stroke: colour, strokeWidth: 2, dashed: false },
    );
  }
  const head: [number, number][] =
    axis === 'x'
      ? [[base, cy - ARROW_HEAD], [end, cy], [base, cy + ARROW_HEAD]]
      : [[cx - ARROW_HEAD, base], [cx, end], [cx + ARROW_HEAD, base]];
  shapes.push({ kind: 'polygon', points: head, fill: colour, stroke: colour, strokeWidth: 1 });
  return shapes;
}

function markShapes(mark: ExposureMark, cx: number, cy: number, plot: Box, selected: boolean): ExposureShape[] {
  const colour = mark.controlled ? CHINA_COLOUR : MUTED_INK;
  const hollow = mark.x.bound !== null || mark.y.bound !== null;
  const shapes: ExposureShape[] = [...boundShapes('x', mark.x, cx, cy, plot, colour), ...boundShapes('y', mark.y, cx, cy, plot, colour)];
  const fill = hollow ? PAPER : colour;
  const stroke = hollow ? colour : BAR_OUTLINE;
  const strokeWidth = hollow ? 2 : 0.75;
  if (mark.controlled) {
    const r = DIAMOND_RADIUS;
    shapes.push({ kind: 'polygon', points: [[cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]], fill, stroke, strokeWidth });
  } else {
    shapes.push({ kind: 'circle', cx, cy, r: MARK_RADIUS, fill, stroke, strokeWidth });
  }
  // The selected mark gets a ring, not only a colour.
  if (selected) shapes.push({ kind: 'circle', cx, cy, r: DIAMOND_RADIUS + 4, fill: 'none', stroke: INK, strokeWidth: 2.5 });
  return shapes;
}

function shapeBox(shape: ExposureShape): Box {
  switch (shape.kind) {
    case 'circle':
      return { left: shape.cx - shape.r, top: shape.cy - shape.r, width: shape.r * 2, height: shape.r * 2 };
    case 'line':
      return {
        left: Math.min(shape.x1, shape.x2) - 1,
        top: Math.min(shape.y1, shape.y2) - 1,
        width: Math.abs(shape.x2 - shape.x1) + 2,
        height: Math.abs(shape.y2 - shape.y1) + 2,
      };
    case 'polygon': {
      const xs = shape.points.map(([x]) => x);
      const ys = shape.points.map(([, y]) => y);
      return { left: Math.min(...xs), top: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
    }
  }
}

/** Labels go right, left, above or below their mark, wherever they cover the fewest marks and other labels. */
function placeLabel(text: string, cx: number, cy: number, fontSize: number, obstacles: Box[], area: Box, measure: MeasureText): { label: PlacedLabel; box: Box } {
  const width = measure(text, fontSize);
  const height = fontSize + 2;
  const gap = DIAMOND_RADIUS + 3;
  const candidates: { label: PlacedLabel; box: Box }[] = [
    { label: { x: cx + gap, y: cy, text, anchor: 'start' }, box: { left: cx + gap, top: cy - height / 2, width, height } },
    { label: { x: cx - gap, y: cy, text, anchor: 'end' }, box: { left: cx - gap - width, top: cy - height / 2, width, height } },
    { label: { x: cx, y: cy - gap - height / 2, text, anchor: 'middle' }, box: { left: cx - width / 2, top: cy - gap - height, width, height } },
    { label: { x: cx, y: cy + gap + height / 2, text, anchor: 'middle' }, box: { left: cx - width / 2, top: cy + gap, width, height } },
    { label: { x: cx + 4, y: cy - gap - height / 2, text, anchor: 'start' }, box: { left: cx + 4, top: cy - gap - height, width, height } },
    { label: { x: cx + 4, y: cy + gap + height / 2, text, anchor: 'start' }, box: { left: cx + 4, top: cy + gap, width, height } },
    { label: { x: cx - 4, y: cy - gap - height / 2, text, anchor: 'end' }, box: { left: cx - 4 - width, top: cy - gap - height, width, height } },
    { label: { x: cx - 4, y: cy + gap + height / 2, text, anchor: 'end' }, box: { left: cx - 4 - width, top: cy + gap, width, height } },
  ];
  let best = candidates[0]!;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const cost = outside(candidate.box, area) * 4 + obstacles.reduce((total, obstacle) => total + overlap(candidate.box, obstacle), 0);
    if (cost < bestCost) {
      best = candidate;
      bestCost = cost;
    }
    if (cost < 0.5) break;
  }
  return best;
}

/** Where everything goes: marks, their bounds, the names of controlled minerals and groups, guides, titles. */
export function exposureLayout(
  data: Pick<ChinaExposureData, 'marks'>,
  frame: ExposureFrame,
  options: { selectedId: string | null; xTitle: string; yTitle: string; measure?: MeasureText },
): ExposureLayout {
  const measure = options.measure ?? estimateTextWidth;
  const { plot, fontSize } = frame;
  const placed: PlacedMark[] = data.marks.map((mark) => {
    const cx = xPixel(plot, mark.x.value);
    const cy = yPixel(plot, mark.y.value);
    const selected = options.selectedId !== null && mark.members.some((member) => member.row.id === options.selectedId);
    return { mark, cx, cy, selected, shapes: markShapes(mark, cx, cy, plot, selected), label: null };
  });

  const quadrantFont = fontSize - 1;
  const quadrantLines = lines(QUADRANT_NAME, plot.width / 2 - 10, quadrantFont, measure);
  const quadrant = { x: plot.left + plot.width - 6, y: plot.top + quadrantFont + 2, lines: quadrantLines };
  const quadrantWidth = Math.max(...quadrantLines.map((line) => measure(line, quadrantFont)));
  const obstacles: Box[] = [
    { left: quadrant.x - quadrantWidth, top: plot.top, width: quadrantWidth, height: quadrantLines.length * (quadrantFont + 3) + 2 },
    ...placed.flatMap((mark) => mark.shapes.map(shapeBox)),
  ];
  // Controlled minerals first: their names are what the chart promises to show.
  const labelled = placed.filter((mark) => mark.mark.controlled || mark.mark.members.length > 1 || mark.mark.y.bound !== null);
  for (const mark of [...labelled].sort((a, b) => Number(b.mark.controlled) - Number(a.mark.controlled))) {
    // A China share printed as a bound is labelled as printed.
    const share = mark.mark.y.bound !== null ? ` (China ${mark.mark.y.printed}%)` : '';
    const text = `${frame.narrow ? mark.mark.shortLabel : mark.mark.label}${share}`;
    const { label, box } = placeLabel(text, mark.cx, mark.cy, fontSize, obstacles, frame.labelArea, measure);
    mark.label = label;
    obstacles.push(box);
  }

  const guides: ExposureShape[] = [
    { kind: 'line', x1: xPixel(plot, 50), y1: plot.top, x2: xPixel(plot, 50), y2: plot.top + plot.height, stroke: MUTED_INK, strokeWidth: 1, dashed: true },
    { kind: 'line', x1: plot.left, y1: yPixel(plot, 50), x2: plot.left + plot.width, y2: yPixel(plot, 50), stroke: MUTED_INK, strokeWidth: 1, dashed: true },
  ];
  const xTitleLines = lines(options.xTitle, Math.max(plot.width, 200), fontSize, measure);
  return {
    ...frame,
    marks: placed,
    guides,
    quadrant,
    xTitle: { x: plot.left + plot.width / 2, y: plot.top + plot.height + X_TICKS_HEIGHT + TITLE_LINE - 2, lines: xTitleLines },
    yTitle: { x: plot.left - (frame.narrow ? Y_TICKS_NARROW : Y_TICKS_WIDE) - Y_TITLE_ROOM / 2 + 4, y: plot.top + plot.height / 2, lines: [options.yTitle] },
    ticks: TICKS,
  };
}

/** How many lines the x-axis title takes at a width, so the frame can keep room for it. */
export function xTitleLineCount(xTitle: string, width: number): number {
  const plotGuess = exposureFrame(width, { xTitleLines: 1 }).plot.width;
  return lines(xTitle, Math.max(plotGuess, 200), width < NARROW_BELOW ? 11 : 12, estimateTextWidth).length;
}

// ---- Legend ----

/** The legend of what is drawn: dots, controlled diamonds, each kind of bound present, the guides. */
export function exposureLegend(data: Pick<ChinaExposureData, 'marks' | 'controls'>): LegendItem[] {
  const items: LegendItem[] = [];
  const marks = data.marks;
  if (marks.some((mark) => !mark.controlled)) {
    items.push({ key: 'mineral', label: 'A mineral at its printed values', swatch: { kind: 'dot', fill: MUTED_INK } });
  }
  if (marks.some((mark) => mark.controlled)) {
    items.push({ key: 'controlled', label: `${controlsText(data.controls)}, named`, swatch: { kind: 'diamond', fill: CHINA_COLOUR } });
  }
  const example = (axis: 'x' | 'y', bound: '>' | '<') => marks.find((mark) => mark[axis].bound === bound)?.[axis].printed;
  const nirOver = example('x', '>');
  if (nirOver) {
    items.push({ key: 'nir-over', label: `Reliance printed as a bound, e.g. “${nirOver}”: at least that (hollow mark at the bound, arrow towards 100%)`, swatch: { kind: 'arrow', fill: MUTED_INK } });
  }
  const nirUnder = example('x', '<');
  if (nirUnder) {
    items.push({ key: 'nir-under', label: `Reliance printed as a bound, e.g. “${nirUnder}”: under that (hollow mark at the bound, arrow towards 0%)`, swatch: { kind: 'ring', stroke: MUTED_INK } });
  }
  const shareOver = example('y', '>');
  if (shareOver) {
    items.push({ key: 'share-over', label: `China’s share printed as a bound, e.g. “${shareOver}”: over that (hollow mark at the bound, arrow up)`, swatch: { kind: 'ring', stroke: MUTED_INK } });
  }
  const shareUnder = example('y', '<');
  if (shareUnder) {
    items.push({ key: 'share-under', label: `China’s share printed as a bound, e.g. “${shareUnder}”: under that (hollow mark at the bound, arrow down)`, swatch: { kind: 'ring', stroke: MUTED_INK } });
  }
  if (marks.length > 0) items.push({ key: 'guides', label: '50% on each axis', swatch: { kind: 'line', stroke: MUTED_INK, dashed: true } });
  return items;
}

/** Said for a mark: its minerals, values as printed and any export control. One sentence for tooltips, aria-labels and the image. */
export function markSentence(mark: ExposureMark): string {
  const [first] = mark.members;
  if (!first) return mark.label;
  const names = mark.members.length > 1 ? `${mark.label}: ${mark.members.map((member) => member.row.name).join(', ')}` : mark.label;
  const controls = [...new Set(mark.members.map(controlText).filter((text) => text !== ''))];
  return [names, nirSentence(first.row.nir), chinaShareSentence(first), ...(controls.length > 0 ? [`Chinese export licensing: ${controls.join('; ')}`] : [])].join('; ');
}

// ---- The chart on screen ----

export interface ChinaExposureChartProps {
  data: Pick<ChinaExposureData, 'marks'>;
  width: number;
  /** Read by screen readers as the chart's title and description. */
  title: string;
  desc: string;
  xTitle: string;
  yTitle: string;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
}

interface Datum {
  x: number;
  y: number;
  placed: PlacedMark;
}

function ShapeElement({ shape }: { shape: ExposureShape }) {
  switch (shape.kind) {
    case 'circle':
      return <circle cx={shape.cx} cy={shape.cy} r={shape.r} fill={shape.fill} stroke={shape.stroke} strokeWidth={shape.strokeWidth} />;
    case 'polygon':
      return <polygon points={shape.points.map((point) => point.join(',')).join(' ')} fill={shape.fill} stroke={shape.stroke} strokeWidth={shape.strokeWidth} />;
    case 'line':
      return (
        <line x1={shape.x1} y1={shape.y1} x2={shape.x2} y2={shape.y2} stroke={shape.stroke} strokeWidth={shape.strokeWidth} strokeDasharray={shape.dashed ? DASH : undefined} />
      );
  }
}

function ExposureTooltip({ active, payload }: TooltipContentProps) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  const { mark } = datum.placed;
  const [first] = mark.members;
  if (!first) return null;
  const controls = [...new Set(mark.members.map(controlText).filter((text) => text !== ''))];
  return (
    <div className="chart-tooltip">
      <strong>{mark.label}</strong>
      {mark.members.length > 1 && <div className="chart-tooltip__muted">{mark.members.map((member) => member.row.name).join(', ')}</div>}
      <div>{nirSentence(first.row.nir)}</div>
      <div>{chinaShareSentence(first)}</div>
      {controls.length > 0 && <div>Chinese export licensing: {controls.join('; ')}</div>}
      <div className="chart-tooltip__muted">{HOW_TO_READ_HINT}</div>
    </div>
  );
}

/**
 * China's share of U.S. imports against net import reliance, one mark per printed point.
 * Keyboard: Tab reaches each mark; Enter or Space opens its mineral's details.
 */
export function ChinaExposureChart({ data, width, title, desc, xTitle, yTitle, selectedId = null, onSelect }: ChinaExposureChartProps) {
  const frame = exposureFrame(width, { xTitleLines: xTitleLineCount(xTitle, width) });
  const layout = exposureLayout(data, frame, { selectedId, xTitle, yTitle });
  const { plot, fontSize } = layout;
  const chartData: Datum[] = layout.marks.map((placed) => ({ x: placed.mark.x.value, y: placed.mark.y.value, placed }));
  const select = (placed: PlacedMark) => {
    const [first] = placed.mark.members;
    if (first && onSelect) onSelect(placed.selected ? (placed.mark.members.find((member) => member.row.id === selectedId) ?? first).row.id : first.row.id);
  };
  const onKeyDown = (placed: PlacedMark) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(placed);
    }
  };

  const renderShape = (props: ScatterShapeProps) => {
    const placed = (props.payload as Datum).placed;
    return (
      <g
        className="china-exposure__mark"
        data-mark={placed.mark.key}
        data-controlled={placed.mark.controlled ? 'true' : 'false'}
        role="button"
        tabIndex={0}
        aria-pressed={placed.selected}
        aria-label={markSentence(placed.mark)}
        onClick={() => select(placed)}
        onKeyDown={onKeyDown(placed)}
        style={{ cursor: onSelect ? 'pointer' : undefined }}
      >
        {placed.shapes.map((shape, index) => (
          <ShapeElement key={index} shape={shape} />
        ))}
      </g>
    );
  };

  return (
    <div className="china-exposure__chart">
      <ScatterChart
        width={layout.width}
        height={layout.height}
        margin={{ top: plot.top, right: layout.width - plot.left - plot.width, bottom: layout.height - plot.top - plot.height - X_TICKS_HEIGHT, left: plot.left - (layout.narrow ? Y_TICKS_NARROW : Y_TICKS_WIDE) }}
        title={title}
        desc={desc}
        style={{ fontFamily: FONT_FAMILY }}
      >
        <CartesianGrid stroke={GRID} horizontalValues={TICKS} verticalValues={TICKS} />
        <XAxis type="number" dataKey="x" domain={[0, 100]} ticks={TICKS} interval={0} tickFormatter={(value: number) => `${value}%`} tick={{ fill: INK, fontSize }} height={X_TICKS_HEIGHT} />
        <YAxis type="number" dataKey="y" domain={[0, 100]} ticks={TICKS} interval={0} tickFormatter={(value: number) => `${value}%`} tick={{ fill: INK, fontSize }} width={layout.narrow ? Y_TICKS_NARROW : Y_TICKS_WIDE} />
        <g className="china-exposure__guides" aria-hidden="true">
          {layout.guides.map((shape, index) => (
            <ShapeElement key={index} shape={shape} />
          ))}
          <text fontSize={fontSize - 1} fill={MUTED_INK} textAnchor="end" fontStyle="italic">
            {layout.quadrant.lines.map((line, index) => (
              <tspan key={index} x={layout.quadrant.x} y={layout.quadrant.y + index * (fontSize + 2)}>
                {line}
              </tspan>
            ))}
          </text>
          <text fontSize={fontSize} fill={MUTED_INK} textAnchor="middle">
            {layout.xTitle.lines.map((line, index) => (
              <tspan key={index} x={layout.xTitle.x} y={layout.xTitle.y + index * TITLE_LINE}>
                {line}
              </tspan>
            ))}
          </text>
          <text
            x={layout.yTitle.x}
            y={layout.yTitle.y}
            fontSize={fontSize}
            fill={MUTED_INK}
            textAnchor="middle"
            transform={`rotate(-90 ${layout.yTitle.x} ${layout.yTitle.y})`}
          >
            {layout.yTitle.lines[0]}
          </text>
        </g>
        <Tooltip content={(props) => <ExposureTooltip {...props} />} isAnimationActive={false} cursor={false} />
        <Scatter data={chartData} isAnimationActive={false} shape={renderShape} />
        <ZIndexLayer zIndex={700}>
          <g className="china-exposure__labels" aria-hidden="true">
            {layout.marks.map((placed) =>
              placed.label ? (
                <text
                  key={placed.mark.key}
                  x={placed.label.x}
                  y={placed.label.y}
                  textAnchor={placed.label.anchor}
                  dominantBaseline="central"
                  fontSize={fontSize}
                  fontWeight={placed.selected ? 700 : 400}
                  fill={placed.mark.controlled ? CHINA_COLOUR : INK}
                  stroke={PAPER}
                  strokeWidth={3}
                  paintOrder="stroke"
                >
                  {placed.label.text}
                </text>
              ) : null,
            )}
          </g>
        </ZIndexLayer>
      </ScatterChart>
    </div>
  );
}
