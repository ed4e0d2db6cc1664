import { emptyViewText } from '../state/format';
import { useDashboard } from './dashboard-context';

/** Every view's words for "the filters leave nothing", naming the filter to change. */
export function EmptyView() {
  const levels = useDashboard((state) => state.view.levels);
  const chinaFilters = useDashboard((state) => state.view.chinaFilters);
  return <p className="empty-state">{emptyViewText({ levels, chinaFilters })}</p>;
}
