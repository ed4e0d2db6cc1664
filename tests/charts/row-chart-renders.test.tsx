import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { toRow } from '../../src/state/derive';
import { DEFAULT_VIEW } from '../../src/state/view';
import { loadCommittedDataset } from '../committed-dataset';
import { makeMineral } from '../factories';

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
const { deriveImportSources } = await import('../../src/state/views/import-sources');

/** Where a row's group is moved to. */
function offset(container: HTMLElement, id: string): string | null | undefined {
  return container.querySelector(`[data-mineral="${id}"]`)?.getAttribute('transform');
}

/**
 * Draws `all` (12 rows), then a filter takes away the first 4, so the 8 kept move up into their places: how many rows
 * were worked out again for that change, and then for a selection and a change of selection.
 */
function drawsOnFilter<Row extends { id: string }>(
  all: readonly Row[],
  chart: (rows: readonly Row[], selectedId: string | null) => ReactElement,
  counter: () => number,
): { filter: number; select: number; reselect: number } {
  const { container, rerender } = render(chart(all, null));
  expect(container.querySelectorAll('[data-mineral]')).toHaveLength(all.length);
  const [first, , , , fifth, sixth, seventh] = all.map((row) => row.id);
  const topPlace = offset(container, first!);
  const before = counter();
  const kept = all.slice(4);
  rerender(chart(kept, null));
  expect(container.querySelectorAll('[data-mineral]')).toHaveLength(8);
  // The first row kept is now where the first row was: moved, not drawn anew.
  expect(offset(container, fifth!)).toBe(topPlace);
  const filter = counter() - before;
  rerender(chart(kept, sixth!));
  const select = counter() - before - filter;
  rerender(chart(kept, seventh!));
  const reselect = counter() - before - filter - select;
  return { filter, select, reselect };
}

describe('Row charts on a filter change: a row kept is moved, not drawn again; a selection redraws only the rows it changes', () => {
  it('the reliance chart', () => {
    const rows = Array.from({ length: 12 }, (_, index) => toRow(makeMineral({ id: `mineral-${index}`, nir: { 2024: String(100 - index) } }), 2024));
    const chart = (shown: readonly (typeof rows)[number][], selectedId: string | null) => (
      <RelianceChart rows={shown} width={800} title="Net import reliance" editionLabel="MCS 2025" selectedId={selectedId} />
    );
    expect(drawsOnFilter(rows, chart, () => calls.reliance)).toEqual({ filter: 0, select: 1, reselect: 2 });
  });

  it('the changes chart', () => {
    const { rows } = deriveChanges(loadCommittedDataset(), { ...DEFAULT_VIEW, fromYear: 2023, toYear: 2024 });
    const chart = (shown: readonly (typeof rows)[number][], selectedId: string | null) => (
      <ChangesChart rows={shown} width={800} title="Changes" fromLabel="2023" toLabel="2024" selectedId={selectedId} />
    );
    expect(drawsOnFilter(rows.slice(0, 12), chart, () => calls.changes)).toEqual({ filter: 0, select: 1, reselect: 2 });
  });

  it('the import sources chart', () => {
    const { bars, scaleMax } = deriveImportSources(loadCommittedDataset(), DEFAULT_VIEW);
    const chart = (shown: readonly (typeof bars)[number][], selectedId: string | null) => (
      <ImportSourcesChart bars={[...shown]} scaleMax={scaleMax} width={800} title="Import shares" editionLabel="MCS 2025" axisLabel="% of U.S. imports" selectedId={selectedId} />
    );
    expect(drawsOnFilter(bars.slice(0, 12), chart, () => calls.importSources)).toEqual({ filter: 0, select: 1, reselect: 2 });
  });
});
