import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_WINDOW_MS, useUrlSync } from '../../src/components/use-url-sync';
import { createDashboardStore, type DashboardStore } from '../../src/state/store';
import { makeDataset, makeMineral } from '../factories';

const dataset = makeDataset([makeMineral({ id: 'gallium' })]);
const context = { mineralIds: new Set(['gallium']), dataYears: [2022, 2023, 2024, 2025] };

function Sync({ store, openedQuery }: { store: DashboardStore; openedQuery?: string }) {
  useUrlSync(store, context, true, () => {}, openedQuery);
  return null;
}

/** The link code's load: asked for a task after the first render, then imported. */
async function linkCodeArrives() {
  act(() => vi.advanceTimersByTime(0));
  await act(() => vi.dynamicImportSettled());
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
    await linkCodeArrives();
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

  it('gives a change made while the link code loads its own history entry', async () => {
    const store = createDashboardStore({ dataset });
    const before = window.history.length;
    render(<Sync store={store} />);
    act(() => store.getState().showView('changes'));
    expect(window.location.search).toBe('');
    await linkCodeArrives();
    expect(window.location.search).toBe('?view=changes');
    expect(window.history.length).toBe(before + 1);
  });

  it('asks for the link code a task after the first render, not in it', async () => {
    const store = createDashboardStore({ dataset });
    render(<Sync store={store} />);
    // Every import already asked for has arrived, and yet the address is not kept in step: nothing was asked for.
    await act(() => vi.dynamicImportSettled());
    act(() => store.getState().showView('changes'));
    expect(window.location.search).toBe('');
    await linkCodeArrives();
    expect(window.location.search).toBe('?view=changes');
  });

  it('shows the address that Back or Forward reached while the page loaded, instead of overwriting it', async () => {
    window.history.replaceState(null, '', '/?year=2023');
    const store = createDashboardStore({ dataset, view: { dataYear: 2023 } });
    // The page read "?year=2023"; before it keeps the address in step, Back moves it to another entry.
    window.history.replaceState(null, '', '/?view=changes');
    render(<Sync store={store} openedQuery="year=2023" />);
    await linkCodeArrives();
    expect(store.getState().view.activeView).toBe('changes');
    expect(store.getState().view.dataYear).toBe(2024);
    expect(window.location.search).toBe('?view=changes');
  });

  it('writes nothing when the page goes before the link code arrives', async () => {
    window.history.replaceState(null, '', '/?unknown=1');
    const store = createDashboardStore({ dataset });
    const before = window.history.length;
    const { unmount } = render(<Sync store={store} />);
    unmount();
    await linkCodeArrives();
    // Mounted, the sync would have rewritten the address without the unknown parameter.
    expect(window.location.search).toBe('?unknown=1');
    expect(window.history.length).toBe(before);
  });

  it('keeps a search typed slowly in one entry', async () => {
    const store = createDashboardStore({ dataset, view: { activeView: 'table' } });
    render(<Sync store={store} />);
    await linkCodeArrives();
    const before = window.history.length;
    for (const query of ['g', 'ga', 'gal']) {
      act(() => store.getState().setTableQuery(query));
      act(() => vi.advanceTimersByTime(HISTORY_WINDOW_MS * 3));
    }
    expect(window.history.length).toBe(before + 1);
    expect(window.location.search).toBe('?view=table&q=gal');
  });
});
