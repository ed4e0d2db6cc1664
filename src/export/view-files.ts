import type { ViewId } from '../state/view';
import type { ExportRecord } from './csv';
import type { ExportMeta } from './export-meta';
import type { BuiltSvg } from './svg-frame';

/**
 * What a view's files are made of: the image and the CSV/JSON rows, from the same derived rows its chart draws.
 * The second half of the view contract (components/views/contract.ts has the first): it is loaded after the first
 * view is drawn, so none of it is in the JavaScript the first chart waits for.
 */
// Methods, not function properties: a ViewFiles<Rows> then stands in for ViewFiles<unknown> below.
export interface ViewFiles<Derived> {
  /** The image: drawn from the same derived rows (src/export/views/*). */
  svg(derived: Derived, meta: ExportMeta): BuiltSvg;
  /** CSV and JSON: the columns, in order. */
  columns: readonly string[];
  /** CSV and JSON: one record per row shown. */
  exportRows(derived: Derived): ExportRecord[];
}

export type AnyViewFiles = ViewFiles<unknown>;

/** Every view's files by id, each its own chunk (an image of the timeline need not load the table's code). */
export const VIEW_FILES: Record<ViewId, () => Promise<AnyViewFiles>> = {
  reliance: () => import('./views/reliance-svg').then((module) => module.relianceFiles),
  'china-exposure': () => import('./views/china-exposure-svg').then((module) => module.chinaExposureFiles),
  'over-time': () => import('./views/over-time-svg').then((module) => module.overTimeFiles),
  changes: () => import('./views/changes-svg').then((module) => module.changesFiles),
  'import-sources': () => import('./views/import-sources-svg').then((module) => module.importSourcesFiles),
  table: () => import('./views/table-svg').then((module) => module.tableFiles),
  timeline: () => import('./views/timeline-svg').then((module) => module.timelineFiles),
};
