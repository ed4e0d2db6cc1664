import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardContext, useDashboard } from '../../src/components/dashboard-context';
import { MineralPage } from '../../src/components/mineral-page';
import { VIEW_FIGURE_ID } from '../../src/components/section-ids';
import { createDashboardStore } from '../../src/state/store';
import type { View } from '../../src/state/view';
import { loadCommittedDataset } from '../committed-dataset';

const dataset = loadCommittedDataset();

/** Stands in for any control that selects a mineral: a bar, a table row, the finder. */
function Opener({ id }: { id: string }) {
  const selectMineral = useDashboard((state) => state.selectMineral);
  return (
    <button type="button" onClick={() => selectMineral(id)}>
      Open {id}
    </button>
  );
}

function renderPage(view: Partial<View> = {}, openers: string[] = []) {
  const store = createDashboardStore({ dataset, view });
  const result = render(
    <DashboardContext.Provider value={store}>
      <figure id={VIEW_FIGURE_ID} aria-label="The view">
        <h2 tabIndex={-1}>The view’s figure</h2>
        {openers.map((id) => (
          <Opener key={id} id={id} />
        ))}
      </figure>
      <MineralPage openedWith={view.mineralId ?? null} />
    </DashboardContext.Provider>,
  );
  return { store, ...result };
}

const page = (name: string) => screen.getByRole('region', { name });
/** The NIR table's row for a year, as the reader hears it. */
const nirRow = (region: HTMLElement, year: number) =>
  within(within(region).getByRole('table', { name: /^Net import reliance by year/ }))
    .getAllByRole('row')
    .find((row) => within(row).queryByRole('rowheader')?.textContent?.startsWith(String(year)))?.textContent ?? '';
const listItems = (region: HTMLElement, heading: string) => {
  const title = within(region).getByRole('heading', { name: heading });
  const items: string[] = [];
  for (let next = title.nextElementSibling; next && !/^H[23]$/.test(next.tagName); next = next.nextElementSibling) {
    items.push(...[...next.querySelectorAll('li')].map((item) => item.textContent ?? ''));
  }
  return items;
};

describe('MineralPage on the committed data', () => {
  it('renders nothing with no mineral selected', () => {
    const store = createDashboardStore({ dataset });
    const { container } = render(
      <DashboardContext.Provider value={store}>
        <MineralPage />
      </DashboardContext.Provider>,
    );
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('shows a region named after the selected mineral, without taking the focus on load', () => {
    renderPage({ mineralId: 'gallium' });
    const gallium = page('Gallium');
    expect(within(gallium).getByRole('heading', { level: 2 }).textContent).toBe('Gallium');
    expect(document.activeElement).toBe(document.body);
  });

  it('shows each edition’s figure as printed, with its line name, file and line, beside the revised series', () => {
    renderPage({ mineralId: 'gallium', dataYear: 2024 });
    const gallium = page('Gallium');
    expect(within(gallium).getByRole('columnheader', { name: 'As revised in MCS 2026' })).toBeTruthy();
    expect(nirRow(gallium, 2024)).toBe(
      '2024 data year shown' +
        '100% in MCS 2025 · line “GALLIUM, metal” MCS2025_Fig2_Net_Import_Reliance.csv, line 6' +
        '100% MCS2026_Commodities_Data.csv, line 2536',
    );
    expect(nirRow(gallium, 2022)).toContain('100% in MCS 2023 · line “GALLIUM” MCS2023_Fig2_Net_Import_Reliance.csv, line 6');
    expect(nirRow(gallium, 2021)).toBe('2021No edition here published this year100% MCS2026_Commodities_Data.csv, line 2512');
    expect(within(gallium).getByRole('application', { name: 'Gallium: net import reliance 2021–2025' })).toBeTruthy();
  });

  it('calls out China’s share, the world producer, China’s control and the end uses, latest first', () => {
    renderPage({ mineralId: 'gallium' });
    const gallium = page('Gallium');
    expect(within(gallium).getByText('China: 18% of U.S. imports, 2021–24')).toBeTruthy();
    expect(listItems(gallium, 'Import shares')[0]).toBe('Canada: 28% MCS2026_Fig3_Major_Import_Sources.csv, line 30');
    expect(listItems(gallium, 'Leading world producer')).toEqual([
      '2025 (MCS 2026): China, 100% of world production MCS2026_T7_Critical_Minerals_Salient.csv, line 13',
      '2024 (MCS 2025): China, 99% of world production MCS2025_T5_Critical_Minerals_Salient.csv, line 11',
    ]);
    expect(within(gallium).getByText('gallium (2023)').closest('li')?.textContent).toBe(
      'gallium (2023), year 2023: Export licensing requirement for materials and technologies MCS2026_T4_Country_Export_Control.csv, line 15',
    );
    expect(within(gallium).getByText('No other country’s export-control row names Gallium.')).toBeTruthy();
    expect(listItems(gallium, 'End uses').map((item) => item.slice(0, 9))).toEqual(['MCS 2026:', 'MCS 2024:', 'MCS 2023:']);
    expect(within(gallium).getByText('On the 2022 Final List of Critical Minerals and the 2025 Final List of Critical Minerals.')).toBeTruthy();
  });

  it('lists other countries’ controls that name the mineral, with the cell as printed and our reading said', () => {
    renderPage({ mineralId: 'nickel' });
    const nickel = page('Nickel');
    const indonesia = listItems(nickel, 'Export controls').find((item) => item.startsWith('Indonesia'));
    expect(indonesia).toBe(
      'Indonesia, Export ban, 2020: Bauxite (2023), copper concentrates (2023), and nickel ore (2020). (names “nickel”) MCS2026_T4_Country_Export_Control.csv, line 4',
    );
    expect(within(nickel).getByText(/^Which other countries’ rows name Nickel is our reading of the wording of MCS2026_T4_Country_Export_Control\.csv/)).toBeTruthy();
    expect(within(nickel).getByText('No item of China’s export-control row names Nickel.')).toBeTruthy();
    expect(within(nickel).getByText('China not among the import shares printed')).toBeTruthy();
    expect(listItems(nickel, 'Leading world producer')[0]).toMatch(/^2025 \(MCS 2026\): Indonesia, 67% of world production/);
  });

  it('keeps a bound as printed, in the table and on the chart (lithium)', () => {
    renderPage({ mineralId: 'lithium' });
    const lithium = page('Lithium');
    expect(nirRow(lithium, 2022)).toContain('>25% (at least) in MCS 2023');
    expect(nirRow(lithium, 2025)).toContain('>50% (at least) in MCS 2026');
    const labels = [...within(lithium).getByRole('application').querySelectorAll('.mineral-nir-chart__marks text')].map((text) => text.textContent);
    expect(labels).toEqual(expect.arrayContaining(['>25', '>50']));
    expect(labels.some((label) => label?.includes('>25 → >50'))).toBe(true);
    const legend = within(within(lithium).getByRole('list', { name: 'Legend' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(legend).toContain('Ring (a caret at a bound): as first published in each edition; “>25 → >50”: first published → revised');
  });

  it('keeps E and NA as states: words in the table, named at the chart’s foot, never a zero (beryllium)', () => {
    renderPage({ mineralId: 'beryllium' });
    const beryllium = page('Beryllium');
    expect(nirRow(beryllium, 2023)).toContain('NA: not available in MCS 2024');
    expect(nirRow(beryllium, 2024)).toMatch(/E: net exporter in MCS 2025.*E: net exporter/);
    const marks = within(beryllium).getByRole('application').querySelector('.mineral-nir-chart__marks')!;
    const labels = [...marks.querySelectorAll('text')].map((text) => text.textContent);
    expect(labels).toEqual(['NA → E', 'E', 'E']);
    // No first-published value is drawn (NA, E, E), so the legend names no ring.
    const legend = within(within(beryllium).getByRole('list', { name: 'Legend' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(legend.some((item) => item?.startsWith('Ring'))).toBe(false);
    // Only the two exact revised values (2021: 11, 2022: 7) are points; E and NA are none.
    expect(marks.querySelectorAll('circle')).toHaveLength(2);
    expect(within(beryllium).getByText(/No line in the net import reliance figure/)).toBeTruthy();
  });

  it('says where Hong Kong is counted, and China’s share (rare earths)', () => {
    renderPage({ mineralId: 'rare-earths' });
    const rareEarths = page('Rare earths');
    expect(within(rareEarths).getByText('China: 71% of U.S. imports, 2021–24')).toBeTruthy();
    expect(within(rareEarths).getByText(/Imports from Hong Kong are included with China\./)).toBeTruthy();
  });

  it('says so where USGS prints no figure at all (iridium)', () => {
    renderPage({ mineralId: 'iridium' });
    const iridium = page('Iridium');
    expect(within(iridium).getByText('USGS prints no net import reliance figure for Iridium in any edition here, and no revised series.')).toBeTruthy();
    expect(within(iridium).queryByRole('application')).toBeNull();
    expect(within(iridium).getByText('USGS prints no percent shares of U.S. imports for this line.')).toBeTruthy();
  });
});

describe('MineralPage focus', () => {
  it('takes the focus for a selection made before its code had loaded (not the one the page opened with)', () => {
    const store = createDashboardStore({ dataset, view: { mineralId: 'gallium' } });
    render(
      <DashboardContext.Provider value={store}>
        <MineralPage openedWith={null} />
      </DashboardContext.Provider>,
    );
    expect(document.activeElement).toBe(within(page('Gallium')).getByRole('heading', { level: 2 }));
  });

  // jsdom has no scrollIntoView; one test lends it one and this puts things back as they were.
  const jsdomScrollIntoView = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView');
  afterEach(() => {
    if (jsdomScrollIntoView) Object.defineProperty(Element.prototype, 'scrollIntoView', jsdomScrollIntoView);
    else delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it('takes the focus on a selection after the first render and gives it back on Close', async () => {
    const user = userEvent.setup();
    renderPage({}, ['gallium']);
    const opener = screen.getByRole('button', { name: 'Open gallium' });
    await user.click(opener);
    expect(document.activeElement).toBe(within(page('Gallium')).getByRole('heading', { level: 2, name: 'Gallium' }));
    await user.click(screen.getByRole('button', { name: 'Close Gallium' }));
    expect(screen.queryByRole('region', { name: 'Gallium' })).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes on Escape from inside the page and gives the focus back', async () => {
    const user = userEvent.setup();
    const { store } = renderPage({}, ['gallium', 'nickel']);
    await user.click(screen.getByRole('button', { name: 'Open gallium' }));
    const nickelOpener = screen.getByRole('button', { name: 'Open nickel' });
    await user.click(nickelOpener);
    expect(document.activeElement).toBe(within(page('Nickel')).getByRole('heading', { level: 2 }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close Nickel' }));
    await user.keyboard('{Escape}');
    expect(store.getState().view.mineralId).toBeNull();
    expect(document.activeElement).toBe(nickelOpener);
  });

  it('scrolls into view when opened by a selection, not when the page opens with one', async () => {
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    const user = userEvent.setup();
    renderPage({ mineralId: 'nickel' }, ['gallium']);
    expect(scrollIntoView).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Open gallium' }));
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toBe(page('Gallium'));
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'nearest' });
  });

  it('gives the focus to the view’s heading when nothing had it before', async () => {
    const user = userEvent.setup();
    const { store } = renderPage();
    act(() => store.getState().selectMineral('lithium'));
    expect(document.activeElement).toBe(within(page('Lithium')).getByRole('heading', { level: 2 }));
    await user.click(screen.getByRole('button', { name: 'Close Lithium' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'The view’s figure' }));
  });
});
