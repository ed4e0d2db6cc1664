import { Suspense, lazy, useCallback, useState } from 'react';
import { useStore } from 'zustand';
import { createDashboardStore } from '../state/store';
import type { ParsedView } from '../state/url';
import type { Dataset } from '../data/schema';
import { DashboardContext } from '../components/dashboard-context';
import { ClaimsPanel } from '../components/claims-panel';
import { ErrorBoundary } from '../components/error-boundary';
import { FiltersPanel } from '../components/filters-panel';
import { UrlNotices } from '../components/url-notices';
import { useTapOutsideClosesTooltips } from '../components/use-tap-outside-tooltips';
import { FinderPlaceholder, SiteHeader } from './site-header';
// The finder's styles come with the page, so its placeholder has its size before its code arrives.
import '../components/mineral-finder.css';
import { useUrlSync } from '../components/use-url-sync';
import { ViewTabs } from '../components/view-tabs';
import { urlContext } from '../state/derive';
import { editionLabel } from '../state/format';

interface DashboardProps {
  dataset: Dataset;
  /** The view a shared link opened with, read by the app (which loads state/url.ts in parallel with the data for a
   * link with a query), and a notice for each parameter it dropped. */
  opened?: ParsedView;
  /** The query string `opened` was read from (without "?"): if the address moves before the page keeps it in step
   * (Back or Forward while the page loads), the address wins. */
  openedQuery?: string;
  /** Keep the address bar in step with the view (the app does; most tests need not). */
  syncWithUrl?: boolean;
}

// The mineral page and its small chart load when a mineral is first chosen (at once when the link opens one): loading
// it while the page settles cost a long task on a slow phone for a page most visits never open. It knows a later
// choice from the one a shared link opened with by `openedWith`.
const MineralPage = lazy(() => import('../components/mineral-page').then((module) => ({ default: module.MineralPage })));
// The finder and the method note load just after the first view, so the first view's JavaScript does not grow.
const MineralFinder = lazy(() => import('../components/mineral-finder').then((module) => ({ default: module.MineralFinder })));
const HowToRead = lazy(() => import('../components/how-to-read').then((module) => ({ default: module.HowToRead })));

/** "MCS 2023, MCS 2024, MCS 2025 and MCS 2026", oldest first, from the dataset's editions. */
function editionList(dataset: Dataset): string {
  const labels = [...dataset.minerals.editions].sort((a, b) => a.dataYear - b.dataYear).map((edition) => editionLabel(edition.edition));
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : (labels[0] ?? '');
}

const NO_LINK: ParsedView = { view: {}, notices: [] };

export function Dashboard({ dataset, opened = NO_LINK, openedQuery, syncWithUrl = false }: DashboardProps) {
  const context = urlContext(dataset);
  const [{ store, firstNotices, openedWithMineral }] = useState(() => ({
    store: createDashboardStore({ dataset, view: opened.view }),
    firstNotices: opened.notices,
    openedWithMineral: opened.view.mineralId ?? null,
  }));
  // The notices speak of the link the page opened with; once the view moves on they are stale.
  const [notices, setNotices] = useState(firstNotices);
  // Keep the same (empty) array once cleared, so a view change does not re-render the whole dashboard.
  const clearNotices = useCallback(() => setNotices((current) => (current.length === 0 ? current : [])), []);
  useUrlSync(store, context, syncWithUrl, clearNotices, openedQuery);
  const mineralOpen = useStore(store, (state) => state.view.mineralId !== null);
  // Once mounted the page stays mounted: closing it returns the focus from inside it.
  const [pageWanted, setPageWanted] = useState(false);
  if (!pageWanted && mineralOpen) setPageWanted(true);
  useTapOutsideClosesTooltips();
  return (
    <DashboardContext.Provider value={store}>
      <SiteHeader
        finder={
          <ErrorBoundary label="Find a mineral" part="finder">
            <Suspense fallback={<FinderPlaceholder />}>
              <MineralFinder />
            </Suspense>
          </ErrorBoundary>
        }
      />
      <main className="layout" data-mineral-open={mineralOpen}>
        <UrlNotices notices={notices} onDismiss={clearNotices} />
        <ErrorBoundary label="The filters" part="filters" className="controls">
          <FiltersPanel />
        </ErrorBoundary>
        <ErrorBoundary label="The article claims" part="claims" className="claims">
          <ClaimsPanel />
        </ErrorBoundary>
        <ViewTabs />
        <ErrorBoundary label="The mineral page" part="mineral-page" className="mineral-page">
          <Suspense fallback={null}>{pageWanted && <MineralPage openedWith={openedWithMineral} />}</Suspense>
        </ErrorBoundary>
        <ErrorBoundary label="How to read this" part="how-to-read" className="how-to-read">
          <Suspense fallback={null}>
            <HowToRead />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>
          Data: U.S. Geological Survey, Mineral Commodity Summaries ({editionList(dataset)}) data releases (public domain), kept
          as published in <code>data/usgs/</code>.
          {dataset.minerals.editions
            .filter((edition) => edition.doi)
            .map((edition) => ` ${edition.title} data release: doi:${edition.doi}.`)
            .join('')}
        </p>
      </footer>
    </DashboardContext.Provider>
  );
}
