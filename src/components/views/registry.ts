import type { ViewId } from '../../state/view';
import type { AnyViewModule } from './contract';
import { relianceView } from './reliance';

/**
 * Every view by id. The first view is in the main bundle; the others load when first opened,
 * so adding a view never makes the first one slower.
 */
export const VIEW_LOADERS: Record<ViewId, () => Promise<AnyViewModule>> = {
  reliance: () => Promise.resolve(relianceView),
  'china-exposure': () => import('./china-exposure').then((module) => module.chinaExposureView),
  'over-time': () => import('./over-time').then((module) => module.overTimeView),
  changes: () => import('./changes').then((module) => module.changesView),
  'import-sources': () => import('./import-sources').then((module) => module.importSourcesView),
  table: () => import('./table').then((module) => module.tableView),
  timeline: () => import('./timeline').then((module) => module.timelineView),
};

/** Modules already loaded, so the first view (and any view opened before) draws without waiting. */
export const LOADED_VIEWS = new Map<ViewId, AnyViewModule>([['reliance', relianceView]]);

export async function loadView(id: ViewId): Promise<AnyViewModule> {
  const loaded = LOADED_VIEWS.get(id);
  if (loaded) return loaded;
  const module = await VIEW_LOADERS[id]();
  LOADED_VIEWS.set(id, module);
  return module;
}
