import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChangesChart } from '../../../src/charts/changes-chart';
import { dumbbellShapes } from '../../../src/charts/changes-marks';
import { DashboardContext } from '../../../src/components/dashboard-context';
import { ViewFigure } from '../../../src/components/view-figure';
import { changesView } from '../../../src/components/views/changes';
import type { Dataset } from '../../../src/data/schema';
import { createDashboardStore } from '../../../src/state/store';
import { deriveChanges } from '../../../src/state/views/changes';
import { DEFAULT_VIEW, type View } from '../../../src/state/view';
import { loadCommittedDataset } from '../../committed-dataset';
import { makeDataset, makeMineral } from '../../factories';

const dataset = makeDataset([
  makeMineral({ id: 'gallium', nir: { 2022: '100', 2023: '100', 2024: '100', 2025: '100' } }),
  makeMineral({ id: 'vanadium', nir: { 2022: '54', 2023: '58', 2024: '40', 2025: '41' } }),
  makeMineral({ id: 'nickel', nir: { 2022: '56', 2023: '57', 2024: '48', 2025: '41' } }),
  makeMineral({ id: 'lithium', nir: { 2022: '>25', 2023: '>25', 2024: '>50', 2025: '>50' } }),
  makeMineral({ id: 'beryllium', nir: { 2023: 'NA', 2024: 'E', 2025: 'E' } }),
  makeMineral({ id: 'iridium', nir: {} }),
]);

function renderView(data: Dataset, view: Partial<View> = {}) {
  const store = createDashboardStore({ dataset: data, view: { activeView: 'changes', ...view } });
  render(
    <DashboardContext.Provider value={store}>
      <ViewFigure module={changesView} />
    </DashboardContext.Provider>,
  );
  return store;
}

const figure = () => screen.getByRole('figure', { name: 'Change between data years' });
const crossings = () => within(figure()).getByRole('list', { name: /Which minerals entered or left a level/ });
const dumbbell = (id: string) => figure().querySelector(`[data-mineral="${id}"]`);
/** What a dumbbell says beside it, without the row's name. */
const dumbbellLabel = (id: string) => [...(dumbbell(id)?.querySelectorAll('text:not(.row-name)') ?? [])].map((text) => text.textContent).join('');

describe('Changes view', () => {
  it('shows the figure, its count, and two year selects defaulting to the earliest and the latest year', () => {
    renderView(dataset);
    expect(within(figure()).getByTestId('shown-count').textContent).toMatch(/^6 minerals( of 6)? shown$/);
    const from = within(figure()).getByRole('combobox', { name: 'From data year' }) as HTMLSelectElement;
    const to = within(figure()).getByRole('combobox', { name: 'To data year' }) as HTMLSelectElement;
    expect([...from.options].map((option) => option.textContent)).toEqual(['2022 (MCS 2023)', '2023 (MCS 2024)', '2024 (MCS 2025)', '2025 (MCS 2026)']);
    expect(from.selectedOptions[0]?.textContent).toBe('2022 (MCS 2023)');
    expect(to.selectedOptions[0]?.textContent).toBe('2025 (MCS 2026)');
    expect(figure().querySelector('.changes__note')?.textContent).toBe('A mineral is shown if its level in 2022 or in 2025 is among the levels chosen.');
  });

  it('says in words which minerals entered or left a level, and redraws when the years change', async () => {
    const user = userEvent.setup();
    const store = renderView(dataset);
    await user.selectOptions(within(figure()).getByRole('combobox', { name: 'From data year' }), '2023');
    await user.selectOptions(within(figure()).getByRole('combobox', { name: 'To data year' }), '2024');
    expect(store.getState().view).toMatchObject({ fromYear: 2023, toYear: 2024 });
    const items = within(crossings()).getAllByRole('listitem').map((item) => item.textContent);
    expect(items[0]).toMatch(/^100%: no change/);
    expect(items[1]).toMatch(/^50% or more: lithium in; vanadium and nickel out/);
    expect(dumbbell('vanadium')?.textContent).toContain('58% → 40%: −18 points');
    expect(dumbbellLabel('lithium')).toBe('>25% → >50%');
    expect(dumbbell('lithium')?.querySelector('.row-name')?.textContent).toBe('Lithium');
    // Picking the default again stores null, so the link stays short.
    await user.selectOptions(within(figure()).getByRole('combobox', { name: 'To data year' }), '2025');
    expect(store.getState().view.toYear).toBeNull();
  });

  it('keeps a backwards choice and says so on screen', async () => {
    const user = userEvent.setup();
    renderView(dataset, { fromYear: 2024, toYear: 2023 });
    expect(within(figure()).getByRole('note').textContent).toBe(
      'Backwards in time: from 2024 (MCS 2025) to 2023 (MCS 2024), as chosen; a rise here is a fall over time.',
    );
    expect(dumbbell('vanadium')?.textContent).toContain('40% → 58%: +18 points');
    await user.selectOptions(within(figure()).getByRole('combobox', { name: 'From data year' }), '2023');
    expect(within(figure()).getByRole('note').textContent).toMatch(/same data year, 2023 \(MCS 2024\).*Choose two different years/);
  });

  it('says a state or a missing figure in words, never as a mark at zero', () => {
    renderView(dataset, { fromYear: 2022, toYear: 2024 });
    expect(dumbbell('beryllium')?.textContent).toContain('no figure → E: exporter');
    expect(dumbbell('beryllium')?.querySelector('circle, polygon')).toBeNull();
    expect(dumbbell('iridium')?.textContent).toContain('no mark: no figure → no figure');
  });

  it('selects the mineral clicked, and highlights it', () => {
    const store = renderView(dataset);
    expect(dumbbell('nickel')?.getAttribute('data-selected')).toBeNull();
    fireEvent.click(dumbbell('nickel')!.querySelector('circle')!);
    expect(store.getState().view.mineralId).toBe('nickel');
    expect(dumbbell('nickel')?.getAttribute('data-selected')).toBe('true');
    expect(dumbbell('nickel')?.querySelector('circle')?.getAttribute('stroke-width')).toBe('2.5');
  });

  it('selects the mineral under the keyboard focus with Enter', async () => {
    const store = renderView(dataset);
    const chart = within(figure()).getByRole('application');
    act(() => chart.focus());
    fireEvent.keyDown(chart, { key: 'ArrowDown' });
    await act(async () => {});
    // The tooltip names the mineral the keys reached; Enter selects that one.
    const reached = figure().querySelector('.chart-tooltip strong')?.textContent;
    expect(reached).toBeTruthy();
    fireEvent.keyDown(chart, { key: 'Enter' });
    const selected = store.getState().view.mineralId;
    expect(dataset.minerals.minerals.find((mineral) => mineral.id === selected)?.name).toBe(reached);
    expect(dumbbell(selected!)?.getAttribute('data-selected')).toBe('true');
  });

  it('shows the committed data: 2023 → 2024 on the 2022 list, lanthanides one by one', () => {
    renderView(loadCommittedDataset(), { fromYear: 2023, toYear: 2024 });
    expect(within(figure()).getByTestId('shown-count').textContent).toMatch(/^50 minerals( of 50)? shown$/);
    const items = within(crossings()).getAllByRole('listitem').map((item) => item.textContent);
    expect(items[0]).toMatch(/^100%: no change/);
    expect(items[1]).toMatch(/^50% or more: lithium in; vanadium and nickel out/);
  });

  it('offers data year 2022 (MCS 2023) from the committed data and opens on it', () => {
    renderView(loadCommittedDataset());
    const from = within(figure()).getByRole('combobox', { name: 'From data year' }) as HTMLSelectElement;
    expect(from.selectedOptions[0]?.textContent).toBe('2022 (MCS 2023)');
  });
});

describe('dumbbellShapes', () => {
  it('cuts the "no mark" words to the plot, so a narrow chart does not run them into the values beside it', () => {
    const { rows } = deriveChanges(dataset, { ...DEFAULT_VIEW, fromYear: 2022, toYear: 2024 });
    const beryllium = rows.find((row) => row.id === 'beryllium')!;
    const words = (width: number) => dumbbellShapes(beryllium, { x: 0, width, middle: 10, selected: false }).flatMap((shape) => (shape.kind === 'text' ? [shape.text] : []));
    expect(words(600)).toEqual(['no mark: no figure → E: exporter']);
    const [cut] = words(120);
    expect(cut!.endsWith('…')).toBe(true);
    expect(cut!.length * 12 * 0.6).toBeLessThanOrEqual(120 - 4);
    expect('no mark: no figure → E: exporter'.startsWith(cut!.slice(0, -1))).toBe(true);
  });
});

describe('ChangesChart on a phone', () => {
  it('fits 343 px with each name and both values on a line above its dumbbell', () => {
    const { rows } = deriveChanges(dataset, { ...DEFAULT_VIEW, fromYear: 2023, toYear: 2024 });
    const { container } = render(<ChangesChart rows={rows} width={343} title="Changes" fromLabel="2023 (MCS 2024)" toLabel="2024 (MCS 2025)" />);
    expect(container.querySelector('svg')?.getAttribute('width')).toBe('343');
    const vanadium = container.querySelector('[data-mineral="vanadium"]');
    expect(vanadium?.querySelector('text')?.textContent).toBe('Vanadium  58% → 40%');
    const rights = [...container.querySelectorAll('[data-mineral] circle')].map((circle) => Number(circle.getAttribute('cx')) + Number(circle.getAttribute('r')));
    const tips = [...container.querySelectorAll('[data-mineral] polygon')].flatMap((polygon) =>
      (polygon.getAttribute('points') ?? '').split(' ').map((point) => Number(point.split(',')[0])),
    );
    expect(Math.max(...rights, ...tips)).toBeLessThanOrEqual(343);
    // The name line sits above the dumbbell.
    const nameY = Number(vanadium?.querySelector('text')?.getAttribute('y'));
    expect(Number(vanadium?.querySelector('circle')?.getAttribute('cy'))).toBeGreaterThan(nameY + 10);
  });
});
