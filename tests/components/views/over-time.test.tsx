import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OverTimeChart } from '../../../src/charts/over-time-chart';
import { DashboardContext } from '../../../src/components/dashboard-context';
import { ViewFigure } from '../../../src/components/view-figure';
import { overTimeView } from '../../../src/components/views/over-time';
import { NARROW_BELOW } from '../../../src/charts/theme';
import { createDashboardStore } from '../../../src/state/store';
import { MAX_COMPARED, type View } from '../../../src/state/view';
import { deriveOverTime } from '../../../src/state/views/over-time';
import { loadCommittedDataset } from '../../committed-dataset';

const dataset = loadCommittedDataset();

function renderView(view: Partial<View> = {}) {
  const store = createDashboardStore({ dataset, view: { activeView: 'over-time', ...view } });
  render(
    <DashboardContext.Provider value={store}>
      <ViewFigure module={overTimeView} />
    </DashboardContext.Provider>,
  );
  return store;
}

const figure = () => screen.getByRole('figure', { name: 'Reliance over time' });
const lineIds = () => [...figure().querySelectorAll('.over-time-chart [data-mineral]')].map((line) => line.getAttribute('data-mineral'));
const lineNames = () => within(screen.getByRole('list', { name: 'Lines drawn' })).getAllByRole('button', { pressed: false, name: /^(?!Remove )/ });
const addMineral = () => within(figure()).getByRole('combobox', { name: 'Add a mineral' });

describe('Reliance over time', () => {
  it('draws the default lines, says the rule, and counts them', () => {
    renderView();
    expect(within(figure()).getByTestId('shown-count').textContent).toMatch(/^5 minerals (of \d+ )?shown$/);
    expect(within(figure()).getByText(/^Showing the 5 minerals in view with the largest revisions: /)).toBeTruthy();
    expect(lineIds()).toHaveLength(5);
    expect(lineIds()[0]).toBe('rare-earths');
    expect(lineNames().map((button) => button.textContent)[0]).toBe('Rare earths');
  });

  it('labels the rare-earths revision on the chart, and each line by name at its end', () => {
    renderView({ compareIds: ['rare-earths', 'antimony'] });
    const rareEarths = figure().querySelector('.over-time-chart [data-mineral="rare-earths"]')!;
    const labels = [...rareEarths.querySelectorAll('text')].map((text) => text.textContent);
    expect(labels).toContain('80 → 53');
    expect(labels.at(-1)).toBe('Rare earths');
    expect(rareEarths.querySelector('title')?.textContent).toContain('2024: 53% as revised in MCS 2026; first published 80% in MCS 2025');
  });

  it('adds a chosen mineral and removes one, the count following', async () => {
    const user = userEvent.setup();
    renderView({ compareIds: ['rare-earths', 'antimony'] });
    await user.selectOptions(addMineral(), 'Gallium');
    expect(lineIds()).toEqual(['rare-earths', 'antimony', 'gallium']);
    expect(within(figure()).getByTestId('shown-count').textContent).toMatch(/^3 minerals (of \d+ )?shown$/);
    await user.click(within(figure()).getByRole('button', { name: 'Remove Antimony' }));
    expect(lineIds()).toEqual(['rare-earths', 'gallium']);
    await user.click(within(figure()).getByRole('button', { name: 'Show the default' }));
    expect(lineIds()).toHaveLength(5);
  });

  it(`never draws more than ${MAX_COMPARED}: the chooser closes at ${MAX_COMPARED} and says why`, async () => {
    const user = userEvent.setup();
    const store = renderView({ compareIds: ['rare-earths', 'antimony'] });
    const options = () => [...addMineral().querySelectorAll('option')].filter((option) => option.value !== '');
    while (lineIds().length < MAX_COMPARED) await user.selectOptions(addMineral(), options()[0]!.value);
    expect(lineIds()).toHaveLength(MAX_COMPARED);
    expect((addMineral() as HTMLSelectElement).disabled).toBe(true);
    expect(within(figure()).getByText(`At most ${MAX_COMPARED} minerals: remove one to add another.`)).toBeTruthy();
    // Even asked directly, the store keeps eight.
    act(() => store.getState().setCompareIds([...store.getState().view.compareIds, 'zinc', 'tin']));
    expect(lineIds()).toHaveLength(MAX_COMPARED);
  });

  it('selects the mineral whose line is clicked, highlights it and keeps the other lines', async () => {
    const user = userEvent.setup();
    const store = renderView();
    const before = lineIds();
    fireEvent.click(figure().querySelector('.over-time-chart [data-mineral="nickel"] polyline')!);
    expect(store.getState().view.mineralId).toBe('nickel');
    expect(within(screen.getByRole('list', { name: 'Lines drawn' })).getByRole('button', { name: 'Nickel', pressed: true })).toBeTruthy();
    expect(figure().querySelector('[data-mineral="nickel"]')?.getAttribute('data-selected')).toBe('true');
    expect([...lineIds()].sort()).toEqual([...before].sort());
    await user.click(within(screen.getByRole('list', { name: 'Lines drawn' })).getByRole('button', { name: 'Rare earths' }));
    expect(store.getState().view.mineralId).toBe('rare-earths');
  });

  it('draws the selected mineral alone when none are chosen, and says so', () => {
    renderView({ mineralId: 'gallium' });
    expect(lineIds()).toEqual(['gallium']);
    expect(within(figure()).getByText(/^Showing the selected mineral, Gallium\./)).toBeTruthy();
    expect(within(figure()).queryByRole('button', { name: /^Remove / })).toBeNull();
  });

  it('shows a bound as a caret labelled as printed, and E and NA as words, never as zero', () => {
    renderView({ compareIds: ['lithium', 'beryllium', 'hafnium'] });
    const texts = (id: string) => [...figure().querySelectorAll(`.over-time-chart [data-mineral="${id}"] text`)].map((text) => text.textContent);
    expect(texts('lithium')).toContain('>25');
    expect(figure().querySelectorAll('.over-time-chart [data-mineral="lithium"] circle')).toHaveLength(0);
    expect(texts('beryllium')).toContain('E');
    expect(texts('hafnium').filter((text) => text === 'NA')).toHaveLength(5);
    expect(figure().querySelectorAll('.over-time-chart [data-mineral="hafnium"] circle, .over-time-chart [data-mineral="hafnium"] polygon')).toHaveLength(0);
  });

  it('steps through the years from the keyboard, the tooltip saying each line’s values', () => {
    renderView({ compareIds: ['rare-earths'] });
    const chart = within(figure()).getByRole('application', { name: /^Net import reliance 2021–2025: Rare earths$/ });
    act(() => chart.focus());
    const tooltip = () => figure().querySelector('.chart-tooltip')?.textContent ?? '';
    const seen: string[] = [];
    for (let step = 0; step < 5; step += 1) {
      fireEvent.keyDown(chart, { key: 'ArrowRight' });
      seen.push(tooltip().slice(0, 4));
    }
    expect(seen).toContain('2024');
    for (let step = 0; step < 5 && !tooltip().startsWith('2024'); step += 1) fireEvent.keyDown(chart, { key: 'ArrowLeft' });
    expect(tooltip()).toMatch(/^2024\s*Rare earths: 53% \(MCS 2026\) · first published 80% \(MCS 2025\)Bounds, E, W and NA: see “How to read this” below the charts\.$/);
  });

  it(`fits a phone: below ${NARROW_BELOW} px the chart takes the width given and leaves the names to the list`, () => {
    const derived = deriveOverTime(dataset, { ...createDashboardStore({ dataset }).getState().view, compareIds: ['rare-earths', 'gallium'] });
    const { container } = render(<OverTimeChart series={derived.series} years={derived.years} width={343} title="Over time" />);
    const svg = container.querySelector('svg.recharts-surface')!;
    expect(svg.getAttribute('width')).toBe('343');
    const rightmost = Math.max(...[...container.querySelectorAll('[data-mineral] circle')].map((circle) => Number(circle.getAttribute('cx'))));
    expect(rightmost).toBeLessThan(343);
    const names = [...container.querySelectorAll('[data-mineral] text')].map((text) => text.textContent);
    expect(names).not.toContain('Gallium');
  });
});
