import { BANDS, type Band } from './bands';
import type { DataYear } from '../data/schema';

export const SCOPES = ['critical-2022', 'critical-2025', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_LABELS: Record<Scope, string> = {
  'critical-2022': '2022 critical list',
  'critical-2025': '2025 critical list',
  all: 'All commodities',
};

/** What the user chose. Everything shown is derived from this and the dataset. */
export interface View {
  dataYear: DataYear;
  scope: Scope;
  /** Reliance levels shown, in BANDS order. */
  levels: Band[];
  /** The 2022 list counts the 14 lanthanides one by one; grouped shows one "Rare earths" bar. */
  showLanthanides: boolean;
  /** The mineral whose details are open, by id. */
  mineral: string | null;
}

/** The article's year, its list, every level. */
export const DEFAULT_VIEW: View = {
  dataYear: 2024,
  scope: 'critical-2022',
  levels: [...BANDS],
  showLanthanides: true,
  mineral: null,
};

/** Keeps levels in canonical order and free of repeats, so equal views compare equal. */
export function normaliseLevels(levels: readonly Band[]): Band[] {
  return BANDS.filter((band) => levels.includes(band));
}
