import { memo, useMemo } from 'react';
import { truncateChars } from '../data/text';
import { HOW_TO_READ_HINT } from './legend-items';
import { KeyedRows, NAME_AXIS, NAME_GAP, ROW_BAR, ROW_TOOLTIP, PlotEdge, ReportActive, RowName, RowShapeElement, ValueGrid, percentAxisProps, useRowKeys, type RowContentProps } from './bar-keys';
import { Bar, BarChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { nirSentence, sourceText } from '../state/format';
import type { ChangeRow } from '../state/views/changes';
import { ARROW_ROOM, dumbbellLabel, dumbbellShapes, valuesText } from './changes-marks';
import { FONT_FAMILY, GRID, INK, MUTED_INK, NARROW_BELOW, RELIANCE_CHART, charsIn } from './theme';

export interface ChangesChartProps {
  rows: readonly ChangeRow[];
  width: number;
  /** Read by screen readers as the chart's title. */
  title: string;
  /** "2023 (MCS 2024)" and "2025 (MCS 2026)": the two ends, for the tooltip. */
  fromLabel: string;
  toLabel: string;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
}

interface Datum {
  /** The name axis's category. */
  name: string;
  row: ChangeRow;
}

/** Room right of the axis for "no figure → E: exporter" or "58% → 40%: −18 points". */
const LABEL_ROOM = 200;
/** Phone: a line for the name and both values, then the dumbbell under it. */
const ROW_HEIGHT_STACKED = 40;
/** Phone: where the name line sits in its row; the dumbbell follows close under it, the next row further off. */
const NAME_LINE = 9;
const FONT_SIZE = 12;
/** Rows touch: each row's full height is its click target, tinted when selected. */
const ROW_GAP = 0;


function rowHeight(stacked: boolean): number {
  return stacked ? ROW_HEIGHT_STACKED : RELIANCE_CHART.rowHeight;
}

function chartHeight(rowCount: number, stacked: boolean): number {
  return RELIANCE_CHART.top + rowCount * rowHeight(stacked) + RELIANCE_CHART.axisHeight;
}

interface ChangesTooltipProps extends TooltipContentProps {
  fromLabel: string;
  toLabel: string;
  onActive: (id: string | null) => void;
}

function ChangesTooltip({ active, payload, fromLabel, toLabel, onActive }: ChangesTooltipProps) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return <ReportActive id={null} onActive={onActive} />;
  const { row } = datum;
  const sourceOf = (end: ChangeRow['from']) => (end.figure ? sourceText(end.figure.nirSource) : end.note || 'no USGS figure');
  return (
    <div className="chart-tooltip">
      <ReportActive id={row.id} onActive={onActive} />
      <strong>{row.name}</strong>
      <div>
        {fromLabel}: {nirSentence(row.from.nir)}
      </div>
      <div>
        {toLabel}: {nirSentence(row.to.nir)}
      </div>
      <div>Change: {row.words}</div>
      <div className="chart-tooltip__muted">
        {sourceOf(row.from)}; {sourceOf(row.to)}
      </div>
      <div className="chart-tooltip__muted">{HOW_TO_READ_HINT}</div>
    </div>
  );
}

interface DumbbellLayout {
  stacked: boolean;
  /** The names' column left of the plot (wide screens). */
  nameWidth: number;
}

/** One row's dumbbell, name and values. A filter change that only moves the row leaves these as they were. */
const Dumbbell = memo(function Dumbbell({ row, x, plotWidth, height, selected, layout }: RowContentProps<ChangeRow, DumbbellLayout>) {
  const { stacked, nameWidth } = layout;
  // Stacked: the name and both values on a line of their own, the dumbbell under it.
  const middle = stacked ? NAME_LINE + 16 : height / 2;
  const values = valuesText(row);
  return (
    <>
      {/* A full-row target, so a click anywhere on the row selects; tinted when selected. */}
      <rect x={x - (stacked ? 4 : 0)} y={0} width={plotWidth + ARROW_ROOM + 4} height={height} fill={selected ? GRID : 'transparent'} />
      {stacked && (
        <text x={x} y={NAME_LINE} dominantBaseline="central" fontSize={FONT_SIZE} fontFamily={FONT_FAMILY} fill={INK}>
          <tspan fontWeight={selected ? 700 : 400}>{truncateChars(row.name, Math.max(8, charsIn(plotWidth + ARROW_ROOM) - values.length - 2))}</tspan>
          <tspan fill={MUTED_INK}>{`  ${values}`}</tspan>
        </text>
      )}
      {dumbbellShapes(row, { x, width: plotWidth, middle, selected }).map((shape, index) => (
        <RowShapeElement key={index} shape={shape} />
      ))}
      {!stacked && <RowName x={x - NAME_GAP} y={middle} name={row.name} room={nameWidth} fontSize={FONT_SIZE} bold={selected} />}
      {!stacked && (
        <text x={x + plotWidth + ARROW_ROOM + 4} y={middle} dominantBaseline="central" fontSize={FONT_SIZE} fontFamily={FONT_FAMILY} fill={INK} fontWeight={selected ? 700 : 400}>
          {truncateChars(dumbbellLabel(row), charsIn(LABEL_ROOM - ARROW_ROOM - 4))}
        </text>
      )}
    </>
  );
});

function dumbbellAttributes(row: ChangeRow, selected: boolean) {
  return {
    'data-from': row.from.nir?.printed ?? 'none',
    'data-to': row.to.nir?.printed ?? 'none',
    'data-selected': selected ? 'true' : undefined,
    className: 'changes-dumbbell',
  };
}

/**
 * One dumbbell per mineral on a 0–100% axis, in the order given: the "from" year open, the "to" year filled, joined by a line.
 * Keyboard: the chart takes focus, Down and Up move between minerals (Recharts' accessibility layer), Enter selects one.
 */
export function ChangesChart({ rows, width, title, fromLabel, toLabel, selectedId = null, onSelect }: ChangesChartProps) {
  const stacked = width < NARROW_BELOW;
  const nameWidth = stacked ? 0 : RELIANCE_CHART.nameWidthWide;
  const data: Datum[] = rows.map((row) => ({ name: row.name, row }));
  const { onActive, onKeyDownCapture, onKeyDown } = useRowKeys(onSelect);

  const layout = useMemo(() => ({ stacked, nameWidth }), [stacked, nameWidth]);

  // As in the reliance chart: the parts do not depend on the rows, and the rows are keyed by mineral, so a filter change
  // draws no dumbbell it keeps again.
  const parts = useMemo(
    () => (
      <>
        <ValueGrid />
        <XAxis {...percentAxisProps(stacked, FONT_SIZE)} />
        <YAxis {...NAME_AXIS} />
        {!stacked && <PlotEdge />}
        <Tooltip
          {...ROW_TOOLTIP}
          content={(props) => <ChangesTooltip {...props} fromLabel={fromLabel} toLabel={toLabel} onActive={onActive} />}
        />
        <Bar {...ROW_BAR} />
      </>
    ),
    [stacked, fromLabel, toLabel, onActive],
  );

  return (
    <div className="changes-chart" onKeyDownCapture={onKeyDownCapture} onKeyDown={onKeyDown}>
      <BarChart
        width={width}
        height={chartHeight(rows.length, stacked)}
        data={data}
        layout="vertical"
        margin={{ top: RELIANCE_CHART.top, right: stacked ? ARROW_ROOM + 8 : LABEL_ROOM, bottom: 0, left: stacked ? 14 : nameWidth }}
        title={title}
        desc="One dumbbell per mineral: the first data year an open mark, the second a filled mark, joined by a line; each labelled with both values as USGS prints them. Down and Up arrow keys move between minerals; Enter selects one. The table under the chart lists every value."
        style={{ fontFamily: FONT_FAMILY }}
      >
        {parts}
        <KeyedRows rowHeight={rowHeight(stacked)} rows={rows} gap={ROW_GAP} selectedId={selectedId} onSelect={onSelect} attributes={dumbbellAttributes} Content={Dumbbell} layout={layout} />
      </BarChart>
    </div>
  );
}
