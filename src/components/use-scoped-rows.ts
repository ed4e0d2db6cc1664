import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { scopedRows, type RelianceRow } from '../state/derive';
import { useDashboard } from './dashboard-context';

/** The rows of the chosen year and scope, sorted, before the level filter. */
export function useScopedRows(): readonly RelianceRow[] {
  const { dataset, dataYear, scope, showLanthanides } = useDashboard(
    useShallow((state) => ({
      dataset: state.dataset,
      dataYear: state.view.dataYear,
      scope: state.view.scope,
      showLanthanides: state.view.showLanthanides,
    })),
  );
  return useMemo(() => scopedRows(dataset, { dataYear, scope, showLanthanides }), [dataset, dataYear, scope, showLanthanides]);
}
