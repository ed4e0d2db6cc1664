import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DashboardState, DashboardStore } from '../state/store';

export const DashboardContext = createContext<DashboardStore | null>(null);

/** Reads the dashboard store; select primitives or stable references (zustand v5). */
export function useDashboard<T>(selector: (state: DashboardState) => T): T {
  const store = useContext(DashboardContext);
  if (!store) throw new Error('useDashboard must be used inside <DashboardContext.Provider>.');
  return useStore(store, selector);
}
