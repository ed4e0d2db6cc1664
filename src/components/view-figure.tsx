import { useContext, useId, useMemo } from 'react';
import { scopedRows } from '../state/derive';
import { countText, mineralCount } from '../state/format';
import { VIEW_NAMES } from '../state/view';
import { useDashboard } from './dashboard-context';
import { isoDate } from '../export/export-meta';
import { ExportToolbar } from './export-toolbar';
import { HowToReadLink } from './how-to-read-link';
import { Legend } from './legend';
import { VIEW_FIGURE_ID } from './section-ids';
import { ChartWidthHint, useElementWidth } from './use-element-width';
import type { AnyViewModule } from './views/contract';

/**
 * The frame every view shares: a figure named after the view, its subtitle and count, the export toolbar,
 * the legend, the view's own body and its source. Only the module knows what the view draws.
 */
export function ViewFigure({ module }: { module: AnyViewModule }) {
  const titleId = useId();
  const dataset = useDashboard((state) => state.dataset);
  const view = useDashboard((state) => state.view);
  const today = isoDate(new Date());
  const derived = useMemo(() => module.derive(dataset, view, { today }), [module, dataset, view, today]);
  const text = useMemo(() => module.text(derived, dataset, view), [module, derived, dataset, view]);
  const [containerRef, width] = useElementWidth<HTMLDivElement>(800, useContext(ChartWidthHint));
  const count = module.count(derived);
  // Every view counts against the minerals of the scope, before the level and China filters.
  const inScope = useMemo(() => scopedRows(dataset, view).length, [dataset, view]);
  const { Body } = module;
  return (
    <figure className="panel view-figure" id={VIEW_FIGURE_ID} aria-labelledby={titleId} data-view={module.id}>
      <h2 id={titleId} tabIndex={-1}>
        {VIEW_NAMES[module.id].title}
      </h2>
      <p className="view-figure__subtitle">{text.subtitle}</p>
      <p className="view-figure__count" aria-live="polite" data-testid="shown-count">
        {mineralCount(count)} of {countText(inScope)} shown
      </p>
      <ExportToolbar module={module} derived={derived} text={text} />
      <div className="view-figure__legend">
        <Legend items={text.legend} />
        <HowToReadLink>How to read this: NIR, bounds, E, W, NA</HowToReadLink>
      </div>
      <div ref={containerRef} className="view-figure__chart">
        {width !== null && <Body derived={derived} width={width} />}
      </div>
      <figcaption className="source-line">{text.source}</figcaption>
    </figure>
  );
}
