import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps, type TooltipContentProps, type YAxisTickContentProps } from 'recharts';
import type { RelianceRow } from '../state/derive';
import { nirLabel, nirSentence, nirShortLabel } from '../state/format';
import { BAND_COLOURS, BAR_OUTLINE, FONT_FAMILY, GRID, INK, MUTED_INK, RELIANCE_CHART } from './theme';

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
  id: string;
  name: string;
  /** Every row spans the full 0–100 axis so the shape can draw any form, including states. */
  span: 100;
  row: RelianceRow;
}

export function relianceChartHeight(rowCount: number): number {
  return RELIANCE_CHART.top + rowCount * RELIANCE_CHART.rowHeight + RELIANCE_CHART.axisHeight;
}

function truncate(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1)}…`;
}

interface NameTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: string };
  maxChars: number;
  fontSize: number;
}

function NameTick({ x = 0, y = 0, payload, maxChars, fontSize }: NameTickProps) {
  const name = payload?.value ?? '';
  return (
    <text x={Number(x) - 6} y={Number(y)} textAnchor="end" dominantBaseline="central" fill={INK} fontSize={fontSize} fontFamily={FONT_FAMILY}>
      <title>{name}</title>
      {truncate(name, maxChars)}
    </text>
  );
}

interface BarMarkProps {
  row: RelianceRow;
  x: number;
  width: number;
  top: number;
  height: number;
  selected: boolean;
  label: (nir: RelianceRow['nir']) => string;
}

function BarMark({ row, x, width, top, height, selected, label }: BarMarkProps) {
  const { nir } = row;
  const fill = BAND_COLOURS[row.band];
  const middle = top + height / 2;
  const stroke = selected ? INK : BAR_OUTLINE;
  const strokeWidth = selected ? 2.5 : 0.75;
  if (nir === null || nir.kind === 'exporter' || nir.kind === 'withheld' || nir.kind === 'not-available') {
    // A state, not a number: a marker and words, never a zero-length bar.
    return (
      <>
        <circle cx={x + 6} cy={middle} r={4} fill="#ffffff" stroke={fill === BAND_COLOURS.na ? MUTED_INK : fill} strokeWidth={2} />
        <ValueLabel x={x + 14} y={middle} text={label(nir)} muted />
      </>
    );
  }
  const length = (width * nir.value) / 100;
  if (nir.kind === 'exact') {
    return (
      <>
        <rect x={x} y={top} width={length} height={height} fill={fill} stroke={stroke} strokeWidth={strokeWidth} />
        <ValueLabel x={x + length + 4} y={middle} text={label(nir)} />
      </>
    );
  }
  if (nir.bound === '>') {
    // "At least": a solid bar to the bound and an arrow pointing past it.
    const tip = x + length + 9;
    return (
      <>
        <rect x={x} y={top} width={length} height={height} fill={fill} stroke={stroke} strokeWidth={strokeWidth} />
        <polygon points={`${x + length},${top} ${tip},${middle} ${x + length},${top + height}`} fill={fill} stroke={stroke} strokeWidth={strokeWidth} />
        <ValueLabel x={tip + 4} y={middle} text={label(nir)} />
      </>
    );
  }
  // "Under": a pale, dashed box up to the bound; the true value lies somewhere inside it.
  return (
    <>
      <rect x={x} y={top} width={length} height={height} fill={fill} fillOpacity={0.3} stroke={stroke} strokeWidth={selected ? 2.5 : 1} strokeDasharray="4 3" />
      <ValueLabel x={x + length + 4} y={middle} text={label(nir)} />
    </>
  );
}

function ValueLabel({ x, y, text, muted = false }: { x: number; y: number; text: string; muted?: boolean }) {
  return (
    <text x={x} y={y} dominantBaseline="central" fontSize={12} fontFamily={FONT_FAMILY} fill={muted ? MUTED_INK : INK}>
      {text}
    </text>
  );
}

function RelianceTooltip({ active, payload, editionLabel }: TooltipContentProps & { editionLabel: string }) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  const { row } = datum;
  const figure = row.figure;
  return (
    <div className="chart-tooltip">
      <strong>{row.name}</strong>
      <div>
        {figure ? `${editionLabel}: ` : ''}
        {nirSentence(row.nir)}
      </div>
      {figure && figure.usgsName !== '' && <div className="chart-tooltip__muted">USGS line: {figure.usgsName}</div>}
      {figure && figure.importSources.length > 0 && (
        <div>
          Major import sources {figure.importSourcesPeriod}: {figure.importSources.join(', ')}
        </div>
      )}
      {row.note !== '' && <div className="chart-tooltip__muted">{row.note}</div>}
    </div>
  );
}

/** Horizontal bars of net import reliance, sorted as given; every bar carries its printed value. */
export function RelianceChart({ rows, width, title, editionLabel, selectedId = null, onSelect }: RelianceChartProps) {
  const narrow = width < 560;
  const nameWidth = narrow ? RELIANCE_CHART.nameWidthNarrow : RELIANCE_CHART.nameWidthWide;
  const nameFontSize = narrow ? 11 : 12;
  const data: Datum[] = rows.map((row) => ({ id: row.id, name: row.name, span: 100, row }));
  const barThickness = RELIANCE_CHART.barThickness;

  const renderShape = (props: BarShapeProps) => {
    const datum = props.payload as Datum;
    const top = props.y + (props.height - barThickness) / 2;
    return (
      <g
        data-mineral={datum.id}
        data-band={datum.row.band}
        data-nir={datum.row.nir?.printed ?? 'none'}
        className="reliance-bar"
        style={{ cursor: onSelect ? 'pointer' : undefined }}
      >
        <BarMark
          row={datum.row}
          x={props.x}
          width={props.width}
          top={top}
          height={barThickness}
          selected={datum.id === selectedId}
          label={narrow ? nirShortLabel : nirLabel}
        />
      </g>
    );
  };

  return (
    <BarChart
      width={width}
      height={relianceChartHeight(rows.length)}
      data={data}
      layout="vertical"
      margin={{ top: RELIANCE_CHART.top, right: narrow ? RELIANCE_CHART.rightNarrow : RELIANCE_CHART.right, bottom: 0, left: 0 }}
      barCategoryGap={2}
      title={title}
      style={{ fontFamily: FONT_FAMILY }}
    >
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis
        type="number"
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        tickFormatter={(value: number) => `${value}%`}
        tick={{ fill: INK, fontSize: 12 }}
        height={RELIANCE_CHART.axisHeight}
        label={{ value: narrow ? '% of apparent consumption' : 'Net import reliance, % of apparent consumption', position: 'insideBottom', offset: 2, fill: MUTED_INK, fontSize: 12 }}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={nameWidth}
        interval={0}
        tickLine={false}
        tick={(tickProps: YAxisTickContentProps) => (
          <NameTick x={tickProps.x} y={tickProps.y} payload={tickProps.payload as { value: string }} maxChars={Math.floor((nameWidth - 8) / (nameFontSize * 0.65))}
            fontSize={nameFontSize} />
        )}
      />
      <Tooltip
        cursor={{ fill: 'rgba(0,0,0,0.05)' }}
        content={(props) => <RelianceTooltip {...props} editionLabel={editionLabel} />}
        isAnimationActive={false}
      />
      <Bar
        dataKey="span"
        isAnimationActive={false}
        shape={renderShape}
        onClick={(entry) => {
          const datum = entry.payload as Datum | undefined;
          if (datum && onSelect) onSelect(datum.id);
        }}
      />
    </BarChart>
  );
}
