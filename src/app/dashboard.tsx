import { useCallback, useMemo, useState } from 'react';
import { createDashboardStore } from '../state/store';
import { parseViewQuery } from '../state/url';
import type { Dataset } from '../data/schema';
import { DashboardContext } from '../components/dashboard-context';
import { ClaimsPanel } from '../components/claims-panel';
import { ChinaFilters, DataYearSelect, LanthanideSwitch, LevelFilter, ScopeSelect } from '../components/controls';
import { MineralDetail } from '../components/mineral-detail';
import { UrlNotices } from '../components/url-notices';
import { useUrlSync } from '../components/use-url-sync';
import { ViewTabs } from '../components/view-tabs';
import { dataYears } from '../state/derive';
import { editionLabel } from '../state/format';

interface DashboardProps {
  dataset: Dataset;
  /** A query string to open (a shared link); its bad parameters are dropped with a notice. */
  search?: string;
  /** Keep the address bar in step with the view (the app does; most tests need not). */
  syncWithUrl?: boolean;
}

/** "MCS 2023, MCS 2024, MCS 2025 and MCS 2026", oldest first, from the dataset's editions. */
function editionList(dataset: Dataset): string {
  const labels = [...dataset.minerals.editions].sort((a, b) => a.dataYear - b.dataYear).map((edition) => editionLabel(edition.edition));
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : (labels[0] ?? '');
}

export function Dashboard({ dataset, search = '', syncWithUrl = false }: DashboardProps) {
  const urlContext = useMemo(
    () => ({ mineralIds: new Set(dataset.minerals.minerals.map((mineral) => mineral.id)), dataYears: dataYears(dataset) }),
    [dataset],
  );
  const [{ store, firstNotices }] = useState(() => {
    const parsed = parseViewQuery(search, urlContext);
    return { store: createDashboardStore({ dataset, view: parsed.view }), firstNotices: parsed.notices };
  });
  // The notices speak of the link the page opened with; once the view moves on they are stale.
  const [notices, setNotices] = useState(firstNotices);
  // Keep the same (empty) array once cleared, so a view change does not re-render the whole dashboard.
  const clearNotices = useCallback(() => setNotices((current) => (current.length === 0 ? current : [])), []);
  useUrlSync(store, urlContext, syncWithUrl, clearNotices);
  return (
    <DashboardContext.Provider value={store}>
      <header className="site-header">
        <h1>America’s reliance on imported critical minerals</h1>
        <p>
          Every mineral behind the figures in the January 2026 debate, from the U.S. Geological Survey’s Mineral Commodity
          Summaries ({editionList(dataset)}).
        </p>
      </header>
      <main className="layout">
        <UrlNotices notices={notices} onDismiss={clearNotices} />
        <section className="panel controls" aria-label="Filters">
          <DataYearSelect />
          <ScopeSelect />
          <LanthanideSwitch />
          <LevelFilter />
          <ChinaFilters />
        </section>
        <ClaimsPanel />
        <ViewTabs />
        <MineralDetail />
      </main>
      <footer className="site-footer">
        <p>
          Data: U.S. Geological Survey, {dataset.minerals.editions.map((edition) => edition.title).join(', ')} data releases (public
          domain), kept as published in <code>data/usgs/</code>.
          {dataset.minerals.editions
            .filter((edition) => edition.doi)
            .map((edition) => ` ${edition.title} data release: doi:${edition.doi}.`)
            .join('')}
        </p>
      </footer>
    </DashboardContext.Provider>
  );
}
