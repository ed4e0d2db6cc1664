import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DashboardContext } from '../../src/components/dashboard-context';
import { MineralFinder } from '../../src/components/mineral-finder';
import type { Dataset } from '../../src/data/schema';
import { MAX_FINDER_OPTIONS, buildFinderIndex } from '../../src/state/find';
import { createDashboardStore } from '../../src/state/store';
import type { View } from '../../src/state/view';
import { loadCommittedDataset } from '../committed-dataset';
import { makeDataset, makeFigure, makeMineral, makeRareEarths } from '../factories';

// The real index, counted: the finder should build it only once a person comes to the field.
vi.mock('../../src/state/find', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/state/find')>();
  return { ...actual, buildFinderIndex: vi.fn(actual.buildFinderIndex) };
});

const dataset = makeDataset([
  makeMineral({ id: 'gallium', usgsLine: 'GALLIUM', figures: [makeFigure({ usgsName: 'GALLIUM, metal' })] }),
  makeMineral({ id: 'germanium' }),
  makeMineral({ id: 'niobium', usgsLine: 'NIOBIUM (COLUMBIUM)' }),
  makeMineral({ id: 'nickel' }),
  makeMineral({ id: 'neodymium', group: 'lanthanide' }),
  makeRareEarths({ name: 'Rare earths' }),
]);

function renderFinder(data: Dataset = dataset, view: Partial<View> = {}) {
  const store = createDashboardStore({ dataset: data, view });
  render(
    <DashboardContext.Provider value={store}>
      <MineralFinder />
      <button type="button">Elsewhere</button>
    </DashboardContext.Provider>,
  );
  return store;
}

const combobox = () => screen.getByRole('combobox', { name: 'Find a mineral' }) as HTMLInputElement;
const optionNames = () => screen.queryAllByRole('option').map((option) => option.textContent);
const status = () => screen.getByRole('status').textContent;

describe('MineralFinder', () => {
  it('is a combobox named "Find a mineral" wired to its listbox, closed at first', () => {
    renderFinder();
    const input = combobox();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    const listboxId = input.getAttribute('aria-controls');
    expect(listboxId && document.getElementById(listboxId)?.getAttribute('role')).toBe('listbox');
    expect(input.value).toBe('');
    expect(status()).toBe('');
  });

  it('indexes the minerals only when the field is first focused, and then finds at once, keyboard alone', async () => {
    const user = userEvent.setup();
    const built = vi.mocked(buildFinderIndex);
    built.mockClear();
    renderFinder(dataset, { mineralId: 'gallium' });
    // A mineral chosen elsewhere is named in the field without the index.
    expect(combobox().value).toBe('Gallium');
    expect(built).not.toHaveBeenCalled();
    await user.tab();
    expect(document.activeElement).toBe(combobox());
    expect(built).toHaveBeenCalledTimes(1);
    await user.clear(combobox());
    await user.keyboard('{ArrowDown}');
    expect(combobox().getAttribute('aria-expanded')).toBe('true');
    expect(optionNames()[0]).toBe('Gallium');
    expect(built).toHaveBeenCalledTimes(1);
  });

  it('filters as the user types, says how many match, and shows why a match is not by name', async () => {
    const user = userEvent.setup();
    renderFinder();
    await user.type(combobox(), 'ni');
    expect(combobox().getAttribute('aria-expanded')).toBe('true');
    // Ni is nickel's symbol (an exact match, so first and said), then niobium by name, germanium within its name.
    expect(optionNames()).toEqual(['Nickel Ni', 'Niobium', 'Germanium']);
    expect(status()).toBe('3 minerals match');
    await user.clear(combobox());
    await user.type(combobox(), 'columbium');
    expect(optionNames()).toEqual(['Niobium Nb · columbium']);
    expect(status()).toBe('1 mineral matches');
    await user.clear(combobox());
    await user.type(combobox(), 'gallium, metal');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Gallium USGS line: GALLIUM, metal']);
  });

  it('says when nothing matches and what to try', async () => {
    const user = userEvent.setup();
    renderFinder();
    await user.type(combobox(), 'xyz');
    const message = 'No mineral matches “xyz”: try a name, a symbol such as Ga, or a USGS line name.';
    expect(status()).toBe(message);
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('moves the active option with Down and Up, wrapping, and Enter selects it in the store', async () => {
    const user = userEvent.setup();
    const store = renderFinder();
    await user.type(combobox(), 'g');
    // "g": gallium, germanium by name prefix (Ga and Ge are two letters, so no symbol matches).
    expect(optionNames()).toEqual(['Gallium', 'Germanium']);
    expect(combobox().hasAttribute('aria-activedescendant')).toBe(false);
    await user.keyboard('{ArrowDown}');
    const active = () => document.getElementById(combobox().getAttribute('aria-activedescendant') ?? '');
    expect(active()?.textContent).toBe('Gallium');
    expect(active()?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(active()?.textContent).toBe('Germanium');
    expect(screen.getByRole('option', { name: 'Gallium' }).getAttribute('aria-selected')).toBe('false');
    await user.keyboard('{ArrowDown}');
    expect(active()?.textContent).toBe('Gallium');
    await user.keyboard('{ArrowUp}');
    expect(active()?.textContent).toBe('Germanium');
    await user.keyboard('{Enter}');
    expect(store.getState().view.mineralId).toBe('germanium');
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
    expect(combobox().value).toBe('Germanium');
    expect(status()).toBe('Germanium selected.');
  });

  it('opens the list with Down from the input, the first option active', async () => {
    const user = userEvent.setup();
    renderFinder();
    await user.click(combobox());
    await user.keyboard('{ArrowDown}');
    expect(combobox().getAttribute('aria-expanded')).toBe('true');
    expect(optionNames()).toHaveLength(dataset.minerals.minerals.length);
    expect(screen.getAllByRole('option')[0]?.getAttribute('aria-selected')).toBe('true');
    expect(status()).toBe('6 minerals to choose from: type a name, a symbol such as Ga, or a USGS line name.');
  });

  it('chooses the best match on Enter when no option is active', async () => {
    const user = userEvent.setup();
    const store = renderFinder();
    await user.type(combobox(), 'REE{Enter}');
    expect(store.getState().view.mineralId).toBe('rare-earths');
    expect(combobox().value).toBe('Rare earths');
  });

  it('closes the list on Escape, and clears the input on a second Escape', async () => {
    const user = userEvent.setup();
    const store = renderFinder();
    await user.type(combobox(), 'nick');
    expect(combobox().getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{Escape}');
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
    expect(combobox().value).toBe('nick');
    await user.keyboard('{Escape}');
    expect(combobox().value).toBe('');
    expect(store.getState().view.mineralId).toBeNull();
  });

  it('selects an option clicked, keeping focus in the input', async () => {
    const user = userEvent.setup();
    const store = renderFinder();
    await user.type(combobox(), 'n');
    await user.click(screen.getByRole('option', { name: 'Neodymium' }));
    expect(store.getState().view.mineralId).toBe('neodymium');
    expect(combobox().value).toBe('Neodymium');
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(combobox());
  });

  it('closes without choosing on Tab and on a click outside', async () => {
    const user = userEvent.setup();
    const store = renderFinder();
    await user.type(combobox(), 'ga{ArrowDown}');
    await user.tab();
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Elsewhere' }));
    await user.click(combobox());
    await user.keyboard('{ArrowDown}');
    expect(combobox().getAttribute('aria-expanded')).toBe('true');
    await user.click(document.body);
    expect(combobox().getAttribute('aria-expanded')).toBe('false');
    expect(store.getState().view.mineralId).toBeNull();
  });

  it('shows the mineral selected elsewhere, and the one a link opened with', () => {
    const store = renderFinder(dataset, { mineralId: 'niobium' });
    expect(combobox().value).toBe('Niobium');
    act(() => store.getState().selectMineral('nickel'));
    expect(combobox().value).toBe('Nickel');
    act(() => store.getState().selectMineral(null));
    expect(combobox().value).toBe('');
  });

  it('renders at most the capped number of options for a thousand minerals, and says how many more', async () => {
    const user = userEvent.setup();
    const many = makeDataset(Array.from({ length: 1000 }, (_, n) => makeMineral({ id: `mineral-${String(n).padStart(4, '0')}` })));
    renderFinder(many);
    await user.type(combobox(), 'mineral');
    expect(screen.getAllByRole('option')).toHaveLength(MAX_FINDER_OPTIONS);
    expect(screen.getByText(/more: keep typing$/).textContent).toBe(`and ${1000 - MAX_FINDER_OPTIONS} more: keep typing`);
    expect(status()).toBe(`1,000 minerals match; the best ${MAX_FINDER_OPTIONS} are listed: keep typing.`);
    await user.type(combobox(), '-0999');
    expect(optionNames()).toEqual(['Mineral-0999']);
    expect(screen.queryByText(/more: keep typing/)).toBeNull();
  });

  it('finds minerals of the committed data by symbol and old name, rare earths out of the charts’ scope included', async () => {
    const user = userEvent.setup();
    const store = renderFinder(loadCommittedDataset(), { showLanthanides: true });
    await user.type(combobox(), 'Sb');
    expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]?.textContent).toBe('Antimony Sb');
    await user.clear(combobox());
    await user.type(combobox(), 'lanthanides{ArrowDown}{Enter}');
    expect(store.getState().view.mineralId).toBe('rare-earths');
  });
});
