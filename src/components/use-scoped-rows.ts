import { useMemo } from 'react';
import { scopedRows, type RelianceRow } from '../state/derive';
import { useDashboard } from './dashboard-context';

/** The rows of the chosen year and scope, sorted, before the level filter. */
export function useScopedRows(): readonly RelianceRow[] {
  // One selector per value (each a primitive or a stable reference), so no shallow comparison is needed.
  const dataset = useDashboard((state) => state.dataset);
  const dataYear = useDashboard((state) => state.view.dataYear);
  const scope = useDashboard((state) => state.view.scope);
  const showLanthanides = useDashboard((state) => state.view.showLanthanides);
  return useMemo(() => scopedRows(dataset, { dataYear, scope, showLanthanides }), [dataset, dataYear, scope, showLanthanides]);
}
