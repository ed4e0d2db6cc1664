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

/** Draws `all`, then a filter leaves the first `kept`: how many rows were worked out for that change. */
function drawsOnFilter<Row>(all: readonly Row[], kept: number, chart: (rows: readonly Row[]) => ReactElement, counter: () => number): number {
  const { container, rerender } = render(chart(all));
  expect(container.querySelectorAll('[data-mineral]')).toHaveLength(all.length);
  const before = counter();
  rerender(chart(all.slice(0, kept)));
  expect(container.querySelectorAll('[data-mineral]')).toHaveLength(kept);
  return counter() - before;
}

describe('Row charts on a filter change: each remaining row drawn once, not once more with the rows held before', () => {
  it('the reliance chart: rows kept are only moved, not drawn again, even when rows above them go; a selection redraws its two rows', () => {
    const rows = Array.from({ length: 12 }, (_, index) => toRow(makeMineral({ id: `mineral-${index}`, nir: { 2024: String(100 - index) } }), 2024));
    const chart = (shown: readonly (typeof rows)[number][], selectedId: string | null = null) => (
      <RelianceChart rows={shown} width={800} title="Net import reliance" editionLabel="MCS 2025" selectedId={selectedId} />
    );
    const offset = (container: HTMLElement, id: string) => container.querySelector(`[data-mineral="${id}"]`)?.getAttribute('transform');
    // The last 8 stay and take the first rows' places.
    const { container, rerender } = render(chart(rows));
    const topPlace = offset(container, 'mineral-0');
    const drawn = calls.reliance;
    rerender(chart(rows.slice(4)));
    expect(container.querySelectorAll('[data-mineral]')).toHaveLength(8);
    expect(offset(container, 'mineral-4')).toBe(topPlace);
    expect(calls.reliance - drawn).toBe(0);
    rerender(chart(rows.slice(4), 'mineral-5'));
    expect(calls.reliance - drawn).toBe(1);
    rerender(chart(rows.slice(4), 'mineral-6'));
    expect(calls.reliance - drawn).toBe(3);
  });

  it('the changes chart', () => {
    const { rows } = deriveChanges(loadCommittedDataset(), { ...DEFAULT_VIEW, fromYear: 2023, toYear: 2024 });
    const chart = (shown: readonly (typeof rows)[number][]) => <ChangesChart rows={shown} width={800} title="Changes" fromLabel="2023" toLabel="2024" />;
    expect(drawsOnFilter(rows.slice(0, 12), 8, chart, () => calls.changes)).toBe(8);
  });

  it('the import sources chart', () => {
    const { bars, scaleMax } = deriveImportSources(loadCommittedDataset(), DEFAULT_VIEW);
    const chart = (shown: readonly (typeof bars)[number][]) => (
      <ImportSourcesChart bars={[...shown]} scaleMax={scaleMax} width={800} title="Import shares" editionLabel="MCS 2025" axisLabel="% of U.S. imports" />
    );
    expect(drawsOnFilter(bars.slice(0, 12), 8, chart, () => calls.importSources)).toBe(8);
  });
});
