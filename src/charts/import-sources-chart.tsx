import { memo, useMemo } from 'react';
import { truncateChars } from '../data/text';
import { HOW_TO_READ_HINT } from './legend-items';
import { KeyedRows, NAME_AXIS, NAME_GAP, ROW_BAR, ROW_TOOLTIP, PlotEdge, ReportActive, RowName, percentTick, useRowKeys, type RowContentProps } from './bar-keys';
import { Bar, BarChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { nirSentence } from '../state/format';
import {
  barSentence,
  chinaText,
  hasSliver,
  shareLabel,
  shortBars,
  totalText,
  type ShareTone,
  type SourceBar,
  type SourceSegment,
} from '../state/views/import-sources';
import type { LegendItem } from './legend-items';
import {
  BAR_OUTLINE,
  CHINA_COLOUR,
  FONT_FAMILY,
  GRID,
  INK,
  MUTED_INK,
  NARROW_BELOW,
  OTHER_SOURCE_COLOUR,
  PAPER,
  RELIANCE_CHART,
  SOURCE_COLOURS,
  charsIn,
} from './theme';

/** A "<1" is drawn this wide whatever the scale: visible, and never as 1% or 0. */
export const SLIVER_PX = 3;
/** Room past the bar's end for a "<1" label. */
export const SLIVER_LABEL_ROOM = 30;
/** Room for China's share at the right of each bar on wide screens ("China not listed"). */
export const CHINA_LABEL_ROOM = 118;
export const SEGMENT_FONT_SIZE = 11;
const NAME_FONT_SIZE = 12;
const TICKS = [0, 25, 50, 75, 100];
/** Between a row's band and its content, above and below (KeyedRows' gap): bars 4 px apart. */
const ROW_GAP = 2;

export function toneColour(tone: ShareTone): string {
  switch (tone) {
    case 'china':
      return CHINA_COLOUR;
    case 'source-1':
      return SOURCE_COLOURS[0];
    case 'source-2':
      return SOURCE_COLOURS[1];
    case 'other':
      return OTHER_SOURCE_COLOUR;
  }
}

/** A generous text width (0.6 em a character, wider than the exports' 0.56), so a label fits in any sans-serif; screen and image share it. */
function labelWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.6;
}

export interface SegmentBox {
  segment: SourceSegment;
  x: number;
  width: number;
  fill: string;
  /** A "<N" share: a fixed thin sliver, not to scale. */
  sliver: boolean;
  /** "Canada 28%" where it fits inside, else null (the tooltip and the accessible text say it). */
  label: string | null;
  labelFill: string;
}

export interface BarBoxes {
  segments: SegmentBox[];
  /** Where the drawn shares end. */
  end: number;
  /** 0–100% of imports: the outline that shows an empty remainder. */
  trackWidth: number;
  /** "<1" after the bar's end, where a sliver is drawn. */
  sliverLabel: string | null;
}

/** One geometry for screen and image: segments in USGS order from `x`, `pxPerPercent` pixels to a percent. */
export function barBoxes(bar: SourceBar, x: number, pxPerPercent: number): BarBoxes {
  let cursor = x;
  const segments: SegmentBox[] = [];
  for (const segment of bar.segments) {
    const { form } = segment;
    if (form.kind === 'unreadable') continue;
    const sliver = form.kind === 'under';
    const width = sliver ? SLIVER_PX : (form.kind === 'exact' ? form.value : form.bound) * pxPerPercent;
    const text = shareLabel(segment);
    const fits = !sliver && labelWidth(text, SEGMENT_FONT_SIZE) + 6 <= width;
    segments.push({
      segment,
      x: cursor,
      width,
      fill: toneColour(segment.tone),
      sliver,
      label: fits ? text : null,
      labelFill: segment.tone === 'china' ? PAPER : INK,
    });
    cursor += width;
  }
  const unders = segments.filter((box) => box.sliver).map((box) => box.segment.percentPrinted);
  return { segments, end: cursor, trackWidth: 100 * pxPerPercent, sliverLabel: unders.length > 0 ? unders.join(' ') : null };
}

/** What the colours and marks mean, only for what is drawn. One list for the page and the image. */
export function importSourcesLegend(bars: readonly SourceBar[]): LegendItem[] {
  const items: LegendItem[] = [];
  if (bars.some((bar) => bar.china)) items.push({ key: 'china', label: 'China (wherever it is in USGS order)', swatch: { kind: 'square', fill: CHINA_COLOUR } });
  if (bars.some((bar) => bar.segments.some((segment) => segment.tone.startsWith('source-')))) {
    items.push({ key: 'country', label: 'Other countries named by USGS (alternating greys)', swatch: { kind: 'square', fill: SOURCE_COLOURS[0] } });
  }
  if (bars.some((bar) => bar.segments.some((segment) => segment.isOther))) {
    items.push({ key: 'other', label: '“Other” as printed', swatch: { kind: 'square', fill: OTHER_SOURCE_COLOUR } });
  }
  if (hasSliver(bars)) {
    items.push({ key: 'under-1', label: `“<1”: under 1%, a ${SLIVER_PX} px sliver (not to scale), labelled “<1”`, swatch: { kind: 'line', stroke: INK, dashed: false } });
  }
  if (bars.some((bar) => bar.segments.some((segment) => segment.form.kind === 'at-least'))) {
    items.push({ key: 'at-least', label: '“>99”: at least the bound, drawn to the bound', swatch: { kind: 'arrow', fill: SOURCE_COLOURS[0] } });
  }
  if (shortBars(bars).length > 0) {
    items.push({ key: 'empty', label: 'Left empty: printed shares sum to under 100 (not rescaled)', swatch: { kind: 'square', fill: PAPER } });
  }
  return items;
}

export interface ImportSourcesChartProps {
  bars: readonly SourceBar[];
  /** The percent the axis runs to (100, or the largest printed sum beyond it). */
  scaleMax: number;
  width: number;
  /** Read by screen readers as the chart's title. */
  title: string;
  /** e.g. "MCS 2025": the edition of the reliance values in the tooltip. */
  editionLabel: string;
  axisLabel: string;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
}

interface Datum {
  /** The name axis's category. */
  name: string;
  bar: SourceBar;
}


interface SourcesTooltipProps extends TooltipContentProps {
  editionLabel: string;
  onActive: (id: string | null) => void;
}

function SourcesTooltip({ active, payload, editionLabel, onActive }: SourcesTooltipProps) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return <ReportActive id={null} onActive={onActive} />;
  const { bar } = datum;
  return (
    <div className="chart-tooltip">
      <ReportActive id={bar.id} onActive={onActive} />
      <strong>{bar.name}</strong>
      <div>Import shares {bar.period}, as printed, in USGS order:</div>
      <ol className="import-sources-tooltip__list">
        {bar.segments.map((segment) => (
          <li key={segment.rank}>{segment.isChina ? <strong>{shareLabel(segment)}</strong> : shareLabel(segment)}</li>
        ))}
      </ol>
      {bar.printedTotal < 100 && <div>Printed shares sum to {totalText(bar)}; the rest is left empty.</div>}
      {bar.note !== '' && <div className="chart-tooltip__muted">{bar.note}</div>}
      <div className="chart-tooltip__muted">
        {editionLabel}: {nirSentence(bar.nir)}
      </div>
      <div className="chart-tooltip__muted">{HOW_TO_READ_HINT}</div>
    </div>
  );
}

interface BarLayout {
  narrow: boolean;
  /** The names' column left of the plot (wide screens). */
  nameWidth: number;
  barThickness: number;
  /** The value axis's end: the largest printed total, at least 100%. */
  scaleMax: number;
  /** The chart's width: a phone's name lines are cut to it. */
  chartWidth: number;
}

/** One bar's segments, name and labels. A filter change that only moves the bar leaves these as they were. */
const SourceBarMarks = memo(function SourceBarMarks({ row: bar, x, plotWidth, height, selected, layout }: RowContentProps<SourceBar, BarLayout>) {
  const { narrow, nameWidth, barThickness, scaleMax, chartWidth: width } = layout;
  const top = narrow ? height - barThickness - 2 : (height - barThickness) / 2;
  const middle = top + barThickness / 2;
  const boxes = barBoxes(bar, x, plotWidth / scaleMax);
  return (
    <>
      <title>{barSentence(bar)}</title>
      {narrow && (
        <text x={x} y={8} dominantBaseline="central" fontSize={NAME_FONT_SIZE} fontWeight={selected ? 700 : 400} fontFamily={FONT_FAMILY} fill={INK}>
          {truncateChars(`${bar.name} · ${chinaText(bar)}`, charsIn(width, NAME_FONT_SIZE))}
        </text>
      )}
      {!narrow && (
        <RowName x={x - NAME_GAP} y={height / 2} name={bar.name} room={nameWidth} fontSize={NAME_FONT_SIZE} bold={selected} />
      )}
      <rect x={x} y={top} width={boxes.trackWidth} height={barThickness} fill={PAPER} stroke={GRID} strokeWidth={1} />
      {boxes.segments.map((box) => (
        <rect
          key={box.segment.rank}
          data-country={box.segment.country}
          data-share={box.segment.percentPrinted}
          x={box.x}
          y={top}
          width={box.width}
          height={barThickness}
          fill={box.fill}
          stroke={box.sliver ? INK : BAR_OUTLINE}
          strokeWidth={box.sliver ? 1 : 0.5}
        />
      ))}
      {boxes.segments.map(
        (box) =>
          box.label && (
            <text
              key={`label-${box.segment.rank}`}
              x={box.x + 3}
              y={middle}
              dominantBaseline="central"
              fontSize={SEGMENT_FONT_SIZE}
              fontFamily={FONT_FAMILY}
              fill={box.labelFill}
              pointerEvents="none"
            >
              {box.label}
            </text>
          ),
      )}
      {boxes.sliverLabel && (
        <text x={boxes.end + 3} y={middle} dominantBaseline="central" fontSize={SEGMENT_FONT_SIZE} fontFamily={FONT_FAMILY} fill={INK}>
          {boxes.sliverLabel}
        </text>
      )}
      {!narrow && (
        <text
          x={x + plotWidth + SLIVER_LABEL_ROOM}
          y={middle}
          dominantBaseline="central"
          fontSize={NAME_FONT_SIZE}
          fontWeight={bar.china ? 700 : 400}
          fontFamily={FONT_FAMILY}
          fill={bar.china ? INK : MUTED_INK}
          data-china-share={bar.china?.percentPrinted ?? 'none'}
        >
          {chinaText(bar)}
        </text>
      )}
      {selected && (
        <rect x={x - 2} y={top - 2} width={boxes.trackWidth + 4} height={barThickness + 4} fill="none" stroke={INK} strokeWidth={2.5} />
      )}
    </>
  );
});

function barAttributes(_bar: SourceBar, selected: boolean) {
  return { 'data-selected': selected ? 'true' : undefined, className: 'import-sources-bar' };
}

/**
 * One bar per mineral of its import shares as printed, segments in USGS order, China in its own colour.
 * Keyboard: the chart takes focus, Down and Up move between bars (Recharts' accessibility layer), Enter selects one.
 */
export function ImportSourcesChart({ bars, scaleMax, width, title, editionLabel, axisLabel, selectedId = null, onSelect }: ImportSourcesChartProps) {
  const narrow = width < NARROW_BELOW;
  const nameWidth = narrow ? 0 : RELIANCE_CHART.nameWidthWide;
  const rowHeight = narrow ? RELIANCE_CHART.rowHeightStacked : RELIANCE_CHART.rowHeight;
  const barThickness = narrow ? RELIANCE_CHART.barThicknessStacked : RELIANCE_CHART.barThickness;
  const right = SLIVER_LABEL_ROOM + (narrow ? 0 : CHINA_LABEL_ROOM);
  const data: Datum[] = bars.map((bar) => ({ name: bar.name, bar }));
  const { onActive, onKeyDownCapture, onKeyDown } = useRowKeys(onSelect);

  const layout = useMemo(() => ({ narrow, nameWidth, barThickness, scaleMax, chartWidth: width }), [narrow, nameWidth, barThickness, scaleMax, width]);

  // As in the reliance chart: the parts do not depend on the bars' rows, and the bars are keyed by mineral, so a filter
  // change draws no bar it keeps again.
  const parts = useMemo(
    () => (
      <>
        <XAxis
          type="number"
          domain={[0, scaleMax]}
          // The domain as given: the Bar has no values (ROW_BAR), from which Recharts would find none and draw no axis.
          allowDataOverflow
          ticks={TICKS}
          tick={percentTick(12)}
          height={RELIANCE_CHART.axisHeight}
          label={{ value: axisLabel, position: 'insideBottom', offset: 2, fill: MUTED_INK, fontSize: 12 }}
        />
        <YAxis {...NAME_AXIS} />
        {!narrow && <PlotEdge />}
        <Tooltip
          {...ROW_TOOLTIP}
          content={(props) => <SourcesTooltip {...props} editionLabel={editionLabel} onActive={onActive} />}
        />
        <Bar {...ROW_BAR} />
      </>
    ),
    [narrow, scaleMax, editionLabel, axisLabel, onActive],
  );

  return (
    <div className="import-sources-chart" onKeyDownCapture={onKeyDownCapture} onKeyDown={onKeyDown}>
      <BarChart
        width={width}
        height={RELIANCE_CHART.top + bars.length * rowHeight + RELIANCE_CHART.axisHeight}
        data={data}
        layout="vertical"
        margin={{ top: RELIANCE_CHART.top, right, bottom: 0, left: narrow ? 4 : nameWidth }}
        title={title}
        desc="One bar per mineral of its U.S. import shares as USGS prints them, in USGS order; China's share is written beside each bar. Down and Up arrow keys move between bars; Enter selects a mineral and lists its import sources by edition. The table under the chart lists every share."
        style={{ fontFamily: FONT_FAMILY }}
      >
        {parts}
        <KeyedRows rowHeight={rowHeight} rows={bars} gap={ROW_GAP} selectedId={selectedId} onSelect={onSelect} attributes={barAttributes} Content={SourceBarMarks} layout={layout} />
      </BarChart>
    </div>
  );
}
