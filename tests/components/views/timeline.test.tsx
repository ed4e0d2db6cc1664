import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardContext } from '../../../src/components/dashboard-context';
import { ViewFigure } from '../../../src/components/view-figure';
import { timelineView } from '../../../src/components/views/timeline';
import { createDashboardStore } from '../../../src/state/store';
import { DEFAULT_VIEW, type View } from '../../../src/state/view';
import { deriveTimeline } from '../../../src/state/views/timeline';
import { loadCommittedDataset } from '../../committed-dataset';

const dataset = loadCommittedDataset();

/** The frame reads today's date from the clock: fix it (only Date is faked, so React and user-event keep real timers). */
function setToday(year: number, monthIndex: number, day: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(year, monthIndex, day, 12));
}

function renderView(view: Partial<View> = {}) {
  const store = createDashboardStore({ dataset, view: { activeView: 'timeline', ...view } });
  render(
    <DashboardContext.Provider value={store}>
      <ViewFigure module={timelineView} />
    </DashboardContext.Provider>,
  );
  return store;
}

/** The Body alone at a given width, with a given today. */
function renderBody(width: number, today: string, view: Partial<View> = {}) {
  const store = createDashboardStore({ dataset, view: { activeView: 'timeline', ...view } });
  const derived = deriveTimeline(dataset, store.getState().view, { today });
  render(
    <DashboardContext.Provider value={store}>
      <timelineView.Body derived={derived} width={width} />
    </DashboardContext.Provider>,
  );
  return store;
}

const figure = () => screen.getByRole('figure', { name: 'Policy timeline' });
const eventList = () => screen.getByRole('list', { name: 'Events, in date order' });
const events = () => [...eventList().querySelectorAll<HTMLLIElement>(':scope > li')];
const eventOn = (key: string) => eventList().querySelector<HTMLLIElement>(`:scope > li[data-event="${key}"]`)!;
const mark = (key: string) => figure().querySelector(`[data-mark="${key}"]`);

describe('Timeline view', () => {
  beforeEach(() => setToday(2026, 10, 29));
  afterEach(() => vi.useRealTimers());

  it('shows the figure, the minerals the events name as its count, and says there are 23 events', () => {
    renderView();
    expect(within(figure()).getByTestId('shown-count').textContent).toBe('28 minerals of 50 shown');
    expect(figure().textContent).toContain('23 events, 2022-02-24 to 2026-07-13, in date order; today is 2026-11-29: 23 past, none upcoming.');
    expect(events()).toHaveLength(23);
    expect(events().map((item) => item.querySelector('time')?.getAttribute('datetime'))).toEqual(dataset.minerals.timeline.map((event) => event.date).sort());
  });

  it('draws one mark per event on a time axis, in lanes by actor, with the today line labelled', () => {
    renderView();
    const chart = within(figure()).getByRole('application', { name: /^Policy timeline: 23 events, 2022-02-24 to 2026-07-13, in lanes by actor/ });
    expect(chart.querySelectorAll('[data-mark]')).toHaveLength(23);
    const today = chart.querySelector('[data-today="2026-11-29"]');
    expect(today?.textContent).toBe('Today, 2026-11-29');
    for (const lane of ['China', 'U.S. and China', 'United States', 'Interior / USGS', 'USGS']) {
      expect([...chart.querySelectorAll('.recharts-yAxis-tick-labels text')].map((text) => text.textContent)).toContain(lane);
    }
    // The today line is right of every mark: all 23 events are past on 2026-11-29.
    const lineX = Number(today?.querySelector('line')?.getAttribute('x1'));
    const markXs = [...chart.querySelectorAll('[data-mark] circle:first-child, [data-mark] polygon')].map((shape) =>
      Number(shape.getAttribute('cx') ?? shape.getAttribute('points')?.split(',')[0]),
    );
    expect(Math.max(...markXs)).toBeLessThan(lineX);
    expect(chart.querySelectorAll('[data-mark][data-future="true"]')).toHaveLength(0);
    expect(figure().querySelector('.timeline > .timeline__today')?.textContent).toBe('Today, 2026-11-29: every event above is on or before today');
  });

  it('labels the computed end of the 180-day window on screen and in the legend', () => {
    renderView();
    const item = eventOn('2026-07-13');
    expect(item.querySelector('time')?.textContent).toBe('2026-07-13 (computed: 2026-01-14 + 180 days, not printed in a source)');
    expect(within(figure()).getByRole('list', { name: 'Legend' }).textContent).toContain('Diamond: 2026-07-13 (computed: 2026-01-14 + 180 days');
    expect(mark('2026-07-13')?.querySelector('polygon')).not.toBeNull();
  });

  it('links each event’s minerals as buttons that select the mineral', async () => {
    const user = userEvent.setup();
    const store = renderView();
    const april = within(eventOn('2025-04-04'));
    const buttons = april.getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Samarium', 'Gadolinium', 'Terbium', 'Dysprosium', 'Lutetium', 'Scandium', 'Yttrium']);
    await user.click(april.getByRole('button', { name: 'Samarium' }));
    expect(store.getState().view.mineralId).toBe('samarium');
    expect(within(eventOn('2025-04-04')).getByRole('button', { name: 'Samarium' }).getAttribute('aria-pressed')).toBe('true');
    // Its events are highlighted, in the list and on the chart (a ring).
    expect(eventOn('2025-04-04').getAttribute('data-selected')).toBe('true');
    expect(eventOn('2023-07-03').getAttribute('data-selected')).toBeNull();
    expect(mark('2025-04-04')?.getAttribute('data-selected')).toBe('true');
    // 2025-04-04 names samarium; three more name rare earths, which the lanthanides carry.
    expect(figure().textContent).toContain('Highlighted: the 4 events naming Samarium.');
  });

  it('shows the minerals cell as written where it names none of the dataset’s minerals, and links every source safely', () => {
    renderView();
    expect(eventOn('2025-04-15').textContent).toContain(
      'Minerals (as written): processed critical minerals and derivative products (all USGS-listed critical minerals, plus uranium)',
    );
    expect(within(eventOn('2025-04-15')).queryAllByRole('button')).toHaveLength(0);
    const links = within(eventOn('2025-04-15')).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['thompsonhinesmartrade.com', 'mondaq.com', 'projectfinance.com.cn']);
    for (const link of within(eventList()).getAllByRole('link')) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    }
    expect(eventOn('2025-04-15').textContent).toContain('(copy of White House fact sheet)');
  });

  it('keeps every event under a China filter and bolds those naming a mineral in view', () => {
    renderView({ chinaFilters: ['export-control'], levels: ['100'] });
    expect(events()).toHaveLength(23);
    // At 100% and under a Chinese control: gallium, graphite (natural) and indium, all named by some event.
    expect(within(figure()).getByTestId('shown-count').textContent).toBe('3 minerals of 50 shown');
    const bold = events().filter((item) => item.querySelector('.timeline__text strong'));
    expect(bold.map((item) => item.dataset.event)).toEqual(events().filter((item) => item.dataset.inView === 'true').map((item) => item.dataset.event));
    expect(bold).toHaveLength(10);
    expect(eventOn('2024-08-15').querySelector('strong')).toBeNull();
    expect(figure().textContent).toContain('Events are not minerals, so the filters hide none. Bold: the 10 events naming at least one of the 3 minerals in view');
  });

  it('shows a mark’s event in the list when the mark is clicked', () => {
    renderView();
    fireEvent.click(mark('2025-10-09')!);
    expect(document.activeElement).toBe(eventOn('2025-10-09'));
  });
});

describe('Timeline with today before the computed date', () => {
  beforeEach(() => setToday(2026, 2, 1));
  afterEach(() => vi.useRealTimers());

  it('marks 2026-07-13 as upcoming on 2026-03-01: dashed on the chart, said in the list after the today line', () => {
    renderView();
    expect(mark('2026-07-13')?.getAttribute('data-future')).toBe('true');
    expect(mark('2026-07-13')?.querySelector('polygon')?.getAttribute('stroke-dasharray')).toBe('4 3');
    expect(mark('2026-02-06')?.getAttribute('data-future')).toBe('false');
    const item = eventOn('2026-07-13');
    expect(item.dataset.future).toBe('true');
    expect(item.querySelector('.timeline__badge')?.textContent).toBe('upcoming');
    expect(item.querySelector('.timeline__today')?.textContent).toBe('Today, 2026-03-01: the events below are upcoming');
    expect(figure().querySelector('[data-today="2026-03-01"]')?.textContent).toBe('Today, 2026-03-01');
  });
});

describe('Timeline on a phone', () => {
  it('lists the events without the chart, the today line among them', () => {
    renderBody(343, '2026-03-01');
    expect(screen.queryByRole('application')).toBeNull();
    expect(events()).toHaveLength(23);
    expect(eventOn('2026-07-13').querySelector('.timeline__today')?.textContent).toBe('Today, 2026-03-01: the events below are upcoming');
    expect(eventOn('2026-07-13').className).toContain('timeline__event--upcoming');
    expect(eventOn('2026-02-06').className).toContain('timeline__event--past');
  });

  it('falls back to the local date when derive had none', () => {
    setToday(2026, 10, 29);
    try {
      const store = createDashboardStore({ dataset, view: { ...DEFAULT_VIEW, activeView: 'timeline' } });
      render(
        <DashboardContext.Provider value={store}>
          <timelineView.Body derived={deriveTimeline(dataset, store.getState().view)} width={343} />
        </DashboardContext.Provider>,
      );
      expect(document.querySelector('.timeline > .timeline__today')?.textContent).toBe('Today, 2026-11-29: every event above is on or before today');
    } finally {
      vi.useRealTimers();
    }
  });
});
