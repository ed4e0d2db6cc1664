import { BANDS, type Band } from './bands';
import type { DataYear } from '../data/schema';

export const SCOPES = ['critical-2022', 'critical-2025', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_LABELS: Record<Scope, string> = {
  'critical-2022': '2022 critical list',
  'critical-2025': '2025 critical list',
  all: 'All commodities',
};

/** The views of the "Views" tablist; the id is also the URL form (`view=`). */
export const VIEW_IDS = ['reliance', 'china-exposure', 'over-time', 'changes', 'import-sources', 'table', 'timeline'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** Each view's tab and the accessible name of its figure. */
export const VIEW_NAMES: Record<ViewId, { tab: string; title: string }> = {
  reliance: { tab: 'Reliance', title: 'Net import reliance' },
  'china-exposure': { tab: 'China exposure', title: 'China exposure' },
  'over-time': { tab: 'Over time', title: 'Reliance over time' },
  changes: { tab: 'Changes', title: 'Change between data years' },
  'import-sources': { tab: 'Import sources', title: 'Import sources' },
  table: { tab: 'Table', title: 'Table of minerals' },
  timeline: { tab: 'Timeline', title: 'Policy timeline' },
};

/** The columns of the Table view; the id is also the URL form (`order=nir`, `order=nir-desc`). */
export const TABLE_COLUMNS = ['mineral', 'nir', 'level', 'revised', 'china-share', 'sources', 'control', 'producer', 'source'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export interface TableSort {
  column: TableColumn;
  descending: boolean;
}

/** The Table view's search is cut to this many characters. */
export const MAX_TABLE_QUERY = 100;

/** Filters that cross views: China among the data year's listed import sources; a Chinese export-licensing rule. */
export const CHINA_FILTERS = ['top-source', 'export-control'] as const;
export type ChinaFilter = (typeof CHINA_FILTERS)[number];

export const CHINA_FILTER_LABELS: Record<ChinaFilter, string> = {
  'top-source': 'China among top import sources',
  'export-control': 'Under a Chinese export control',
};

/** How the import-sources view orders its bars. */
export const SOURCE_SORTS = ['reliance', 'china-share'] as const;
export type SourceSort = (typeof SOURCE_SORTS)[number];

/** The over-time view compares at most this many minerals. */
export const MAX_COMPARED = 8;

/** What the user chose. Everything shown is derived from this and the dataset. */
export interface View {
  /** The view shown in the "Views" tablist. */
  activeView: ViewId;
  dataYear: DataYear;
  scope: Scope;
  /** Reliance levels shown, in BANDS order. */
  levels: Band[];
  /** The 2022 list counts the 14 lanthanides one by one; grouped shows one "Rare earths" bar. */
  showLanthanides: boolean;
  /** Only minerals matching every filter ticked here, in CHINA_FILTERS order. */
  chinaFilters: ChinaFilter[];
  /** The selected mineral (details open, highlighted in every view), by id. */
  mineralId: string | null;
  /** The changes view's two data years; null: the earliest and the latest the dataset has. */
  fromYear: DataYear | null;
  toYear: DataYear | null;
  /** The minerals the over-time view draws, by id (at most MAX_COMPARED); empty: chosen by its default rule. */
  compareIds: string[];
  sourceSort: SourceSort;
  /** The Table view's order; null: the reliance order every view starts from. */
  tableSort: TableSort | null;
  /** The Table view's search, as typed. */
  tableQuery: string;
}

/** The article's year ("as of 2024"), its list, every level, the first view. */
export const DEFAULT_VIEW: View = {
  activeView: 'reliance',
  dataYear: 2024,
  scope: 'critical-2022',
  levels: [...BANDS],
  showLanthanides: true,
  chinaFilters: [],
  mineralId: null,
  fromYear: null,
  toYear: null,
  compareIds: [],
  sourceSort: 'reliance',
  tableSort: null,
  tableQuery: '',
};

/** Keeps levels in canonical order and free of repeats, so equal views compare equal. */
export function normaliseLevels(levels: readonly Band[]): Band[] {
  return BANDS.filter((band) => levels.includes(band));
}

export function normaliseChinaFilters(filters: readonly ChinaFilter[]): ChinaFilter[] {
  return CHINA_FILTERS.filter((filter) => filters.includes(filter));
}
