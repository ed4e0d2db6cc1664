import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DashboardContext } from '../../../src/components/dashboard-context';
import { ViewFigure } from '../../../src/components/view-figure';
import { chinaExposureView } from '../../../src/components/views/china-exposure';
import type { AnyViewModule } from '../../../src/components/views/contract';
import type { Dataset } from '../../../src/data/schema';
import { createDashboardStore } from '../../../src/state/store';
import { DEFAULT_VIEW, type View } from '../../../src/state/view';
import { loadCommittedDataset } from '../../committed-dataset';

const dataset = loadCommittedDataset();
const start: Partial<View> = { ...DEFAULT_VIEW, activeView: 'china-exposure' };

function renderView(view: Partial<View> = start, data: Dataset = dataset) {
  const store = createDashboardStore({ dataset: data, view });
  render(
    <DashboardContext.Provider value={store}>
      <ViewFigure module={chinaExposureView as AnyViewModule} />
    </DashboardContext.Provider>,
  );
  return store;
}

const figure = () => screen.getByRole('figure', { name: 'China exposure' });
const mark = (name: RegExp) => within(figure()).getByRole('button', { name });

describe('China exposure view', () => {
  it('shows every mineral in view, with a chart that says what x and y are and how many points', () => {
    renderView();
    // The frame words the count ("50 minerals of 50 shown"); this view counts every mineral in view, drawn or listed.
    expect(within(figure()).getByTestId('shown-count').textContent).toMatch(/^50 minerals\b.*shown$/);
    const chart = within(figure()).getByRole('application', { name: /against net import reliance \(data year 2024\): 14 points for 27 minerals$/ });
    expect(chart.querySelector('desc')?.textContent).toContain(
      "x: Net import reliance, % of apparent consumption (data year 2024), MCS 2025. y: China's share of U.S. imports, % (2021–24).",
    );
    expect(within(figure()).getAllByRole('button', { name: /;/ })).toHaveLength(14);
  });

  it('marks and names the minerals under a Chinese export control, and groups the 14 lanthanides in one mark', () => {
    renderView();
    const gallium = mark(/^Gallium; net import reliance 100%; China 18% of U.S. imports, 2021–24; Chinese export licensing: gallium \(2023\)$/);
    expect(gallium.getAttribute('data-controlled')).toBe('true');
    expect(mark(/^Barite;/).getAttribute('data-controlled')).toBe('false');
    expect(mark(/^Rare earths \(14 lanthanides\): Cerium, Dysprosium/).getAttribute('data-controlled')).toBe('true');
    const labels = [...figure().querySelectorAll('.china-exposure__labels text')].map((label) => label.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Gallium', 'Antimony', 'Bismuth', 'Tungsten', 'Rare earths (14 lanthanides)']));
    expect(within(screen.getByRole('list', { name: 'Legend' })).getByText(/^Under a Chinese export-licensing rule \(MCS 2026/)).toBeTruthy();
  });

  it('selects a mineral when its mark is clicked, or focused and Enter pressed', async () => {
    const user = userEvent.setup();
    const store = renderView();
    expect(mark(/^Bismuth;/).getAttribute('aria-pressed')).toBe('false');
    await user.click(mark(/^Bismuth;/));
    expect(store.getState().view.mineralId).toBe('bismuth');
    expect(mark(/^Bismuth;/).getAttribute('aria-pressed')).toBe('true');
    mark(/^Antimony;/).focus();
    fireEvent.keyDown(mark(/^Antimony;/), { key: 'Enter' });
    expect(mark(/^Antimony;/).getAttribute('aria-pressed')).toBe('true');
    expect(mark(/^Bismuth;/).getAttribute('aria-pressed')).toBe('false');
  });

  it('lists the minerals it cannot place, by reason, instead of dropping them', () => {
    renderView();
    const missing = within(figure()).getByRole('region', { name: 'Minerals not drawn' });
    expect(within(missing).getByRole('heading', { name: 'Not drawn: 23 minerals in view without both figures' })).toBeTruthy();
    const group = (name: RegExp) => within(missing).getByRole('heading', { name }).nextElementSibling as HTMLElement;
    const noShares = within(group(/^No import shares printed for the line \(6\)$/)).getAllByRole('listitem').map((item) => item.textContent);
    expect(noShares).toContain('Cesium: net import reliance 100%; no import shares printed');
    expect(noShares).toContain('Iridium: USGS prints no net import reliance figure; no import shares printed');
    const notListed = within(group(/^Import shares printed, China not among them \(17\)$/)).getAllByRole('listitem').map((item) => item.textContent);
    expect(notListed).toContain('Manganese: net import reliance 100%; China not among the import shares printed (2021–24)');
    expect(notListed).toContain(
      'Magnesium (metal): net import reliance printed as >75%: at least 75%, the exact figure withheld; China not among the import shares printed (2021–24); Chinese export licensing: magnesium materials (2024)',
    );
    expect(notListed.find((item) => item?.startsWith('Beryllium'))).toBe('Beryllium: net exporter (printed E); China not among the import shares printed (2021–24)');
  });

  it('says where USGS counts Hong Kong with China', () => {
    renderView();
    expect(within(figure()).getByText(/^Imports from Hong Kong are included with China \(USGS note\) for: Arsenic, .*Bismuth, Rare earths \(14 lanthanides\)/)).toBeTruthy();
  });

  it('fits a phone: a square plot within 343 px, short names, and the whole list under it', () => {
    const store = createDashboardStore({ dataset, view: start });
    const derived = chinaExposureView.derive(dataset, store.getState().view);
    const { Body } = chinaExposureView;
    render(
      <DashboardContext.Provider value={store}>
        <Body derived={derived} width={343} />
      </DashboardContext.Provider>,
    );
    const svg = document.querySelector('.china-exposure__chart svg')!;
    expect(Number(svg.getAttribute('width'))).toBeLessThanOrEqual(343);
    const xs = [...svg.querySelectorAll('[data-mark] circle, .china-exposure__labels text')].map((node) => Number(node.getAttribute('cx') ?? node.getAttribute('x')));
    expect(Math.max(...xs)).toBeLessThanOrEqual(343);
    expect([...svg.querySelectorAll('.china-exposure__labels text')].map((label) => label.textContent)).toContain('Rare earths (14)');
    expect(within(screen.getByRole('region', { name: 'Minerals not drawn' })).getAllByRole('listitem')).toHaveLength(23);
  });

  it('says so when no mineral in view has both figures, and still lists them', () => {
    renderView({ ...start, levels: ['na'] });
    expect(within(figure()).getByText(/No mineral in view has both a net import reliance figure and a China share/)).toBeTruthy();
    expect(within(within(figure()).getByRole('region', { name: 'Minerals not drawn' })).getAllByRole('listitem').length).toBeGreaterThan(0);
  });
});
