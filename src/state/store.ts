import { createStore } from 'zustand/vanilla';
import type { Band } from './bands';
import {
  DEFAULT_VIEW,
  MAX_COMPARED,
  MAX_TABLE_QUERY,
  normaliseChinaFilters,
  normaliseLevels,
  type ChinaFilter,
  type Scope,
  type SourceSort,
  type TableSort,
  type View,
  type ViewId,
} from './view';
import type { DataYear, Dataset } from '../data/schema';

export interface DashboardState {
  /** Read-only: parsed once at load. */
  dataset: Dataset;
  view: View;
  showView: (activeView: ViewId) => void;
  setDataYear: (dataYear: DataYear) => void;
  setScope: (scope: Scope) => void;
  toggleLevel: (band: Band) => void;
  setLevels: (levels: readonly Band[]) => void;
  setShowLanthanides: (show: boolean) => void;
  toggleChinaFilter: (filter: ChinaFilter) => void;
  selectMineral: (id: string | null) => void;
  setChangeYears: (years: { fromYear?: DataYear | null; toYear?: DataYear | null }) => void;
  setCompareIds: (ids: readonly string[]) => void;
  setSourceSort: (sort: SourceSort) => void;
  setTableSort: (sort: TableSort | null) => void;
  setTableQuery: (query: string) => void;
  /** Applies several settings at once (a claim card, a shared link). */
  applyView: (changes: Partial<View>) => void;
}

export type DashboardStore = ReturnType<typeof createDashboardStore>;

/** Equal views compare equal: levels and filters in canonical order, at most MAX_COMPARED compared minerals. */
function normalise(view: View): View {
  return {
    ...view,
    levels: normaliseLevels(view.levels),
    chinaFilters: normaliseChinaFilters(view.chinaFilters),
    compareIds: [...new Set(view.compareIds)].slice(0, MAX_COMPARED),
    tableQuery: [...view.tableQuery].slice(0, MAX_TABLE_QUERY).join(''),
  };
}

export function createDashboardStore({ dataset, view }: { dataset: Dataset; view?: Partial<View> }) {
  return createStore<DashboardState>()((set, get) => {
    const update = (changes: Partial<View>) => set((state) => ({ view: normalise({ ...state.view, ...changes }) }));
    const initial = normalise({ ...DEFAULT_VIEW, ...view });
    const years = dataset.minerals.editions.map((edition) => edition.dataYear);
    // The article's year is the default; a dataset without it opens on its latest year.
    if (!years.includes(initial.dataYear)) initial.dataYear = Math.max(...years);
    return {
      dataset,
      view: initial,
      showView: (activeView) => update({ activeView }),
      setDataYear: (dataYear) => update({ dataYear }),
      setScope: (scope) => update({ scope }),
      toggleLevel: (band) => {
        const { levels } = get().view;
        update({ levels: levels.includes(band) ? levels.filter((level) => level !== band) : [...levels, band] });
      },
      setLevels: (levels) => update({ levels: [...levels] }),
      setShowLanthanides: (showLanthanides) => update({ showLanthanides }),
      toggleChinaFilter: (filter) => {
        const { chinaFilters } = get().view;
        update({ chinaFilters: chinaFilters.includes(filter) ? chinaFilters.filter((item) => item !== filter) : [...chinaFilters, filter] });
      },
      selectMineral: (mineralId) => update({ mineralId }),
      setChangeYears: (years) => update(years),
      setCompareIds: (ids) => update({ compareIds: [...ids] }),
      setSourceSort: (sourceSort) => update({ sourceSort }),
      setTableSort: (tableSort) => update({ tableSort }),
      setTableQuery: (tableQuery) => update({ tableQuery }),
      applyView: update,
    };
  });
}
