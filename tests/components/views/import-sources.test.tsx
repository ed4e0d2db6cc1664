import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ImportSourcesChart } from '../../../src/charts/import-sources-chart';
import { DashboardContext } from '../../../src/components/dashboard-context';
import { ViewFigure } from '../../../src/components/view-figure';
import { importSourcesView } from '../../../src/components/views/import-sources';
import { createDashboardStore } from '../../../src/state/store';
import { DEFAULT_VIEW, type View } from '../../../src/state/view';
import type { Dataset, ImportShares } from '../../../src/data/schema';
import { deriveImportSources } from '../../../src/state/views/import-sources';
import { loadCommittedDataset } from '../../committed-dataset';
import { makeDataset, makeFigure, makeMineral } from '../../factories';

function shares(printed: [string, string][]): ImportShares {
  const source = (line: number) => ({ file: 'MCS2026_Fig3_Major_Import_Sources.csv', edition: 'MCS2026', line });
  return {
    period: '2021–24',
    shares: printed.map(([country, percentPrinted], index) => ({
      country,
      percentPrinted,
      percent: /^\d+$/.test(percentPrinted) ? Number(percentPrinted) : null,
      source: source(index + 2),
    })),
    source: source(2),
  };
}

const dataset = makeDataset([
  makeMineral({
    id: 'gallium',
    nir: { 2024: '100' },
    importShares: shares([['Canada', '28'], ['Japan', '22'], ['China', '18'], ['Germany', '16'], ['Other', '16']]),
    figures: [
      makeFigure({ dataYear: 2023, printed: '100', importSources: ['Japan', 'China', 'Germany', 'Canada'], importSourcesPeriod: '2019–22' }),
      makeFigure({ dataYear: 2024, printed: '100', importSources: ['Japan', 'China', 'Germany', 'Canada'], importSourcesPeriod: '2020–23' }),
      makeFigure({ dataYear: 2025, printed: '100', importSources: ['Canada', 'Japan', 'China', 'Germany'], importSourcesPeriod: '2021–24' }),
    ],
  }),
  makeMineral({ id: 'antimony', nir: { 2024: '85' }, importShares: shares([['China', '55'], ['Belgium', '12'], ['Thailand', '8'], ['India', '6'], ['Other', '19']]) }),
  makeMineral({ id: 'cesium', nir: { 2024: '100' }, importShares: null }),
]);

function renderView(data: Dataset = dataset, view: Partial<View> = {}) {
  const store = createDashboardStore({ dataset: data, view: { activeView: 'import-sources', ...view } });
  render(
    <DashboardContext.Provider value={store}>
      <ViewFigure module={importSourcesView} />
    </DashboardContext.Provider>,
  );
  return store;
}

const figure = () => screen.getByRole('figure', { name: 'Import sources' });
const barIds = () => [...figure().querySelectorAll('g[data-mineral]')].map((bar) => bar.getAttribute('data-mineral'));

describe('Import sources view', () => {
  it('shows the figure, its count, a bar per mineral with shares and the minerals without shares in words', () => {
    renderView();
    expect(within(figure()).getByTestId('shown-count').textContent).toMatch(/^3 minerals (of 3 )?shown$/);
    expect(barIds()).toEqual(['gallium', 'antimony']);
    const without = screen.getByRole('region', { name: 'No import shares printed' });
    expect(within(without).getByRole('listitem').textContent).toBe('Cesium');
    expect(figure().querySelector('g[data-mineral="gallium"] title')?.textContent).toBe(
      'Gallium: Canada 28%, Japan 22%, China 18%, Germany 16%, Other 16% (imports 2021–24, USGS order)',
    );
  });

  it('sorts the bars by China’s share with the "Sort bars by" control', async () => {
    const user = userEvent.setup();
    const store = renderView();
    const sort = screen.getByRole('combobox', { name: 'Sort bars by' });
    expect(within(sort).getAllByRole('option').map((option) => option.textContent)).toEqual(['Net import reliance', 'China’s share of imports']);
    await user.selectOptions(sort, 'china-share');
    expect(store.getState().view.sourceSort).toBe('china-share');
    expect(barIds()).toEqual(['antimony', 'gallium']);
    expect(figure().querySelector('.view-figure__subtitle')?.textContent).toContain('sorted by China’s share of imports');
  });

  it('says how to select a mineral, then lists its import sources by edition with China in bold when a bar is clicked', async () => {
    const user = userEvent.setup();
    renderView();
    const panel = screen.getByRole('region', { name: 'Import sources by edition' });
    expect(panel.textContent).toContain('Select a bar to list its major import sources in each edition');
    await user.click(figure().querySelector('g[data-mineral="gallium"] rect[data-country="Japan"]')!);
    const selected = screen.getByRole('region', { name: 'Import sources by edition: Gallium' });
    expect(figure().querySelector('g[data-mineral="gallium"]')?.getAttribute('data-selected')).toBe('true');
    const lists = within(selected).getAllByRole('list');
    expect(lists.map((list) => list.getAttribute('aria-label'))).toEqual([
      'Major import sources, data year 2023',
      'Major import sources, data year 2024',
      'Major import sources, data year 2025',
    ]);
    expect(within(lists[2]!).getAllByRole('listitem').map((item) => item.textContent?.trim())).toEqual(['Canada', 'Japan', 'China ◆', 'Germany']);
    expect(within(lists[0]!).getByText('China').tagName).toBe('STRONG');
    expect(within(selected).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual([
      'Data year 2023 (MCS 2024), imports 2019–22',
      'Data year 2024 (MCS 2025), imports 2020–23',
      'Data year 2025 (MCS 2026), imports 2021–24',
    ]);
  });

  it('on the committed data: one rare-earths bar for the 14 lanthanides, gallium’s order by edition, China’s share beside each bar', async () => {
    const user = userEvent.setup();
    renderView(loadCommittedDataset());
    expect(within(figure()).getByTestId('shown-count').textContent).toMatch(/^50 minerals (of 50 )?shown$/);
    expect(barIds().filter((id) => id === 'rare-earths')).toHaveLength(1);
    expect(barIds()).not.toContain('cerium');
    expect(figure().querySelector('g[data-mineral="bismuth"] [data-china-share]')?.textContent).toBe('China 56%');
    expect(figure().querySelector('g[data-mineral="tungsten"] [data-china-share]')?.textContent).toBe('China 26%');
    expect(screen.getByRole('region', { name: 'No import shares printed' }).textContent).toContain('Ruthenium');
    await user.click(figure().querySelector('g[data-mineral="gallium"] rect[data-country="China"]')!);
    const lists = within(screen.getByRole('region', { name: 'Import sources by edition: Gallium' })).getAllByRole('list');
    expect(lists[0]?.getAttribute('aria-label')).toBe('Major import sources, data year 2022');
    expect(within(lists[0]!).getAllByRole('listitem').map((item) => item.textContent?.trim())).toEqual(['China ◆', 'Germany', 'Japan', 'Ukraine']);
    expect(within(lists.at(-1)!).getAllByRole('listitem').map((item) => item.textContent?.trim())).toEqual(['Canada', 'Japan', 'China ◆', 'Germany']);
  });

  it('selects bars with the keyboard: focus shows the first, Down moves to the next, Enter selects', () => {
    const store = renderView();
    const surface = figure().querySelector('.import-sources-chart .recharts-wrapper')!;
    fireEvent.focus(surface);
    fireEvent.keyDown(surface, { key: 'Enter' });
    expect(store.getState().view.mineralId).toBe('gallium');
    fireEvent.keyDown(surface, { key: 'ArrowDown' });
    fireEvent.keyDown(surface, { key: 'Enter' });
    expect(store.getState().view.mineralId).toBe('antimony');
    const antimony = screen.getByRole('region', { name: 'Import sources by edition: Antimony' });
    expect(within(antimony).getAllByRole('listitem').map((item) => item.textContent?.trim())).toEqual(['China ◆', 'Canada']);
  });
});

describe('ImportSourcesChart on a phone', () => {
  it('fits 343 px: names above the bars with China’s share, nothing past the edge, a "<1" sliver labelled', () => {
    const data = makeDataset([
      makeMineral({ id: 'antimony', importShares: shares([['China', '55'], ['Belgium', '12'], ['Thailand', '8'], ['India', '6'], ['Other', '19']]) }),
      makeMineral({ id: 'vermiculite', nir: { 2024: '30' }, importShares: shares([['South Africa', '46'], ['Brazil', '43'], ['Zimbabwe', '6'], ['Uganda', '5'], ['Other countries', '<1']]) }),
    ]);
    const derived = deriveImportSources(data, DEFAULT_VIEW);
    const { container } = render(
      <ImportSourcesChart bars={derived.bars} scaleMax={derived.scaleMax} width={343} title="Import shares" editionLabel="MCS 2025" axisLabel="% of U.S. imports" />,
    );
    const texts = [...container.querySelectorAll('g[data-mineral] text')].map((text) => text.textContent);
    expect(texts).toContain('Antimony · China 55%');
    expect(texts).toContain('Vermiculite · China not listed');
    expect(texts).toContain('<1');
    const rights = [...container.querySelectorAll('g[data-mineral] rect')].map((rect) => Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')));
    expect(Math.max(...rights)).toBeLessThanOrEqual(343);
    const sliver = container.querySelector('rect[data-share="<1"]')!;
    expect(sliver.getAttribute('width')).toBe('3');
    expect(container.querySelector('svg')?.getAttribute('width')).toBe('343');
  });
});

describe('ImportSourcesChart on a wide screen', () => {
  it('names each bar beside it, the selected mineral in bold', () => {
    const data = makeDataset([
      makeMineral({ id: 'antimony', importShares: shares([['China', '55'], ['Other', '45']]) }),
      makeMineral({ id: 'gallium', importShares: shares([['Japan', '30'], ['Other', '70']]) }),
    ]);
    const derived = deriveImportSources(data, DEFAULT_VIEW);
    const { container } = render(
      <ImportSourcesChart bars={derived.bars} scaleMax={derived.scaleMax} width={800} title="Import shares" editionLabel="MCS 2025" axisLabel="% of U.S. imports" selectedId="gallium" />,
    );
    const name = (id: string) => container.querySelector(`g[data-mineral="${id}"] .row-name`);
    expect(name('antimony')?.textContent).toBe('Antimony');
    expect(name('gallium')?.getAttribute('font-weight')).toBe('700');
    expect(name('antimony')?.getAttribute('font-weight')).toBe('400');
  });
});
