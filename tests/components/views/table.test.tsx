import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DashboardContext } from '../../../src/components/dashboard-context';
import { ViewFigure } from '../../../src/components/view-figure';
import { tableView } from '../../../src/components/views/table';
import { createDashboardStore } from '../../../src/state/store';
import { DEFAULT_VIEW, type View } from '../../../src/state/view';
import type { Dataset } from '../../../src/data/schema';
import { loadCommittedDataset } from '../../committed-dataset';
import { makeDataset, makeFigure, makeMineral } from '../../factories';
import { tableFiles } from '../../../src/export/views/table-svg';

const dataset = makeDataset([
  makeMineral({ id: 'gallium', nir: { 2024: '100' }, figures: [makeFigure({ printed: '100', usgsName: 'GALLIUM, metal', importSources: ['Japan', 'China'] })] }),
  makeMineral({ id: 'aluminum', name: 'Aluminum (bauxite)', usgsLine: 'BAUXITE', nir: { 2024: '>75' } }),
  makeMineral({ id: 'cobalt', nir: { 2024: '75' } }),
  makeMineral({ id: 'zinc', nir: { 2024: '12' } }),
  makeMineral({ id: 'beryllium', nir: { 2024: 'E' } }),
  makeMineral({ id: 'hafnium', nir: { 2024: 'W' } }),
  makeMineral({ id: 'ruthenium', nir: {}, note: 'No USGS line.' }),
]);

function renderView(data: Dataset = dataset, view: Partial<View> = {}) {
  const store = createDashboardStore({ dataset: data, view: { activeView: 'table', ...view } });
  render(
    <DashboardContext.Provider value={store}>
      <ViewFigure module={tableView} />
    </DashboardContext.Provider>,
  );
  return store;
}

const figure = () => screen.getByRole('figure', { name: 'Table of minerals' });
const table = () => screen.getByRole('table', { name: 'Minerals' });
/** The mineral names down the table, as the rows' header cells read. */
const names = () => within(table()).getAllByRole('rowheader').map((cell) => cell.textContent);
/** The table's live count, inside its search landmark (the export toolbar has a status of its own). */
const status = () => within(screen.getByRole('search', { name: 'Minerals table' })).getByRole('status');
const header = (name: string) => within(table()).getByRole('button', { name }).closest('th')!;

describe('Table view', () => {
  it('shows the figure, its count, every column as a sort button, and the rows in the reliance order', () => {
    renderView();
    expect(within(figure()).getByTestId('shown-count').textContent).toBe('7 minerals of 7 shown');
    const columns = within(table()).getAllByRole('columnheader');
    expect(columns.map((column) => within(column).getByRole('button').textContent?.replace(/[▲▼↕]/g, ''))).toEqual([
      'Mineral',
      'Net import reliance (as printed)',
      'Level',
      'Revised value',
      'China’s share of imports',
      'Top import sources',
      'Chinese export control',
      'Leading world producer (share of world production)',
      'Source',
    ]);
    expect(names()).toEqual(['Gallium', 'Aluminum (bauxite)', 'Cobalt', 'Zinc', 'Beryllium', 'Hafnium', 'Ruthenium']);
    const aluminum = within(table()).getByRole('row', { name: /Aluminum/ });
    expect(within(aluminum).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '>75% (at least)',
      '75–99%',
      '—',
      'no shares printed',
      'China, Canada (2020–23)',
      '—',
      '—',
      'MCS2025_Fig2_Net_Import_Reliance.csv, line 2',
    ]);
    expect(within(within(table()).getByRole('row', { name: /Ruthenium/ })).getAllByRole('cell')[0]?.textContent).toBe('no USGS figure');
    expect(screen.getByRole('region', { name: 'Minerals table, scrolls sideways' }).tabIndex).toBe(0);
  });

  it('reports the default order as net import reliance descending, and sorts by a click: ascending, then descending', async () => {
    const user = userEvent.setup();
    const store = renderView();
    const sortedHeaders = () => within(table()).getAllByRole('columnheader').filter((cell) => cell.hasAttribute('aria-sort'));
    expect(sortedHeaders()).toEqual([header('Net import reliance (as printed)')]);
    expect(header('Net import reliance (as printed)').getAttribute('aria-sort')).toBe('descending');

    await user.click(within(table()).getByRole('button', { name: 'Net import reliance (as printed)' }));
    expect(store.getState().view.tableSort).toEqual({ column: 'nir', descending: false });
    expect(header('Net import reliance (as printed)').getAttribute('aria-sort')).toBe('ascending');
    // A bound just above the same exact number; E, W and no figure still last.
    expect(names()).toEqual(['Zinc', 'Cobalt', 'Aluminum (bauxite)', 'Gallium', 'Beryllium', 'Hafnium', 'Ruthenium']);

    await user.click(within(table()).getByRole('button', { name: 'Net import reliance (as printed)' }));
    expect(store.getState().view.tableSort).toBeNull();
    expect(header('Net import reliance (as printed)').getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['Gallium', 'Aluminum (bauxite)', 'Cobalt', 'Zinc', 'Beryllium', 'Hafnium', 'Ruthenium']);

    await user.click(within(table()).getByRole('button', { name: 'Mineral' }));
    expect(header('Mineral').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Net import reliance (as printed)').hasAttribute('aria-sort')).toBe(false);
    expect(names()).toEqual(['Aluminum (bauxite)', 'Beryllium', 'Cobalt', 'Gallium', 'Hafnium', 'Ruthenium', 'Zinc']);
    await user.click(within(table()).getByRole('button', { name: 'Mineral' }));
    expect(header('Mineral').getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['Zinc', 'Ruthenium', 'Hafnium', 'Gallium', 'Cobalt', 'Beryllium', 'Aluminum (bauxite)']);
    await user.click(within(table()).getByRole('button', { name: 'Mineral' }));
    expect(header('Mineral').getAttribute('aria-sort')).toBe('ascending');
  });

  it('filters as you type, says how many match, and offers to clear an empty result', async () => {
    const user = userEvent.setup();
    const store = renderView();
    const search = screen.getByRole('searchbox', { name: 'Search the table' });
    expect(status().textContent).toBe('7 minerals');

    await user.type(search, 'BAUX');
    expect(store.getState().view.tableQuery).toBe('BAUX');
    expect(names()).toEqual(['Aluminum (bauxite)']);
    expect(status().textContent).toBe('1 of 7 minerals matches “BAUX”');
    expect(within(figure()).getByTestId('shown-count').textContent).toBe('1 mineral of 7 shown');

    await user.clear(search);
    await user.type(search, 'metal');
    expect(names()).toEqual(['Gallium']);

    await user.clear(search);
    await user.type(search, 'xyz');
    expect(screen.queryByRole('table')).toBeNull();
    expect(status().textContent).toBe('0 of 7 minerals match “xyz”');
    expect(figure().textContent).toContain('No minerals match “xyz” among the 7 minerals in view.');
    await user.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(store.getState().view.tableQuery).toBe('');
    expect(names()).toHaveLength(7);
    expect(document.activeElement).toBe(search);
  });

  it('selects a mineral from its name and marks its row', async () => {
    const user = userEvent.setup();
    const store = renderView();
    const cobalt = within(table()).getByRole('button', { name: 'Cobalt' });
    expect(cobalt.hasAttribute('aria-current')).toBe(false);
    await user.click(cobalt);
    expect(store.getState().view.mineralId).toBe('cobalt');
    expect(within(table()).getByRole('button', { name: 'Cobalt' }).getAttribute('aria-current')).toBe('true');
    expect(within(table()).getByRole('row', { name: /Cobalt/ }).className).toContain('table-view__row--selected');
    expect(within(table()).getByRole('button', { name: 'Zinc' }).hasAttribute('aria-current')).toBe(false);
  });

  it('exports the table as shown: the CSV rows are the rows on screen, in their order, after the search', async () => {
    const user = userEvent.setup();
    const store = renderView();
    await user.click(within(table()).getByRole('button', { name: 'Mineral' }));
    await user.click(within(table()).getByRole('button', { name: 'Mineral' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search the table' }), 'um');
    const rows = tableFiles.exportRows(tableView.derive(dataset, store.getState().view));
    expect(rows.map((row) => row.mineral)).toEqual(names());
    expect(names()).toEqual(['Ruthenium', 'Hafnium', 'Gallium', 'Beryllium', 'Aluminum (bauxite)']);
  });

  it('lays out for a phone below NARROW_BELOW: the table scrolls in its own region, the page does not', () => {
    const store = createDashboardStore({ dataset, view: { ...DEFAULT_VIEW, activeView: 'table' } });
    const { Body } = tableView;
    const { container } = render(
      <DashboardContext.Provider value={store}>
        <Body derived={tableView.derive(dataset, store.getState().view)} width={343} />
      </DashboardContext.Provider>,
    );
    expect(container.querySelector('.table-view')?.classList.contains('table-view--narrow')).toBe(true);
    const region = screen.getByRole('region', { name: 'Minerals table, scrolls sideways' });
    expect(region.tabIndex).toBe(0);
    expect(within(region).getByRole('table', { name: 'Minerals' })).toBe(table());
  });

  it('on the committed data: data year 2024 by NIR descending puts the 100% minerals first; "gallium" finds 1 row', async () => {
    const user = userEvent.setup();
    renderView(loadCommittedDataset(), { dataYear: 2024 });
    expect(within(figure()).getByTestId('shown-count').textContent).toBe('50 minerals of 50 shown');
    const first12 = within(table()).getAllByRole('row').slice(1, 13);
    expect(first12.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(Array(12).fill('100%'));
    const last = within(table()).getAllByRole('row').at(-1)!;
    expect(within(last).getAllByRole('cell')[0]?.textContent).toMatch(/^(E: net exporter|W: withheld|NA: not available|no USGS figure)$/);

    await user.type(screen.getByRole('searchbox', { name: 'Search the table' }), 'gallium');
    expect(names()).toEqual(['Gallium']);
    expect(status().textContent).toBe('1 of 50 minerals matches “gallium”');
  });
});
