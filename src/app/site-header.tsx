import type { ReactNode } from 'react';
import { HowToReadLink } from '../components/how-to-read-link';
import { VIEW_FIGURE_ID } from '../components/section-ids';

/** The finder's own label and field, inert, while its code (or the data) loads: the same size, so nothing moves. */
export function FinderPlaceholder() {
  return (
    <div className="mineral-finder" aria-hidden="true">
      <span className="mineral-finder__label">Find a mineral</span>
      <div className="mineral-finder__field">
        <input className="mineral-finder__input" type="text" disabled tabIndex={-1} placeholder="Loading…" />
      </div>
    </div>
  );
}

/**
 * The skip link and the page header: the same words before and after the data arrive, so the header paints at once
 * and does not move. The finder comes in when it can.
 */
export function SiteHeader({ finder }: { finder: ReactNode }) {
  return (
    <>
      <a className="skip-link" href={`#${VIEW_FIGURE_ID}`}>
        Skip to the chart
      </a>
      <header className="site-header">
        <div className="site-header__text">
          <h1>America’s reliance on imported critical minerals</h1>
          <p>
            Every mineral behind the figures in the January 2026 debate, from the U.S. Geological Survey’s Mineral Commodity
            Summaries, with the article’s claims checked. <HowToReadLink>How to read this</HowToReadLink>
          </p>
        </div>
        {finder}
      </header>
    </>
  );
}

/**
 * The width the chart will have, read from the loading frame's figure panel (same classes, same padding) while it is
 * on screen: its layout is already done, so reading it costs nothing. null when there is no frame (tests, dev).
 */
export function measureFrameChartWidth(): number | null {
  const panel = document.querySelector<HTMLElement>('.view-figure--loading');
  if (!panel) return null;
  const style = getComputedStyle(panel);
  const width = panel.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
  return width > 0 ? Math.floor(width) : null;
}

/**
 * The page's outline while the dataset loads: the panels where they will be, so the page does not jump when it comes.
 * `children` (the status) go in the filters' outline, the first panel at every width: on a phone the claims come
 * after the chart, below the first screen.
 */
export function LoadingFrame({ children }: { children: ReactNode }) {
  return (
    <main className="layout layout--loading" aria-busy="true">
      <section className="panel controls" aria-label="Filters">
        {children}
      </section>
      <section className="panel claims claims--loading" aria-label="Article claims" />
      <section className="views views--loading" aria-label="Charts">
        <div className="view-tabs" />
        <div className="panel view-figure view-figure--loading" />
      </section>
    </main>
  );
}
