import { describe, expect, it } from 'vitest';
import { createDashboardStore } from '../../src/state/store';
import { BANDS } from '../../src/state/bands';
import { DEFAULT_VIEW, MAX_COMPARED } from '../../src/state/view';
import { makeDataset, makeMineral } from '../factories';

const dataset = makeDataset([makeMineral()]);

describe('createDashboardStore', () => {
  it('starts from the article’s view: data year 2024, the 2022 list, every level, lanthanides one by one', () => {
    const { view } = createDashboardStore({ dataset }).getState();
    expect(view).toMatchObject({ activeView: 'reliance', dataYear: 2024, scope: 'critical-2022', levels: [...BANDS], showLanthanides: true, chinaFilters: [], mineralId: null });
  });

  it('opens on the latest data year when the dataset lacks the article\'s', () => {
    const later = makeDataset([makeMineral()]);
    later.minerals.editions = later.minerals.editions.filter((edition) => edition.dataYear !== DEFAULT_VIEW.dataYear);
    expect(createDashboardStore({ dataset: later }).getState().view.dataYear).toBe(2025);
  });

  it('toggles China filters in canonical order, and compares at most MAX_COMPARED minerals', () => {
    const store = createDashboardStore({ dataset });
    store.getState().toggleChinaFilter('export-control');
    store.getState().toggleChinaFilter('top-source');
    expect(store.getState().view.chinaFilters).toEqual(['top-source', 'export-control']);
    store.getState().toggleChinaFilter('export-control');
    expect(store.getState().view.chinaFilters).toEqual(['top-source']);
    store.getState().setCompareIds(['a', 'b', 'a', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    expect(store.getState().view.compareIds).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].slice(0, MAX_COMPARED));
  });

  it('takes an initial view from its caller, so each test and each shared link gets its own store', () => {
    const store = createDashboardStore({ dataset, view: { dataYear: 2023, levels: ['50-74', '100'] } });
    expect(store.getState().view.dataYear).toBe(2023);
    expect(store.getState().view.levels).toEqual(['100', '50-74']);
    expect(createDashboardStore({ dataset }).getState().view.dataYear).toBe(2024);
  });

  it('toggles a level off and on, keeping the canonical order', () => {
    const store = createDashboardStore({ dataset });
    store.getState().toggleLevel('100');
    expect(store.getState().view.levels).not.toContain('100');
    store.getState().toggleLevel('100');
    expect(store.getState().view.levels).toEqual([...BANDS]);
  });

  it('applies several settings at once and leaves the rest as they were', () => {
    const store = createDashboardStore({ dataset, view: { dataYear: 2025 } });
    store.getState().applyView({ levels: ['100'], scope: 'critical-2022' });
    expect(store.getState().view).toMatchObject({ dataYear: 2025, levels: ['100'], scope: 'critical-2022' });
    store.getState().selectMineral('gallium');
    store.getState().setShowLanthanides(false);
    store.getState().setScope('all');
    store.getState().setDataYear(2023);
    expect(store.getState().view).toMatchObject({ mineralId: 'gallium', showLanthanides: false, scope: 'all', dataYear: 2023 });
  });
});
