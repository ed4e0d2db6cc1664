import { BANDS, type Band } from '../state/bands';
import type { Scope, View } from '../state/view';

const SCOPE_SLUG: Record<Scope, string> = { 'critical-2022': 'critical-2022', 'critical-2025': 'critical-2025', all: 'all-commodities' };
const BAND_SLUG: Record<Band, string> = {
  '100': '100pct',
  '75-99': '75-99pct',
  '50-74': '50-74pct',
  '25-49': '25-49pct',
  'under-25': 'under-25pct',
  exporter: 'net-exporter',
  na: 'not-available',
};

/**
 * A file name that says what the file shows: the view's slug, then the filters,
 * e.g. `us-net-import-reliance-2024-critical-2022-100pct.png`.
 */
export function exportFileName(viewSlug: string, view: View, extension: 'png' | 'svg' | 'csv' | 'json'): string {
  const levels =
    view.levels.length === BANDS.length ? 'all-levels' : view.levels.length === 0 ? 'no-levels' : view.levels.map((band) => BAND_SLUG[band]).join('-');
  const grouped = view.showLanthanides ? '' : '-rare-earths-grouped';
  const china = view.chinaFilters.map((filter) => `-china-${filter}`).join('');
  return `${viewSlug}-${SCOPE_SLUG[view.scope]}-${levels}${grouped}${china}.${extension}`;
}
