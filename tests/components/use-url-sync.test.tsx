import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_WINDOW_MS, useUrlSync } from '../../src/components/use-url-sync';
import { createDashboardStore, type DashboardStore } from '../../src/state/store';
import { makeDataset, makeMineral } from '../factories';

const dataset = makeDataset([makeMineral({ id: 'gallium' })]);
const context = { mineralIds: new Set(['gallium']), dataYears: [2022, 2023, 2024, 2025] };

function Sync({ store }: { store: DashboardStore }) {
  useUrlSync(store, context, true, () => {});
  return null;
}

describe('useUrlSync', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => vi.useRealTimers());

  it('makes one history entry of changes in quick succession, and writes the last of them', async () => {
    const store = createDashboardStore({ dataset });
    render(<Sync store={store} />);
    await act(() => vi.dynamicImportSettled());
    const before = window.history.length;
    act(() => store.getState().showView('changes'));
    act(() => store.getState().showView('import-sources'));
    act(() => store.getState().setDataYear(2023));
    expect(window.history.length).toBe(before + 1);
    act(() => vi.advanceTimersByTime(HISTORY_WINDOW_MS));
    expect(window.location.search).toBe('?view=import-sources&year=2023');
    expect(window.history.length).toBe(before + 1);
    act(() => vi.advanceTimersByTime(HISTORY_WINDOW_MS * 2));
    act(() => store.getState().showView('reliance'));
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toBe('?year=2023');
  });

  it('keeps a search typed slowly in one entry', async () => {
    const store = createDashboardStore({ dataset, view: { activeView: 'table' } });
    render(<Sync store={store} />);
    await act(() => vi.dynamicImportSettled());
    const before = window.history.length;
    for (const query of ['g', 'ga', 'gal']) {
      act(() => store.getState().setTableQuery(query));
      act(() => vi.advanceTimersByTime(HISTORY_WINDOW_MS * 3));
    }
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).toBe('?view=table&q=gal');
  });
});
