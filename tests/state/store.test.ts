import { describe, expect, it } from 'vitest';
import { createDashboardStore } from '../../src/state/store';
import { BANDS } from '../../src/state/bands';
import { makeDataset, makeMineral } from '../factories';

const dataset = makeDataset([makeMineral()]);

describe('createDashboardStore', () => {
  it('starts from the article’s view: data year 2024, the 2022 list, every level, lanthanides one by one', () => {
    const { view } = createDashboardStore({ dataset }).getState();
    expect(view).toEqual({ dataYear: 2024, scope: 'critical-2022', levels: [...BANDS], showLanthanides: true, mineral: null });
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
    expect(store.getState().view).toMatchObject({ mineral: 'gallium', showLanthanides: false, scope: 'all', dataYear: 2023 });
  });
});
