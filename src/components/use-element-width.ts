import { createContext, useLayoutEffect, useRef, useState } from 'react';

/**
 * The chart's width as the page's loading frame already measured it (app/site-header.tsx): the first view is then
 * drawn at its width in the first render, which React can slice, rather than after a measurement, which it cannot.
 */
export const ChartWidthHint = createContext<number | null>(null);

/**
 * The width of an element, kept current by ResizeObserver; charts get a fixed number, not a ResponsiveContainer.
 * Where the browser has no ResizeObserver, the width is measured once and again when the window resizes.
 *
 * null until measured: the first render leaves the chart out, the layout effect measures the empty container and
 * the chart is drawn once, at its width, before the browser paints (drawing it at a guessed width first cost a
 * whole second render on every load). `fallback` stands in where nothing can be measured (a layout-less DOM).
 * `initial`, when known (ChartWidthHint), is used at once; a measurement that disagrees redraws.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number, initial: number | null = null) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = (measured: number) => {
      setWidth((current) => (measured > 0 ? Math.floor(measured) : (current ?? fallback)));
    };
    measure(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') {
      const onResize = () => measure(element.getBoundingClientRect().width);
      window.addEventListener('resize', onResize);
      return () => window.removeEventListener('resize', onResize);
    }
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (entry) measure(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width] as const;
}
