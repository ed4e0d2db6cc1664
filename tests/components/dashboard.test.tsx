import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Dashboard } from '../../src/app/dashboard';
import { makeChinaClaim, makeClaim, makeDataset, makeMineral, makeRareEarths } from '../factories';

const dataset = makeDataset(
  [
    makeMineral({ id: 'gallium', nir: { 2023: '100', 2024: '100', 2025: '100' } }),
    makeMineral({ id: 'indium', nir: { 2023: '100', 2024: '100', 2025: '100' } }),
    makeMineral({ id: 'titanium', nir: { 2023: '>95', 2024: '>95', 2025: '100' } }),
    makeMineral({ id: 'lithium', nir: { 2023: '>25', 2024: '>50', 2025: '>50' } }),
    makeMineral({ id: 'beryllium', nir: { 2023: 'NA', 2024: 'E', 2025: 'E' } }),
    makeMineral({ id: 'copper', criticalLists: ['2025'], nir: { 2024: '45' } }),
    makeMineral({ id: 'rare-earths', group: 'rare-earths', nir: { 2024: '80' } }),
    makeMineral({ id: 'cerium', group: 'lanthanide', nir: { 2024: '80' } }),
    makeMineral({ id: 'terbium', group: 'lanthanide', nir: { 2024: '80' } }),
  ],
  [
    makeClaim({ value: 2, figure: '2' }),
    makeClaim({ id: 'majority', measure: 'count-further-50', figure: '5', value: 5 }),
  ],
);

const chart = () => screen.getByRole('figure', { name: 'Net import reliance' });
const barIds = () => [...chart().querySelectorAll('[data-mineral]')].map((bar) => bar.getAttribute('data-mineral'));
const level = (name: RegExp) => within(screen.getByRole('group', { name: 'Reliance level' })).getByRole('checkbox', { name });

describe('Dashboard', () => {
  it('shows the 2022 list for data year 2024 with every level, and counts each level', () => {
    render(<Dashboard dataset={dataset} />);
    expect(barIds()).toEqual(['gallium', 'indium', 'titanium', 'cerium', 'terbium', 'lithium', 'beryllium']);
    expect(within(chart()).getByText('7 minerals of 7 shown')).toBeTruthy();
    expect(level(/^100% \(2\)$/)).toBeTruthy();
    expect(level(/^75–99% \(3\)$/)).toBeTruthy();
    expect(level(/^Net exporter \(1\)$/)).toBeTruthy();
  });

  it('changes the bars and the count when a reliance level is unticked or ticked', async () => {
    const user = userEvent.setup();
    render(<Dashboard dataset={dataset} />);
    await user.click(level(/^100%/));
    expect(barIds()).toEqual(['titanium', 'cerium', 'terbium', 'lithium', 'beryllium']);
    expect(within(chart()).getByText('5 minerals of 7 shown')).toBeTruthy();
    await user.click(level(/^75–99%/));
    await user.click(level(/^50–74%/));
    await user.click(level(/^Net exporter/));
    expect(barIds()).toEqual([]);
    expect(within(chart()).getByText(/No minerals match these filters/)).toBeTruthy();
    await user.click(level(/^100%/));
    expect(barIds()).toEqual(['gallium', 'indium']);
  });

  it('recounts the levels for another data year and scope', async () => {
    const user = userEvent.setup();
    render(<Dashboard dataset={dataset} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Data year' }), '2025');
    expect(level(/^100% \(3\)$/)).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scope' }), 'critical-2025');
    expect(barIds()).toContain('copper');
    expect(barIds()).not.toContain('rare-earths');
  });

  it('groups the lanthanides into one rare-earths bar with the switch', async () => {
    const user = userEvent.setup();
    render(<Dashboard dataset={dataset} />);
    const toggle = screen.getByRole('switch', { name: /Show lanthanides individually/ });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(barIds()).toContain('rare-earths');
    expect(barIds()).not.toContain('cerium');
  });

  it('checks each claim and applies its filter when asked', async () => {
    const user = userEvent.setup();
    render(<Dashboard dataset={dataset} />);
    const claims = within(screen.getByRole('region', { name: 'Article claims' })).getAllByRole('article');
    expect(claims).toHaveLength(2);
    expect(within(claims[0]!).getByTestId('claim-data-figure').textContent).toBe('2');
    expect(within(claims[0]!).getByText('Matches')).toBeTruthy();
    expect(within(claims[1]!).getByTestId('claim-data-figure').textContent).toBe('4');
    expect(within(claims[1]!).getByText('Differs')).toBeTruthy();
    await user.click(within(claims[1]!).getByRole('button', { name: 'Show the 4 minerals' }));
    expect(barIds()).toEqual(['titanium', 'cerium', 'terbium', 'lithium']);
    expect(level(/^100%/)).toHaveProperty('checked', false);
  });

  it('opens a mineral’s page from the finder or the chart, and the page takes focus', async () => {
    const user = userEvent.setup();
    render(<Dashboard dataset={dataset} />);
    await user.type(screen.getByRole('combobox', { name: 'Find a mineral' }), 'berylli');
    await user.keyboard('{ArrowDown}{Enter}');
    const details = await screen.findByRole('region', { name: 'Beryllium' });
    expect(details.textContent).toContain('NA: not available');
    expect(details.textContent).toContain('E: net exporter');
    await user.click(chart().querySelector('[data-mineral="titanium"] rect')!);
    const titanium = await screen.findByRole('region', { name: 'Titanium' });
    expect(document.activeElement).toBe(within(titanium).getByRole('heading', { level: 2 }));
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    const table = await screen.findByRole('table', { name: 'Minerals' });
    await user.click(within(table).getByRole('button', { name: 'Lithium' }));
    const lithium = await screen.findByRole('region', { name: 'Lithium' });
    expect(document.activeElement).toBe(within(lithium).getByRole('heading', { level: 2 }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Lithium' })).toBeNull();
    expect(document.activeElement).toBe(within(table).getByRole('button', { name: 'Lithium' }));
  });
});

describe('Dashboard, details and the rare-earth claim', () => {
  const production = (leadingSharePrinted: string, leadingShare: number | null) => ({
    edition: 'MCS2025' as const,
    dataYear: 2024 as const,
    leadingCountry: 'China',
    leadingCountryProductionPrinted: '1000',
    leadingSharePrinted,
    leadingShare,
    worldTotalPrinted: 'W',
    note: '',
    source: { file: 'MCS2025_T5_Critical_Minerals_Salient.csv', edition: 'MCS2025' as const, line: 12 },
  });
  const rareEarths = makeRareEarths({ worldProduction: [production('69', 69)] });
  const germanium = makeMineral({ id: 'germanium', nir: { 2024: '>50' }, worldProduction: [production('NA', null)] });
  const boron = makeMineral({ id: 'boron', nir: { 2024: 'E' }, worldProduction: [production('W', null)] });
  const chinaClaim = makeChinaClaim();
  const withDetails = makeDataset([rareEarths, makeMineral({ id: 'cerium', group: 'lanthanide' }), germanium, boron], [chinaClaim]);

  it('prints a withheld or unavailable world share in words, never as "NA%"', async () => {
    const user = userEvent.setup();
    render(<Dashboard dataset={withDetails} opened={{ view: { mineralId: 'germanium' }, notices: [] }} />);
    const germaniumPage = await screen.findByRole('region', { name: 'Germanium' });
    expect(germaniumPage.textContent).toContain('China, share not available (NA)');
    expect(germaniumPage.textContent).not.toContain('NA%');
    const finder = screen.getByRole('combobox', { name: 'Find a mineral' });
    await user.clear(finder);
    await user.type(finder, 'boron{ArrowDown}{Enter}');
    expect((await screen.findByRole('region', { name: 'Boron' })).textContent).toContain('China, share withheld (W)');
    await user.clear(finder);
    await user.type(finder, 'REE{ArrowDown}{Enter}');
    expect((await screen.findByRole('region', { name: 'Rare earths' })).textContent).toContain('China, 69% of world production');
  });

  it('opens the rare-earth import shares from the claim card, leaving the lanthanide switch as it was', async () => {
    const user = userEvent.setup();
    render(<Dashboard dataset={withDetails} />);
    const card = within(screen.getByRole('region', { name: 'Article claims' })).getByRole('article');
    expect(within(card).getByTestId('claim-data-figure').textContent).toBe('70%');
    await user.click(within(card).getByRole('button', { name: 'Show rare-earth import shares' }));
    const page = await screen.findByRole('region', { name: 'Rare earths' });
    expect(page.textContent).toContain('China: 71%');
    expect(screen.getByRole('switch', { name: /Show lanthanides individually/ }).getAttribute('aria-checked')).toBe('true');
    // The card lands on the shares themselves, not the top of the page.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Import shares'));
  });
});
