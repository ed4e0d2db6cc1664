import { useState } from 'react';
import { createDashboardStore } from '../state/store';
import type { View } from '../state/view';
import type { Dataset } from '../data/schema';
import { DashboardContext } from '../components/dashboard-context';
import { ClaimsPanel } from '../components/claims-panel';
import { DataYearSelect, LanthanideSwitch, LevelFilter, ScopeSelect } from '../components/controls';
import { MineralDetail } from '../components/mineral-detail';
import { ReliancePanel } from '../components/reliance-panel';

export function Dashboard({ dataset, initialView }: { dataset: Dataset; initialView?: Partial<View> }) {
  const [store] = useState(() => createDashboardStore({ dataset, view: initialView }));
  return (
    <DashboardContext.Provider value={store}>
      <header className="site-header">
        <h1>America’s reliance on imported critical minerals</h1>
        <p>
          Every mineral behind the figures in the January 2026 debate, from the U.S. Geological Survey’s Mineral Commodity
          Summaries (MCS 2024, 2025 and 2026).
        </p>
      </header>
      <main className="layout">
        <section className="panel controls" aria-label="Filters">
          <DataYearSelect />
          <ScopeSelect />
          <LanthanideSwitch />
          <LevelFilter />
        </section>
        <ClaimsPanel />
        <ReliancePanel />
        <MineralDetail />
      </main>
      <footer className="site-footer">
        <p>
          Data: U.S. Geological Survey, Mineral Commodity Summaries 2024, 2025 and 2026 data releases (public domain), kept as
          published in <code>data/usgs/</code>. MCS 2026 data release: doi:10.5066/P1WKQ63T.
        </p>
      </footer>
    </DashboardContext.Provider>
  );
}
