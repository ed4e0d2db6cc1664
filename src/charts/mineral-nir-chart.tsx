import { CartesianGrid, LineChart, Tooltip, XAxis, YAxis, usePlotArea, useXAxisScale, useYAxisScale, type TooltipContentProps } from 'recharts';
import type { OverTimeSeries, OverTimeYear } from '../state/views/over-time';
import { yearSentence } from '../state/views/over-time';
import type { LegendItem } from './legend-items';
import { OverTimeShapeElement, overTimeLegend, overTimeMarks, revisionLabel, type OverTimeScale } from './over-time-chart';
import { FONT_FAMILY, GRID, INK } from './theme';

/** One mineral's years as the over-time marks take them: one line, the first series colour. */
function asSeries(id: string, name: string, years: readonly OverTimeYear[]): OverTimeSeries {
  return { id, name, group: 'single', note: '', years: [...years], colourIndex: 0 };
}

/**
 * What the small chart draws, only the kinds it draws, in the over-time view's words; the ring is named only where one
 * is drawn, and the revision example is this mineral's own.
 */
export function mineralNirLegend(years: readonly OverTimeYear[]): LegendItem[] {
  const ringDrawn = years.some((entry) => entry.firstPublished?.nir.kind === 'exact' || entry.firstPublished?.nir.kind === 'bound');
  const revised = years.find((entry) => entry.revision);
  return overTimeLegend([asSeries('', '', years)]).flatMap((item) => {
    if (item.key !== 'first-published') return [item];
    if (!ringDrawn) return [];
    const example = revised ? `; “${revisionLabel(revised)}”: first published → revised` : '';
    return [{ ...item, label: `Ring (a caret at a bound): as first published in each edition${example}` }];
  });
}

export interface MineralNirChartProps {
  id: string;
  name: string;
  /** Every year with a first-published figure or a revised value, oldest first. */
  years: readonly OverTimeYear[];
  width: number;
  /** Read by screen readers as the chart's title. */
  title: string;
}

export const MINERAL_NIR_CHART_HEIGHT = 180;
const AXIS_PADDING = { left: 16, right: 16 } as const;

/** The over-time view's marks for one line, on Recharts' own scales. */
function Marks({ series }: { series: OverTimeSeries }) {
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
  const [marks] = overTimeMarks([series], scale, { selectedId: null, names: false, compact: false, fitName: (name) => name });
  if (!marks) return null;
  return (
    <g className="mineral-nir-chart__marks" data-mineral={marks.id}>
      <title>{marks.sentence}</title>
      {marks.shapes.map((shape, index) => (
        <OverTimeShapeElement key={index} shape={shape} />
      ))}
    </g>
  );
}

function YearTooltip({ active, label, years }: TooltipContentProps & { years: readonly OverTimeYear[] }) {
  const entry = years.find((candidate) => candidate.year === Number(label));
  if (!active || !entry) return null;
  return <div className="chart-tooltip">{yearSentence(entry)}</div>;
}

/**
 * One mineral's net import reliance by year, small: the revised series as a line, each edition's first-published
 * value as a hollow ring, a bound as a caret at its bound labelled as printed, E/W/NA as words at the foot (a gap,
 * never a zero). Keyboard: Left and Right step through the years (Recharts' accessibility layer), the tooltip
 * saying the year's values. The table beside it lists the same values.
 */
export function MineralNirChart({ id, name, years, width, title }: MineralNirChartProps) {
  const series = asSeries(id, name, years);
  const data = years.map((entry) => ({ year: entry.year }));
  return (
    <div className="mineral-nir-chart">
      <LineChart
        width={width}
        height={MINERAL_NIR_CHART_HEIGHT}
        data={data}
        margin={{ top: 10, right: 8, bottom: 0, left: 0 }}
        title={title}
        desc="The line is net import reliance as revised in the latest edition; rings are each edition's first-published value. A bound is a caret at its bound labelled as printed; E, W and NA break the line and are named at the foot. Left and Right arrow keys step through the years. The table below lists every value."
        style={{ fontFamily: FONT_FAMILY }}
      >
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis dataKey="year" type="category" padding={AXIS_PADDING} tick={{ fill: INK, fontSize: 11 }} tickLine={false} interval={0} />
        <YAxis
          type="number"
          domain={[0, 100]}
          allowDataOverflow
          ticks={[0, 50, 100]}
          tickFormatter={(value: number) => `${value}%`}
          tick={{ fill: INK, fontSize: 11 }}
          width={40}
        />
        <Tooltip cursor={{ stroke: GRID, strokeWidth: 2 }} content={(props) => <YearTooltip {...props} years={years} />} isAnimationActive={false} />
        <Marks series={series} />
      </LineChart>
    </div>
  );
}
