import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DashboardContext } from '../../../src/components/dashboard-context';
import { ViewFigure } from '../../../src/components/view-figure';
import { relianceView } from '../../../src/components/views/reliance';
import { tableView } from '../../../src/components/views/table';
import { overTimeView } from '../../../src/components/views/over-time';
import { chinaExposureView } from '../../../src/components/views/china-exposure';
import { importSourcesView } from '../../../src/components/views/import-sources';
import type { Dataset } from '../../../src/data/schema';
import { createDashboardStore } from '../../../src/state/store';
import type { View } from '../../../src/state/view';
import type { AnyViewModule } from '../../../src/components/views/contract';
import { rowWindow } from '../../../src/state/windowing';
import { loadCommittedDataset } from '../../committed-dataset';
import { makeDataset, makeMineral, makeRareEarths } from '../../factories';

const pad = (index: number) => String(index).padStart(3, '0');
/** 250 minerals, NIR falling from 100 to 17 (three to a value), so the order is known: by NIR, then by name. */
const big = makeDataset(Array.from({ length: 250 }, (_, index) => makeMineral({ id: `m-${pad(index + 1)}`, nir: { 2024: String(100 - Math.floor(index / 3)) } })));

/** A view of `data` in its frame, with scope "all" and data year 2024 unless `view` says otherwise; returns the store. */
function renderView(module: AnyViewModule, data: Dataset, view: Partial<View> = {}) {
  const store = createDashboardStore({ dataset: data, view: { activeView: module.id, scope: 'all', dataYear: 2024, ...view } });
  render(
    <DashboardContext.Provider value={store}>
      <ViewFigure module={module} />
    </DashboardContext.Provider>,
  );
  return store;
}

const renderReliance = (data: Dataset, view: Partial<View> = {}) => renderView(relianceView as unknown as AnyViewModule, data, view);

const figure = () => screen.getByRole('figure', { name: 'Net import reliance' });
const bars = () => [...figure().querySelectorAll('[data-mineral]')].map((bar) => bar.getAttribute('data-mineral'));
const pager = () => within(figure()).getByRole('navigation', { name: 'Pages of the reliance chart, above it' });

describe('a long chart shows 100 bars at a time', () => {
  it('pages through 250 bars in order, saying which are shown, and every one is reachable', async () => {
    const user = userEvent.setup();
    renderReliance(big);
    expect(within(figure()).getByTestId('shown-count').textContent).toBe('250 minerals of 250 shown');
    expect(bars()).toHaveLength(100);
    expect(bars()[0]).toBe('m-001');
    expect(within(pager()).getByText(/^Bars 1–100 of 250/)).toBeTruthy();
    const previous = within(pager()).getByRole('button', { name: 'Previous 100 bars' });
    const next = within(pager()).getByRole('button', { name: 'Next 100 bars' });
    // At an end the button says so but keeps the focus (aria-disabled, not disabled).
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    await user.click(previous);
    expect(bars()[0]).toBe('m-001');
    await user.click(next);
    expect(bars()).toEqual(Array.from({ length: 100 }, (_, index) => `m-${pad(index + 101)}`));
    expect(within(pager()).getByText(/^Bars 101–200 of 250/)).toBeTruthy();
    expect(next.textContent).toBe('Next 50 bars');
    next.focus();
    await user.keyboard('{Enter}');
    expect(bars()).toHaveLength(50);
    expect(bars().at(-1)).toBe('m-250');
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(next);
    // Only the pager above the chart speaks; the one below stays quiet, so no page change is read twice.
    expect(pager().querySelector('[aria-live="polite"]')?.textContent).toBe('Bars 201–250 of 250');
    const below = within(figure()).getByRole('navigation', { name: 'Pages of the reliance chart, below it' });
    expect(below.querySelector('[aria-live]')).toBeNull();
    // The pager says the files are not windowed.
    expect(pager().textContent).toContain('The chart and its table draw 100 at a time, in order; the CSV, JSON and image hold them all.');
  });

  it('moves to the page of a mineral chosen elsewhere (the finder), and back to the top when a filter changes the list', async () => {
    const store = renderReliance(big);
    act(() => store.getState().selectMineral('m-230'));
    expect(bars()).toContain('m-230');
    expect(within(pager()).getByText(/^Bars 201–250 of 250/)).toBeTruthy();
    act(() => store.getState().selectMineral(null));
    // Closing the page keeps the reader where they were.
    expect(within(pager()).getByText(/^Bars 201–250 of 250/)).toBeTruthy();
    act(() => store.getState().toggleLevel('100'));
    expect(bars()[0]).toBe('m-004');
    expect(within(pager()).getByText(/^Bars 1–100 of 247/)).toBeTruthy();
  });

  it('opens on the page of a mineral a link selects, and a filter that keeps it keeps it in view', () => {
    const store = renderReliance(big, { mineralId: 'm-230' });
    expect(bars()).toContain('m-230');
    expect(within(pager()).getByText(/^Bars 201–250 of 250/)).toBeTruthy();
    act(() => store.getState().toggleLevel('100'));
    expect(bars()).toContain('m-230');
    expect(within(pager()).getByText(/^Bars 201–247 of 247/)).toBeTruthy();
  });

  it('shows no pager for the committed data: every view of it fits one window', async () => {
    renderReliance(await loadCommittedDataset(), { scope: 'all', showLanthanides: true });
    expect(bars().length).toBeGreaterThan(80);
    expect(within(figure()).queryByRole('navigation')).toBeNull();
  });
});

describe('the table under a chart shows the chart’s page, or 100 rows of its own', () => {
  const bodyRows = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((cell) => cell.textContent);

  it('opens on the page the chart shows, and its pager moves the chart with it', async () => {
    const user = userEvent.setup();
    renderReliance(big);
    await user.click(within(pager()).getByRole('button', { name: 'Next 100 bars' }));
    await user.click(within(figure()).getByText('Table of the 250 minerals shown'));
    const table = within(figure()).getByRole('table');
    expect(bodyRows(table)).toEqual(Array.from({ length: 100 }, (_, index) => `M-${pad(index + 101)}`));
    const tablePager = within(figure()).getByRole('navigation', { name: 'Reliance table pages' });
    expect(tablePager.textContent).toContain('Rows 101–200 of 250');
    expect(tablePager.textContent).toContain('The same page as the chart; the CSV, JSON and image hold them all.');
    await user.click(within(tablePager).getByRole('button', { name: 'Next 50 rows' }));
    expect(bodyRows(within(figure()).getByRole('table'))).toHaveLength(50);
    expect(bars()[0]).toBe('m-201');
    // The chart's pager above already announces the page; the table's does not say it again.
    expect(tablePager.querySelector('[aria-live]')).toBeNull();
  });

  it('pages a scatter’s table on its own, since the scatter draws every mineral', async () => {
    const user = userEvent.setup();
    renderView(chinaExposureView as unknown as AnyViewModule, big);
    await user.click(screen.getByText('Table of the 250 minerals in view'));
    const table = () => screen.getByRole('region', { name: 'China exposure table, scrolls sideways' });
    expect(bodyRows(table())).toHaveLength(100);
    const tablePager = screen.getByRole('navigation', { name: 'China exposure table pages' });
    expect(tablePager.querySelector('[aria-live="polite"]')?.textContent).toBe('Rows 1–100 of 250');
    await user.click(within(tablePager).getByRole('button', { name: 'Next 100 rows' }));
    await user.click(within(tablePager).getByRole('button', { name: 'Next 50 rows' }));
    expect(bodyRows(table())).toHaveLength(50);
    expect(tablePager.querySelector('[aria-live="polite"]')?.textContent).toBe('Rows 201–250 of 250');
  });

  it('lists at most 100 of the minerals a scatter cannot place, and says where the rest are', () => {
    const unplaced = makeDataset(Array.from({ length: 150 }, (_, index) => makeMineral({ id: `m-${pad(index + 1)}`, nir: { 2024: 'NA' } })));
    renderView(chinaExposureView as unknown as AnyViewModule, unplaced);
    const notDrawn = screen.getByRole('region', { name: 'Minerals not drawn' });
    expect(notDrawn.textContent).toContain('Not drawn: 150 minerals in view without both figures');
    expect(within(notDrawn).getAllByRole('listitem')).toHaveLength(100);
    expect(notDrawn.textContent).toContain('The other 50 minerals are in the table below, the CSV and the JSON.');
  });

  it("says in the scatter's description how many of the unplaced minerals are listed", () => {
    const unplaced = Array.from({ length: 150 }, (_, index) => makeMineral({ id: `m-${pad(index + 1)}`, nir: { 2024: 'NA' } }));
    const placed = makeRareEarths({ id: 'placed', name: 'Placed', group: 'single' });
    renderView(chinaExposureView as unknown as AnyViewModule, makeDataset([placed, ...unplaced]));
    const desc = screen.getByRole('figure', { name: 'China exposure' }).querySelector('desc');
    expect(desc?.textContent).toContain('150 minerals without a place on the chart are listed under it (the first 100 of each reason; all of them in the table).');
  });
});

describe('the import sources view with thousands of minerals without shares', () => {
  it('lists the first 100 of them and says the files hold the rest', () => {
    renderView(importSourcesView as unknown as AnyViewModule, makeDataset(Array.from({ length: 130 }, (_, index) => makeMineral({ id: `m-${pad(index + 1)}` }))));
    const without = screen.getByRole('region', { name: 'No import shares printed' });
    expect(without.textContent).toContain('these 130 minerals in view');
    expect(within(without).getAllByRole('listitem')).toHaveLength(100);
    expect(without.textContent).toContain('The other 30 minerals are in the CSV and the JSON.');
  });
});

describe('the table shows 100 rows at a time', () => {
  it('windows the rows in the table order, and searching starts again at the top', async () => {
    const user = userEvent.setup();
    renderView(tableView as unknown as AnyViewModule, big);
    const table = () => screen.getByRole('table', { name: 'Minerals' });
    const names = () => within(table()).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names()).toHaveLength(100);
    const tablePager = () => screen.getByRole('navigation', { name: 'Pages of the table, below it' });
    expect(within(tablePager()).getByText(/^Rows 1–100 of 250/)).toBeTruthy();
    await user.click(within(tablePager()).getByRole('button', { name: 'Next 100 rows' }));
    expect(names()[0]).toBe('M-101');
    await user.type(screen.getByRole('searchbox'), 'M-2');
    // 51 names hold "M-2" (M-200 to M-250): one window, no pager.
    expect(names()).toHaveLength(51);
    expect(screen.queryByRole('navigation', { name: /Pages of the table/ })).toBeNull();
  });
});

describe('the Over time chooser with thousands of minerals in view', () => {
  it('lists the first 100 and says how to reach the others, instead of a list of every one', () => {
    renderView(overTimeView as unknown as AnyViewModule, big);
    const chooser = screen.getByRole('combobox', { name: 'Add a mineral' }) as HTMLSelectElement;
    // The placeholder and 100 minerals.
    expect(chooser.options).toHaveLength(101);
    const listed = [...chooser.options].slice(1).map((option) => option.textContent ?? '');
    expect(listed).toEqual([...listed].sort());
    // The lines already drawn are not offered again.
    const drawn = within(screen.getByRole('list', { name: 'Lines drawn' })).getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(drawn.length).toBeGreaterThan(0);
    for (const name of listed) expect(drawn.some((line) => line.startsWith(name))).toBe(false);
    expect(screen.getByText(/The list holds the first 100 of the 2\d\d minerals in view/)).toBeTruthy();
    const note = screen.getByText(/The list holds the first 100/);
    expect(chooser.getAttribute('aria-describedby')).toBe(note.id);
  });
});

describe('rowWindow', () => {
  it('clamps a page that a filter has removed, and never gives an empty window while there are rows', () => {
    expect(rowWindow(250, 2)).toEqual({ start: 200, end: 250, total: 250, page: 2, pages: 3 });
    expect(rowWindow(120, 5)).toEqual({ start: 100, end: 120, total: 120, page: 1, pages: 2 });
    expect(rowWindow(0, 3)).toEqual({ start: 0, end: 0, total: 0, page: 0, pages: 1 });
    expect(rowWindow(100, 1)).toMatchObject({ start: 0, end: 100, pages: 1 });
  });
});
