import { createStore } from 'zustand/vanilla';
import type { Band } from './bands';
import { DEFAULT_VIEW, normaliseLevels, type Scope, type View } from './view';
import type { DataYear, Dataset } from '../data/schema';

export interface DashboardState {
  /** Read-only: parsed once at load. */
  dataset: Dataset;
  view: View;
  setDataYear: (dataYear: DataYear) => void;
  setScope: (scope: Scope) => void;
  toggleLevel: (band: Band) => void;
  setLevels: (levels: readonly Band[]) => void;
  setShowLanthanides: (show: boolean) => void;
  selectMineral: (id: string | null) => void;
  /** Applies several settings at once (a claim card, a shared link). */
  applyView: (changes: Partial<View>) => void;
}

export type DashboardStore = ReturnType<typeof createDashboardStore>;

export function createDashboardStore({ dataset, view }: { dataset: Dataset; view?: Partial<View> }) {
  const initial: View = { ...DEFAULT_VIEW, ...view };
  return createStore<DashboardState>()((set, get) => {
    const update = (changes: Partial<View>) =>
      set((state) => {
        const next = { ...state.view, ...changes };
        return { view: { ...next, levels: normaliseLevels(next.levels) } };
      });
    return {
      dataset,
      view: { ...initial, levels: normaliseLevels(initial.levels) },
      setDataYear: (dataYear) => update({ dataYear }),
      setScope: (scope) => update({ scope }),
      toggleLevel: (band) => {
        const { levels } = get().view;
        update({ levels: levels.includes(band) ? levels.filter((level) => level !== band) : [...levels, band] });
      },
      setLevels: (levels) => update({ levels: [...levels] }),
      setShowLanthanides: (showLanthanides) => update({ showLanthanides }),
      selectMineral: (mineral) => update({ mineral }),
      applyView: update,
    };
  });
}
