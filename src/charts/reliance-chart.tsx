import { memo, useMemo } from 'react';
import { truncateChars } from '../data/text';
import { HOW_TO_READ_HINT } from './legend-items';
import { KeyedRows, NAME_AXIS, NAME_GAP, ROW_BAR, ROW_TOOLTIP, PlotEdge, ReportActive, RowName, RowShapeElement, ValueGrid, percentAxisProps, useRowKeys, type RowContentProps } from './bar-keys';
import { Bar, BarChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { RelianceRow } from '../state/derive';
import { nirLabel, nirSentence, nirShortLabel } from '../state/format';
import { relianceMark } from './reliance-marks';
import { FONT_FAMILY, INK, RELIANCE_CHART, charsIn } from './theme';

export interface RelianceChartProps {
  rows: readonly RelianceRow[];
  width: number;
  /** Read by screen readers as the chart's title. */
  title: string;
  /** e.g. "MCS 2025", shown in the tooltip beside the printed value. */
  editionLabel: string;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
}

interface Datum {
  /** The name axis's category. */
  name: string;
  row: RelianceRow;
}

/** Below this width names go above their bars, so a phone shows them whole. */
const STACKED_BELOW = 560;

function rowHeight(stacked: boolean): number {
  return stacked ? RELIANCE_CHART.rowHeightStacked : RELIANCE_CHART.rowHeight;
}

function chartHeight(rowCount: number, stacked: boolean): number {
  return RELIANCE_CHART.top + rowCount * rowHeight(stacked) + RELIANCE_CHART.axisHeight;
}


/** Between a row's band and its target, above and below (KeyedRows' gap): rows 4 px apart. */
const ROW_GAP = 2;

/** What every row of one drawing shares: the same object while the chart's size stays. */
interface RowLayout {
  stacked: boolean;
  /** The names' column left of the plot (wide screens). */
  nameWidth: number;
  barThickness: number;
  /** The chart's width: a phone's names are cut to it. */
  chartWidth: number;
}

/** One row's name, bar and printed value. A filter change that only moves the row leaves these as they were. */
const RowMarks = memo(function RowMarks({ row, x, plotWidth, height, selected, layout }: RowContentProps<RelianceRow, RowLayout>) {
  const { stacked, nameWidth, barThickness, chartWidth } = layout;
  const nameFontSize = 12;
  // Stacked: the name on a line of its own, the bar under it.
  const top = stacked ? height - barThickness - 2 : (height - barThickness) / 2;
  const mark = relianceMark(
    row,
    { x, width: plotWidth, top, height: barThickness, selected },
    `${(stacked ? nirShortLabel : nirLabel)(row.nir)}${row.revision ? ' †' : ''}`,
  );
  return (
    <>
      {/* A full-row target: a tap anywhere in the row selects, an E or NA row's too, and on a phone the name above the
          bar and the gap under it (taps there fell through). On wide screens the name sits left of the plot, and a
          click on it selects too. */}
      <rect className="reliance-bar__target" x={x - (stacked ? 14 : 0)} y={0} width={plotWidth + (stacked ? 14 : 0)} height={height} fill="transparent" />
      {stacked ? (
        <text className="row-name" x={x} y={8} dominantBaseline="central" fontSize={nameFontSize} fontFamily={FONT_FAMILY} fill={INK}>
          {truncateChars(row.name, charsIn(chartWidth, nameFontSize))}
        </text>
      ) : (
        <RowName x={x - NAME_GAP} y={height / 2} name={row.name} room={nameWidth} fontSize={nameFontSize} bold={false} />
      )}
      {mark.shapes.map((shape, index) => (
        <RowShapeElement key={index} shape={shape} />
      ))}
      <text x={mark.label.x} y={mark.label.y} dominantBaseline="central" fontSize={12} fontFamily={FONT_FAMILY} fill={mark.label.fill}>
        {mark.label.text}
      </text>
    </>
  );
});

function relianceRowAttributes(row: RelianceRow) {
  return { 'data-band': row.band, 'data-nir': row.nir?.printed ?? 'none', className: 'reliance-bar' };
}

interface RelianceTooltipProps extends TooltipContentProps {
  editionLabel: string;
  onActive: (id: string | null) => void;
}

function RelianceTooltip({ active, payload, editionLabel, onActive }: RelianceTooltipProps) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return <ReportActive id={null} onActive={onActive} />;
  const { row } = datum;
  const figure = row.figure;
  return (
    <div className="chart-tooltip">
      <ReportActive id={row.id} onActive={onActive} />
      <strong>{row.name}</strong>
      <div>
        {figure ? `${editionLabel}: ` : ''}
        {nirSentence(row.nir)}
      </div>
      {row.revision && (
        <div>
          Revised in MCS 2026: {nirLabel(row.revision.nir)}
        </div>
      )}
      {figure && figure.usgsName !== '' && <div className="chart-tooltip__muted">USGS line: {figure.usgsName}</div>}
      {figure && figure.importSources.length > 0 && (
        <div>
          Major import sources {figure.importSourcesPeriod}: {figure.importSources.join(', ')}
        </div>
      )}
      {row.note !== '' && <div className="chart-tooltip__muted">{row.note}</div>}
      <div className="chart-tooltip__muted">{HOW_TO_READ_HINT}</div>
    </div>
  );
}

/**
 * Horizontal bars of net import reliance, sorted as given; every bar carries its printed value.
 * Keyboard: the chart takes focus, Down and Up move between bars (Recharts' accessibility layer), Enter opens one.
 */
export function RelianceChart({ rows, width, title, editionLabel, selectedId = null, onSelect }: RelianceChartProps) {
  const stacked = width < STACKED_BELOW;
  const nameWidth = stacked ? 0 : RELIANCE_CHART.nameWidthWide;
  const barThickness = stacked ? RELIANCE_CHART.barThicknessStacked : RELIANCE_CHART.barThickness;
  const data: Datum[] = rows.map((row) => ({ name: row.name, row }));

  const { onActive, onKeyDownCapture, onKeyDown } = useRowKeys(onSelect);
  const layout = useMemo(
    () => ({ stacked, nameWidth, barThickness, chartWidth: width }),
    [stacked, nameWidth, barThickness, width],
  );

  // The chart's parts other than the rows depend on its size and the callbacks, not on the rows: on a filter change
  // React skips them, and Recharts redraws them once, from its store, instead of first once more with the rows it
  // still holds.
  const parts = useMemo(
    () => (
      <>
        <ValueGrid />
        <XAxis {...percentAxisProps(stacked)} />
        <YAxis {...NAME_AXIS} />
        {!stacked && <PlotEdge />}
        <Tooltip
          {...ROW_TOOLTIP}
          content={(props) => <RelianceTooltip {...props} editionLabel={editionLabel} onActive={onActive} />}
        />
        <Bar {...ROW_BAR} />
      </>
    ),
    [stacked, editionLabel, onActive],
  );

  return (
    <div className="reliance-chart" onKeyDownCapture={onKeyDownCapture} onKeyDown={onKeyDown}>
      <BarChart
        width={width}
        height={chartHeight(rows.length, stacked)}
        data={data}
        layout="vertical"
        margin={{ top: RELIANCE_CHART.top, right: stacked ? RELIANCE_CHART.rightNarrow : RELIANCE_CHART.right, bottom: 0, left: stacked ? 14 : nameWidth }}
        title={title}
        desc="Bars sorted by net import reliance, each labelled with the value USGS prints. Down and Up arrow keys move between bars; Enter opens a mineral's details. The table under the chart lists every value."
        style={{ fontFamily: FONT_FAMILY }}
      >
        {parts}
        <KeyedRows rowHeight={rowHeight(stacked)} rows={rows} gap={ROW_GAP} selectedId={selectedId} onSelect={onSelect} attributes={relianceRowAttributes} Content={RowMarks} layout={layout} />
      </BarChart>
    </div>
  );
}
