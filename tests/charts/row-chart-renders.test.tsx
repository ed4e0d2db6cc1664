import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { RelianceRow } from '../../src/state/derive';
import type { ChangeRow } from '../../src/state/views/changes';
import type { SourceBar } from '../../src/state/views/import-sources';
import { DEFAULT_VIEW } from '../../src/state/view';
import { loadCommittedDataset } from '../committed-dataset';

// Counts how often each chart works out one row's drawing: once per row drawn.
const calls = vi.hoisted(() => ({ reliance: 0, changes: 0, importSources: 0 }));
vi.mock('../../src/charts/reliance-marks', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/charts/reliance-marks')>();
  return { ...actual, relianceMark: (...args: Parameters<typeof actual.relianceMark>) => (calls.reliance++, actual.relianceMark(...args)) };
});
vi.mock('../../src/charts/changes-marks', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/charts/changes-marks')>();
  return { ...actual, dumbbellShapes: (...args: Parameters<typeof actual.dumbbellShapes>) => (calls.changes++, actual.dumbbellShapes(...args)) };
});
vi.mock('../../src/state/views/import-sources', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/state/views/import-sources')>();
  return { ...actual, barSentence: (...args: Parameters<typeof actual.barSentence>) => (calls.importSources++, actual.barSentence(...args)) };
});

const { RelianceChart } = await import('../../src/charts/reliance-chart');
const { ChangesChart } = await import('../../src/charts/changes-chart');
const { ImportSourcesChart } = await import('../../src/charts/import-sources-chart');
const { deriveChanges } = await import('../../src/state/views/changes');
const { deriveReliance } = await import('../../src/state/views/reliance');
const { deriveImportSources } = await import('../../src/state/views/import-sources');

/** Where a row's group is moved to. */
function offset(container: HTMLElement, id: string): string | null | undefined {
  return container.querySelector(`[data-mineral="${id}"]`)?.getAttribute('transform');
}

/** The default view, then the 100% level taken away: the app's filter change, derived again as the app does. */
const ALL = DEFAULT_VIEW;
const WITHOUT_100 = { ...DEFAULT_VIEW, levels: DEFAULT_VIEW.levels.filter((level) => level !== '100') };

/**
 * Draws `before`, then `after` (the same view's rows after a filter change, derived again): how many rows were worked
 * out again for that change, then for a selection and a change of selection (each derived again too, as the app does).
 */
function drawsOnFilter<Row extends { id: string }>(
  derive: (view: typeof DEFAULT_VIEW) => readonly Row[],
  chart: (rows: readonly Row[], selectedId: string | null) => ReactElement,
  counter: () => number,
): { filter: number; select: number; reselect: number } {
  const before = derive(ALL);
  const { container, rerender } = render(chart(before, null));
  expect(container.querySelectorAll('[data-mineral]')).toHaveLength(before.length);
  const places = new Map(before.map((row) => [row.id, offset(container, row.id)]));
  const start = counter();
  const after = derive(WITHOUT_100);
  rerender(chart(after, null));
  expect(after.length).toBeLessThan(before.length);
  expect(container.querySelectorAll('[data-mineral]')).toHaveLength(after.length);
  // Rows above went, so rows kept moved up: moved, not drawn anew.
  expect(after.filter((row) => offset(container, row.id) !== places.get(row.id)).length).toBeGreaterThan(0);
  const filter = counter() - start;
  rerender(chart(derive({ ...WITHOUT_100, mineralId: after[1]!.id }), after[1]!.id));
  const select = counter() - start - filter;
  rerender(chart(derive({ ...WITHOUT_100, mineralId: after[2]!.id }), after[2]!.id));
  const reselect = counter() - start - filter - select;
  return { filter, select, reselect };
}

describe('Row charts on a filter change: a row kept is moved, not drawn again; a selection redraws only the rows it changes', () => {
  const dataset = loadCommittedDataset();

  it('the reliance chart', () => {
    const chart = (shown: readonly RelianceRow[], selectedId: string | null) => (
      <RelianceChart rows={shown} width={800} title="Net import reliance" editionLabel="MCS 2025" selectedId={selectedId} />
    );
    expect(drawsOnFilter((view) => deriveReliance(dataset, view).rows, chart, () => calls.reliance)).toEqual({ filter: 0, select: 1, reselect: 2 });
  });

  it('the changes chart', () => {
    const years = { fromYear: 2022, toYear: 2024 } as const;
    const chart = (shown: readonly ChangeRow[], selectedId: string | null) => (
      <ChangesChart rows={shown} width={800} title="Changes" fromLabel="2022" toLabel="2024" selectedId={selectedId} />
    );
    expect(drawsOnFilter((view) => deriveChanges(dataset, { ...view, ...years }).rows, chart, () => calls.changes)).toEqual({ filter: 0, select: 1, reselect: 2 });
  });

  it('the import sources chart, its rare-earths bar (the lanthanides in view) included', () => {
    const derive = (view: typeof DEFAULT_VIEW) => deriveImportSources(dataset, view);
    const { scaleMax } = derive(ALL);
    expect(derive(WITHOUT_100).scaleMax).toBe(scaleMax);
    expect(derive(ALL).bars.some((bar) => bar.mineralsInView > 1)).toBe(true);
    const chart = (shown: readonly SourceBar[], selectedId: string | null) => (
      <ImportSourcesChart bars={[...shown]} scaleMax={scaleMax} width={800} title="Import shares" editionLabel="MCS 2025" axisLabel="% of U.S. imports" selectedId={selectedId} />
    );
    expect(drawsOnFilter((view) => derive(view).bars, chart, () => calls.importSources)).toEqual({ filter: 0, select: 1, reselect: 2 });
  });
});
