import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import { CURSOR_WASH, GRID } from './theme';

/** The band behind the row under the pointer, the same in every row chart. */
export const ROW_CURSOR = { fill: CURSOR_WASH } as const;

/** Tells a chart which row the tooltip is on (rendered inside the tooltip), so Enter can select it. */
export function ReportActive({ id, onActive }: { id: string | null; onActive: (id: string | null) => void }) {
  useEffect(() => onActive(id), [id, onActive]);
  return null;
}

/**
 * Keyboard and clicks for charts whose rows run down the page: Down and Up step through them, Enter or Space selects
 * the one the tooltip is on, a click selects the one clicked. Recharts 3 moves its tooltip only on Left/Right, and in a vertical layout ArrowLeft is its "next", so
 * Down and Up are re-sent as the keys it understands.
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
  // A click on a row's bar: Recharts hands over the row's datum, which carries its id.
  const onBarClick = (entry: { payload?: unknown }) => {
    const id = (entry.payload as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string' && onSelect) onSelect(id);
  };
  return { onActive, onKeyDownCapture, onKeyDown, onBarClick };
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
