import { useShallow } from 'zustand/react/shallow';
import { emptyViewText } from '../state/format';
import { useDashboard } from './dashboard-context';

/** Every view's words for "the filters leave nothing", naming the filter to change. */
export function EmptyView() {
  const filters = useDashboard(useShallow((state) => ({ levels: state.view.levels, chinaFilters: state.view.chinaFilters })));
  return <p className="empty-state">{emptyViewText(filters)}</p>;
}
