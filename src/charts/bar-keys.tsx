/** What the row charts (reliance, changes, import sources) share: keys, hover band, grid, value axis, row names, the rows. */
import { useCallback, useEffect, useRef, type ComponentType, type KeyboardEvent } from 'react';
import { DefaultZIndexes, ZIndexLayer, usePlotArea, useXAxisScale, type XAxisTickContentProps } from 'recharts';
import { truncateChars } from '../data/text';
import type { DumbbellShape } from './changes-marks';
import type { MarkShape } from './reliance-marks';
import { AXIS_LINE, CURSOR_WASH, DASH, FONT_FAMILY, GRID, INK, MUTED_INK, RELIANCE_CHART, charsIn } from './theme';

/** The band behind the row under the pointer, the same in every row chart. */
export const ROW_CURSOR = { fill: CURSOR_WASH } as const;

/** Tells a chart which row the tooltip is on (rendered inside the tooltip), so Enter can select it. */
export function ReportActive({ id, onActive }: { id: string | null; onActive: (id: string | null) => void }) {
  useEffect(() => onActive(id), [id, onActive]);
  return null;
}

/**
 * The keyboard for charts whose rows run down the page: Down and Up step through them, Enter or Space selects the one
 * the tooltip is on (clicks are KeyedRows'). Recharts 3 moves its tooltip only on Left/Right, and in a vertical layout
 * ArrowLeft is its "next", so Down and Up are re-sent as the keys it understands.
 */
export function useRowKeys(onSelect: ((id: string) => void) | undefined) {
  const activeId = useRef<string | null>(null);
  const onActive = useCallback((id: string | null) => {
    activeId.current = id;
  }, []);
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    const key = event.key === 'ArrowDown' ? 'ArrowLeft' : event.key === 'ArrowUp' ? 'ArrowRight' : null;
    if (key === null) return;
    event.preventDefault();
    event.stopPropagation();
    event.target.dispatchEvent(new window.KeyboardEvent('keydown', { key, bubbles: true }));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.key === 'Enter' || event.key === ' ') && activeId.current && onSelect) {
      event.preventDefault();
      onSelect(activeId.current);
    }
  };
  return { onActive, onKeyDownCapture, onKeyDown };
}

/** The percentage ticks of every row chart's value axis. */
export const PERCENT_TICKS = [0, 25, 50, 75, 100] as const;

/**
 * The vertical grid lines of a row chart, one at each percentage tick across the plot. Drawn here rather than by
 * Recharts' CartesianGrid, which adds 3 KB gzip to the JavaScript the first chart waits for, for five lines.
 */
export function ValueGrid() {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  if (!plot || !scale) return null;
  return (
    <g className="value-grid" aria-hidden="true">
      {PERCENT_TICKS.map((tick) => {
        const x = scale(tick);
        return x === undefined ? null : <line key={tick} x1={x} x2={x} y1={plot.y} y2={plot.y + plot.height} stroke={GRID} />;
      })}
    </g>
  );
}

/** The plot's left edge, where the rows start: the line the hidden name axis (NAME_AXIS) would draw. */
export function PlotEdge() {
  const plot = usePlotArea();
  if (!plot) return null;
  return <line className="plot-edge" aria-hidden="true" x1={plot.x} x2={plot.x} y1={plot.y} y2={plot.y + plot.height} stroke={AXIS_LINE} />;
}

interface RowNameProps {
  /** Where the name ends: it is set right-aligned, to the left of this x. */
  x: number;
  /** The row's centre line. */
  y: number;
  name: string;
  /** The width of the names' column, left of the plot: a longer name is cut to fit it. */
  room: number;
  fontSize: number;
  bold: boolean;
}

/**
 * A row's name beside its row: cut to fit by whole characters, and then whole in a <title>. A name that fits has none:
 * a screen reader would read it twice, and each filter change would draw one more element per row.
 */
export function RowName({ x, y, name, room, fontSize, bold }: RowNameProps) {
  const shown = truncateChars(name, charsIn(room - 8, fontSize));
  return (
    <text className="row-name" x={x} y={y} textAnchor="end" dominantBaseline="central" fill={INK} fontSize={fontSize} fontWeight={bold ? 700 : 400} fontFamily={FONT_FAMILY}>
      {shown !== name && <title>{name}</title>}
      {shown}
    </text>
  );
}

/** Between a row name's end and the plot's left edge, as Recharts sets a tick label (8 px) plus our 6 px. */
export const NAME_GAP = 14;

/**
 * The name axis of a row chart: hidden, there only for the rows' scale and the tooltip. Each chart draws its names with
 * its rows (RowName, left of the plot, which the chart's left margin makes room for), not as the axis's ticks: Recharts
 * keys a tick by its position, so a filter change that moves the rows unmounted and redrew every name (about 6 ms a
 * change in the reliance chart).
 */
export const NAME_AXIS = { type: 'category', dataKey: 'name', hide: true } as const;

/** A value axis label ("75%"), centred under its tick; 0.71em down, as Recharts sets a label under an axis. */
function PercentTick({ x = 0, y = 0, value, fontSize }: { x?: number | string; y?: number | string; value: number; fontSize: number }) {
  return (
    <text x={Number(x)} y={Number(y)} dy="0.71em" textAnchor="middle" fill={INK} fontSize={fontSize}>
      {value}%
    </text>
  );
}

/**
 * A value axis's tick labels as our own <text>, not Recharts' Text: that one measures each label in a hidden span
 * first (a forced layout of the whole page in the middle of the first render), to wrap labels that never need it.
 */
export function percentTick(fontSize: number) {
  return (tickProps: XAxisTickContentProps) => <PercentTick x={tickProps.x} y={tickProps.y} value={(tickProps.payload as { value: number }).value} fontSize={fontSize} />;
}

/** The value axis of the reliance and changes charts: 0–100%, every tick kept (Recharts drops one it thinks crowded on a phone). */
export function percentAxisProps(stacked: boolean, fontSize = 12) {
  return {
    type: 'number',
    domain: [0, 100],
    // The domain as given: the chart's Bar has no values (ROW_BAR), from which Recharts would find none and draw no axis.
    allowDataOverflow: true,
    ticks: [...PERCENT_TICKS],
    interval: 0,
    tick: percentTick(fontSize),
    height: RELIANCE_CHART.axisHeight,
    label: {
      value: stacked ? '% of apparent consumption' : 'Net import reliance, % of apparent consumption',
      position: 'insideBottom',
      offset: 2,
      fill: MUTED_INK,
      fontSize,
    },
  } as const;
}

/** One shape of a row chart's mark as SVG: a reliance bar's (MarkShape) or a dumbbell's (DumbbellShape, a superset). */
export function RowShapeElement({ shape }: { shape: MarkShape | DumbbellShape }) {
  switch (shape.kind) {
    case 'line':
      return (
        <line
          x1={shape.x1}
          x2={shape.x2}
          y1={shape.y}
          y2={shape.y}
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
          strokeDasharray={shape.dashed ? DASH : undefined}
        />
      );
    case 'circle':
      return <circle cx={shape.cx} cy={shape.cy} r={shape.r} fill={shape.fill} stroke={shape.stroke} strokeWidth={shape.strokeWidth} />;
    case 'polygon':
      return (
        <polygon
          points={shape.points.map((point) => point.join(',')).join(' ')}
          fill={shape.fill}
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
        />
      );
    case 'rect':
      return (
        <rect
          x={shape.x}
          y={shape.y}
          width={shape.width}
          height={shape.height}
          fill={shape.fill}
          fillOpacity={shape.fillOpacity}
          stroke={shape.stroke}
          strokeWidth={shape.strokeWidth}
          strokeDasharray={shape.dashed ? DASH : undefined}
        />
      );
    case 'text':
      return (
        <text x={shape.x} y={shape.y} dominantBaseline="central" fontSize={12} fontFamily={FONT_FAMILY} fill={shape.fill}>
          {shape.text}
        </text>
      );
  }
}

/** What a row chart draws in one row, from the row's own top (y = 0): its group is moved into place. */
export interface RowContentProps<Row, Layout> {
  row: Row;
  /** The plot's left edge (0%) and its length to the value axis's end (100%, or more for printed shares above it). */
  x: number;
  plotWidth: number;
  /** The row's band, less the gap above and below. */
  height: number;
  selected: boolean;
  /** What every row of the chart shares (its size, its mode): the same object while they stay. */
  layout: Layout;
}

interface KeyedRowsProps<Row extends { id: string }, Layout> {
  rows: readonly Row[];
  /** Each row's band: the chart's height is its rows times this, so the band is the name axis's, which the tooltip uses. */
  rowHeight: number;
  /** Between a row's band (the tooltip's) and its content, above and below. */
  gap: number;
  selectedId: string | null;
  onSelect?: (id: string) => void;
  /** The row group's class and data attributes (data-mineral is added). */
  attributes: (row: Row, selected: boolean) => Record<string, string | undefined>;
  /** Memoised (React.memo): a row a filter only moves is not drawn again. */
  Content: ComponentType<RowContentProps<Row, Layout>>;
  layout: Layout;
}

const POINTER = { cursor: 'pointer' } as const;

/**
 * A row chart's rows, each keyed by its mineral and moved onto its band by a transform. Recharts' Bar keys its shapes
 * by position, so a filter that took rows away above redrew every row below with another mineral's name and marks
 * (React's work and the browser's text layout both). The chart keeps a Bar that draws nothing (ROW_BAR), for the
 * tooltip and the keyboard's steps through the rows; a click anywhere on a row selects it.
 * Rows are placed by their index, not looked up by name on the axis: two minerals of one name (a user's own file may
 * have them) each keep a row.
 */
export function KeyedRows<Row extends { id: string }, Layout>({ rows, rowHeight, gap, selectedId, onSelect, attributes, Content, layout }: KeyedRowsProps<Row, Layout>) {
  const plot = usePlotArea();
  if (!plot) return null;
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.bar}>
      <g className="chart-rows">
        {rows.map((row, index) => {
          const selected = row.id === selectedId;
          return (
            <g
              key={row.id}
              data-mineral={row.id}
              {...attributes(row, selected)}
              transform={`translate(0 ${plot.y + index * rowHeight + gap})`}
              style={onSelect ? POINTER : undefined}
              onClick={onSelect ? () => onSelect(row.id) : undefined}
            >
              <Content row={row} x={plot.x} plotWidth={plot.width} height={rowHeight - 2 * gap} selected={selected} layout={layout} />
            </g>
          );
        })}
      </g>
    </ZIndexLayer>
  );
}

/**
 * A row chart's Bar: there only for the tooltip, which takes the row under the pointer or the keyboard's step from it.
 * Its dataKey names no field of the rows, so each row's value is empty and Recharts makes no rectangle (KeyedRows
 * draws the rows); the tooltip keeps such entries with ROW_TOOLTIP's filterNull.
 */
export const ROW_BAR = { dataKey: 'none', isAnimationActive: false } as const;

/** A row chart's Tooltip: the band behind the row, no animation, and the Bar's empty entries kept (ROW_BAR). */
export const ROW_TOOLTIP = { cursor: ROW_CURSOR, isAnimationActive: false, filterNull: false } as const;
