import { useEffect } from 'react';

/**
 * On a touch screen a tapped chart keeps its tooltip: no pointer ever leaves. A tap anywhere outside a chart tells
 * each other chart the pointer left it (the mouseout React reads as a leave), so its tooltip closes.
 */
export function useTapOutsideClosesTooltips(): void {
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (event.pointerType === 'mouse') return;
      const target = event.target instanceof Node ? event.target : null;
      for (const chart of document.querySelectorAll('.recharts-wrapper')) {
        if (target && chart.contains(target)) continue;
        chart.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);
}
