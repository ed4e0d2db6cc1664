import { useMemo } from 'react';
import { truncateChars } from '../data/text';
import { HOW_TO_READ_HINT } from './legend-items';
import { NAME_AXIS, NAME_GAP, PlotEdge, ROW_CURSOR, ReportActive, RowName, RowShapeElement, ValueGrid, percentAxisProps, useRowKeys } from './bar-keys';
import { Bar, BarChart, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps } from 'recharts';
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
  id: string;
  name: string;
  /** Every row spans the full 0–100 axis so the shape can place both ends anywhere on it. */
  span: 100;
  row: ChangeRow;
}

/** Room right of the axis for "no figure → E: exporter" or "58% → 40%: −18 points". */
const LABEL_ROOM = 200;
/** Phone: a line for the name and both values, then the dumbbell under it. */
const ROW_HEIGHT_STACKED = 40;
/** Phone: where the name line sits in its row; the dumbbell follows close under it, the next row further off. */
const NAME_LINE = 9;
const FONT_SIZE = 12;


function chartHeight(rowCount: number, stacked: boolean): number {
  return RELIANCE_CHART.top + rowCount * (stacked ? ROW_HEIGHT_STACKED : RELIANCE_CHART.rowHeight) + RELIANCE_CHART.axisHeight;
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

/**
 * One dumbbell per mineral on a 0–100% axis, in the order given: the "from" year open, the "to" year filled, joined by a line.
 * Keyboard: the chart takes focus, Down and Up move between minerals (Recharts' accessibility layer), Enter selects one.
 */
export function ChangesChart({ rows, width, title, fromLabel, toLabel, selectedId = null, onSelect }: ChangesChartProps) {
  const stacked = width < NARROW_BELOW;
  const nameWidth = stacked ? 0 : RELIANCE_CHART.nameWidthWide;
  const data: Datum[] = rows.map((row) => ({ id: row.id, name: row.name, span: 100, row }));
  const { onActive, onKeyDownCapture, onKeyDown, onBarClick } = useRowKeys(onSelect);

  // As in the reliance chart: the parts do not depend on the rows, so a filter change draws each dumbbell once.
  const parts = useMemo(() => {
    const renderShape = (props: BarShapeProps) => {
      const datum = props.payload as Datum;
      const { row } = datum;
      const selected = datum.id === selectedId;
      // Stacked: the name and both values on a line of their own, the dumbbell under it.
      const middle = stacked ? props.y + NAME_LINE + 16 : props.y + props.height / 2;
      const values = valuesText(row);
      return (
        <g
          data-mineral={datum.id}
          data-from={row.from.nir?.printed ?? 'none'}
          data-to={row.to.nir?.printed ?? 'none'}
          data-selected={selected ? 'true' : undefined}
          className="changes-dumbbell"
          style={{ cursor: onSelect ? 'pointer' : undefined }}
        >
          {/* A full-row target, so a click anywhere on the row selects; tinted when selected. */}
          <rect x={props.x - (stacked ? 4 : 0)} y={props.y} width={props.width + ARROW_ROOM + 4} height={props.height} fill={selected ? GRID : 'transparent'} />
          {stacked && (
            <text x={props.x} y={props.y + NAME_LINE} dominantBaseline="central" fontSize={FONT_SIZE} fontFamily={FONT_FAMILY} fill={INK}>
              <tspan fontWeight={selected ? 700 : 400}>{truncateChars(row.name, Math.max(8, charsIn(props.width + ARROW_ROOM) - values.length - 2))}</tspan>
              <tspan fill={MUTED_INK}>{`  ${values}`}</tspan>
            </text>
          )}
          {dumbbellShapes(row, { x: props.x, width: props.width, middle, selected }).map((shape, index) => (
            <RowShapeElement key={index} shape={shape} />
          ))}
          {!stacked && (
            <RowName x={props.x - NAME_GAP} y={middle} name={row.name} room={nameWidth} fontSize={FONT_SIZE} bold={selected} />
          )}
          {!stacked && (
            <text
              x={props.x + props.width + ARROW_ROOM + 4}
              y={middle}
              dominantBaseline="central"
              fontSize={FONT_SIZE}
              fontFamily={FONT_FAMILY}
              fill={INK}
              fontWeight={selected ? 700 : 400}
            >
              {truncateChars(dumbbellLabel(row), charsIn(LABEL_ROOM - ARROW_ROOM - 4))}
            </text>
          )}
        </g>
      );
    };

    return (
      <>
        <ValueGrid />
        <XAxis {...percentAxisProps(stacked, FONT_SIZE)} />
        <YAxis {...NAME_AXIS} />
        {!stacked && <PlotEdge />}
        <Tooltip
          cursor={ROW_CURSOR}
          content={(props) => <ChangesTooltip {...props} fromLabel={fromLabel} toLabel={toLabel} onActive={onActive} />}
          isAnimationActive={false}
        />
        <Bar dataKey="span" isAnimationActive={false} shape={renderShape} onClick={onBarClick} />
      </>
    );
  }, [stacked, nameWidth, selectedId, onSelect, fromLabel, toLabel, onActive, onBarClick]);

  return (
    <div className="changes-chart" onKeyDownCapture={onKeyDownCapture} onKeyDown={onKeyDown}>
      <BarChart
        width={width}
        height={chartHeight(rows.length, stacked)}
        data={data}
        layout="vertical"
        margin={{ top: RELIANCE_CHART.top, right: stacked ? ARROW_ROOM + 8 : LABEL_ROOM, bottom: 0, left: stacked ? 14 : nameWidth }}
        barCategoryGap={0}
        title={title}
        desc="One dumbbell per mineral: the first data year an open mark, the second a filled mark, joined by a line; each labelled with both values as USGS prints them. Down and Up arrow keys move between minerals; Enter selects one. The table under the chart lists every value."
        style={{ fontFamily: FONT_FAMILY }}
      >
        {parts}
      </BarChart>
    </div>
  );
}
