import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';

/** Tells a chart which row the tooltip is on (rendered inside the tooltip), so Enter can select it. */
export function ReportActive({ id, onActive }: { id: string | null; onActive: (id: string | null) => void }) {
  useEffect(() => onActive(id), [id, onActive]);
  return null;
}

/**
 * Keyboard for charts whose rows run down the page: Down and Up step through them, Enter or Space selects the one the
 * tooltip is on. Recharts 3 moves its tooltip only on Left/Right, and in a vertical layout ArrowLeft is its "next", so
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
  return { onActive, onKeyDownCapture, onKeyDown };
}
