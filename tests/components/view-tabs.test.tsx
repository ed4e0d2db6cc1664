import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Dashboard } from '../../src/app/dashboard';
import { VIEW_IDS, VIEW_NAMES } from '../../src/state/view';
import { makeDataset, makeMineral, makeRareEarths } from '../factories';

const source = (line: number) => ({ file: 'MCS2026_Fig3_Major_Import_Sources.csv', edition: 'MCS2026', line });
const shares = (china: string, other: string) => ({
  period: '2021–24',
  source: source(2),
  shares: [
    { country: 'China', percentPrinted: china, percent: Number(china), source: source(2) },
    { country: 'Other', percentPrinted: other, percent: Number(other), source: source(3) },
  ],
});
const control = { controlType: 'Export licensing requirement', year: '2023', printed: 'gallium (2023)', source: { file: 'MCS2026_T4_Country_Export_Control.csv', edition: 'MCS2026', line: 5 } };

const dataset = makeDataset([
  makeMineral({ id: 'gallium', nir: { 2023: '100', 2024: '100', 2025: '100' }, importShares: shares('18', '82'), chinaExportControls: [control] }),
  makeMineral({ id: 'antimony', nir: { 2023: '82', 2024: '85', 2025: '91' }, importShares: shares('55', '45') }),
  makeMineral({ id: 'nickel', nir: { 2023: '57', 2024: '48', 2025: '41' }, figures: [] }),
  makeRareEarths(),
]);

const tabs = () => screen.getByRole('tablist', { name: 'Views' });
const count = async (title: string) => within(await screen.findByRole('figure', { name: title })).getByTestId('shown-count').textContent;

describe('the Views tablist', () => {
  it('has a tab for every view, one selected, and opens each view\'s figure by its name', async () => {
    const user = userEvent.setup();
    render(<Dashboard dataset={dataset} />);
    expect(within(tabs()).getAllByRole('tab').map((tab) => tab.textContent)).toEqual(VIEW_IDS.map((id) => VIEW_NAMES[id].tab));
    expect(within(tabs()).getByRole('tab', { name: 'Reliance' }).getAttribute('aria-selected')).toBe('true');
    for (const id of VIEW_IDS) {
      await user.click(within(tabs()).getByRole('tab', { name: VIEW_NAMES[id].tab }));
      expect(await screen.findByRole('figure', { name: VIEW_NAMES[id].title })).toBeTruthy();
      expect(within(tabs()).getByRole('tab', { name: VIEW_NAMES[id].tab }).getAttribute('aria-selected')).toBe('true');
    }
  });

  it('keeps the filters when the view changes', async () => {
    const user = userEvent.setup();
    render(<Dashboard dataset={dataset} opened={{ view: { levels: ['100'] }, notices: [] }} />);
    expect(await count('Net import reliance')).toBe('1 mineral of 3 shown');
    await user.click(within(tabs()).getByRole('tab', { name: 'Import sources' }));
    expect(await count('Import sources')).toBe('1 mineral of 3 shown');
    expect(screen.getByRole('checkbox', { name: /^100%/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: /^75–99%/ })).toHaveProperty('checked', false);
  });

  it('applies the China filters to every view, with live counts beside them', async () => {
    const user = userEvent.setup();
    render(<Dashboard dataset={dataset} />);
    const china = screen.getByRole('group', { name: 'China' });
    // China is listed in the edition's import sources (the factory lists China, Canada) for both minerals with a figure; nickel has none, and the rare-earths line is out of scope while the lanthanides are shown one by one.
    expect(within(china).getByRole('checkbox', { name: 'China among top import sources (2)' })).toBeTruthy();
    await user.click(within(china).getByRole('checkbox', { name: 'Under a Chinese export control (1)' }));
    for (const id of VIEW_IDS) {
      await user.click(within(tabs()).getByRole('tab', { name: VIEW_NAMES[id].tab }));
      const text = await count(VIEW_NAMES[id].title);
      // The timeline counts the minerals in view its events name; this dataset has no events.
      expect(text, VIEW_NAMES[id].title).toBe(id === 'timeline' ? '0 minerals of 3 shown' : '1 mineral of 3 shown');
    }
    await user.click(within(china).getByRole('checkbox', { name: 'Under a Chinese export control (1)' }));
    await user.click(within(tabs()).getByRole('tab', { name: 'Import sources' }));
    expect(await count('Import sources')).toBe('3 minerals of 3 shown');
  });
});
