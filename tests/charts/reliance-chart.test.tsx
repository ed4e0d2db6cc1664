import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent } from '@testing-library/react';
import { RelianceChart } from '../../src/charts/reliance-chart';
import { toRow } from '../../src/state/derive';
import { makeMineral } from '../factories';

const rows = [
  makeMineral({ id: 'gallium', nir: { 2024: '100' } }),
  makeMineral({ id: 'barite', nir: { 2024: '>75' } }),
  makeMineral({ id: 'tellurium', nir: { 2024: '<25' } }),
  makeMineral({ id: 'beryllium', nir: { 2024: 'E' } }),
  makeMineral({ id: 'lithium', nir: { 2024: 'W' } }),
  makeMineral({ id: 'iridium', nir: {} }),
].map((mineral) => toRow(mineral, 2024));

/** Where a row's group is moved to: each row is drawn from its own top. */
function rowTop(mark: Element): number {
  const match = /^translate\(0 ([\d.]+)\)$/.exec(mark.getAttribute('transform') ?? '');
  expect(match).not.toBeNull();
  return Number(match![1]);
}

function renderChart(onSelect = vi.fn(), width = 800) {
  const { container } = render(<RelianceChart rows={rows} width={width} title="Net import reliance" editionLabel="MCS 2025" onSelect={onSelect} />);
  return { container, onSelect };
}

describe('RelianceChart', () => {
  it('draws one mark per row, in the order given', () => {
    const { container } = renderChart();
    const marks = [...container.querySelectorAll('[data-mineral]')];
    expect(marks.map((mark) => mark.getAttribute('data-mineral'))).toEqual(['gallium', 'barite', 'tellurium', 'beryllium', 'lithium', 'iridium']);
    // Recharts' Bar is there for the tooltip only: it draws no rectangle of its own beside each row.
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(0);
  });

  it('labels every bar with the value as printed, and states as words rather than zero-length bars', () => {
    const { container } = renderChart();
    const labelOf = (id: string) =>
      [...container.querySelectorAll(`[data-mineral="${id}"] text:not(.row-name)`)].map((text) => text.textContent).join('');
    expect(labelOf('gallium')).toBe('100%');
    expect(labelOf('barite')).toBe('>75% (at least)');
    expect(labelOf('tellurium')).toBe('<25% (under)');
    expect(labelOf('beryllium')).toBe('E: net exporter');
    expect(labelOf('lithium')).toBe('W: withheld');
    expect(labelOf('iridium')).toBe('no USGS figure');
    expect(container.querySelector('[data-mineral="beryllium"] rect:not(.reliance-bar__target)')).toBeNull();
  });

  it('draws a bound to its bound with an "at least" arrow, and an "under" bound dashed', () => {
    const { container } = renderChart();
    const full = Number(container.querySelector('[data-mineral="gallium"] rect:not(.reliance-bar__target)')?.getAttribute('width'));
    const barite = container.querySelector('[data-mineral="barite"]');
    expect(Number(barite?.querySelector('rect:not(.reliance-bar__target)')?.getAttribute('width'))).toBeCloseTo(full * 0.75, 5);
    expect(barite?.querySelector('polygon')).not.toBeNull();
    expect(container.querySelector('[data-mineral="tellurium"] rect:not(.reliance-bar__target)')?.getAttribute('stroke-dasharray')).toBe('4 3');
  });

  it('labels the value axis 0% to 100% under its ticks, without measuring text in a hidden span first', () => {
    const { container } = renderChart();
    const labels = [...container.querySelectorAll('.recharts-xAxis-tick-labels text')];
    expect(labels.map((label) => label.textContent)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    const xs = labels.map((label) => Number(label.getAttribute('x')));
    expect(xs.every((x, index) => index === 0 || x > xs[index - 1]!)).toBe(true);
    // Recharts' Text measures a label in a span appended to the page: a forced layout in the middle of the first render.
    expect(document.getElementById('recharts_measurement_span')).toBeNull();
  });

  it('cuts a long name to fit and gives it whole in a <title>; a name that fits is written once, with no <title>', () => {
    const long = 'Platinum-group metals, as USGS counts them in one line';
    const named = [...rows, toRow(makeMineral({ id: 'pgm', name: long, nir: { 2024: '85' } }), 2024)];
    const { container } = render(<RelianceChart rows={named} width={800} title="Net import reliance" editionLabel="MCS 2025" />);
    // Each name is drawn with its row, left of the plot.
    const ticks = named.map((row) => container.querySelector(`[data-mineral="${row.id}"] .row-name`)!);
    expect(ticks.every((tick) => tick !== null && tick.getAttribute('text-anchor') === 'end')).toBe(true);
    const gallium = ticks.find((tick) => tick.textContent === 'Gallium');
    expect(gallium?.querySelector('title')).toBeNull();
    const cut = ticks.find((tick) => tick.querySelector('title'));
    expect(cut?.querySelector('title')?.textContent).toBe(long);
    const shown = cut?.lastChild?.textContent ?? '';
    expect(shown.endsWith('…')).toBe(true);
    expect(long.startsWith(shown.slice(0, -1))).toBe(true);
    expect(ticks.filter((tick) => tick.querySelector('title'))).toHaveLength(1);
  });

  it('keeps each name on its own row when a filter takes rows away above it, and a click on a name selects it', () => {
    const onSelect = vi.fn();
    const chart = (shown: typeof rows) => <RelianceChart rows={shown} width={800} title="Net import reliance" editionLabel="MCS 2025" onSelect={onSelect} />;
    const { container, rerender } = render(chart(rows));
    rerender(chart(rows.slice(2)));
    // Top to bottom, the names read in the rows' order, each on the line of its own row's printed value.
    const top = (name: Element) => rowTop(name.closest('[data-mineral]')!) + Number(name.getAttribute('y'));
    const names = [...container.querySelectorAll('.row-name')].sort((a, b) => top(a) - top(b));
    expect(names.map((name) => name.textContent)).toEqual(rows.slice(2).map((row) => row.name));
    expect(new Set(names.map(top)).size).toBe(names.length);
    for (const row of rows.slice(2)) {
      const mark = container.querySelector(`[data-mineral="${row.id}"]`)!;
      const name = mark.querySelector('.row-name')!;
      const value = [...mark.querySelectorAll('text:not(.row-name)')].at(-1)!;
      expect(Number(name.getAttribute('y'))).toBe(Number(value.getAttribute('y')));
      expect(Number(name.getAttribute('x'))).toBeLessThan(Number(mark.querySelector('.reliance-bar__target')!.getAttribute('x')));
    }
    fireEvent.click(container.querySelector('[data-mineral="lithium"] .row-name')!);
    expect(onSelect).toHaveBeenCalledWith('lithium');
  });

  it('gives two minerals of one name a row each (a user\'s own file may have them), in the order given', () => {
    const twins = ['gallium', 'germanium', 'indium'].map((id) => toRow(makeMineral({ id, name: id === 'indium' ? 'Indium' : 'Same name', nir: { 2024: '90' } }), 2024));
    const { container } = render(<RelianceChart rows={twins} width={800} title="Net import reliance" editionLabel="MCS 2025" />);
    const marks = [...container.querySelectorAll('[data-mineral]')];
    expect(marks.map((mark) => mark.getAttribute('data-mineral'))).toEqual(['gallium', 'germanium', 'indium']);
    const tops = marks.map(rowTop);
    expect(tops[1]).toBeGreaterThan(tops[0]!);
    expect(tops[2]).toBeGreaterThan(tops[1]!);
  });

  it("draws the plot's left edge where the names end on a wide screen, and none on a phone, where names sit above", () => {
    const edge = renderChart().container.querySelector('.plot-edge');
    expect(Number(edge?.getAttribute('x1'))).toBe(Number(renderChart().container.querySelector('.reliance-bar__target')?.getAttribute('x')));
    expect(renderChart(vi.fn(), 375).container.querySelector('.plot-edge')).toBeNull();
  });

  it('names the chart for assistive technology', () => {
    const { container } = renderChart();
    expect(container.querySelector('svg title')?.textContent).toBe('Net import reliance');
  });

  it('reports the mineral clicked', () => {
    const { container, onSelect } = renderChart();
    fireEvent.click(container.querySelector('[data-mineral="barite"] rect:not(.reliance-bar__target)')!);
    expect(onSelect).toHaveBeenCalledWith('barite');
  });

  it('selects from anywhere on the row, not only the painted bar: an E or NA row, or the name above a bar on a phone', () => {
    // 375 px: the phone layout, each name on its own line above its bar, inside the row's target.
    const { container, onSelect } = renderChart(vi.fn(), 375);
    const name = container.querySelector('[data-mineral="gallium"] text');
    const galliumTarget = container.querySelector('[data-mineral="gallium"] .reliance-bar__target');
    const top = Number(galliumTarget?.getAttribute('y'));
    expect(Number(name?.getAttribute('y'))).toBeGreaterThan(top);
    expect(Number(name?.getAttribute('y'))).toBeLessThan(top + Number(galliumTarget?.getAttribute('height')));
    const target = container.querySelector('[data-mineral="beryllium"] .reliance-bar__target');
    expect(target?.getAttribute('fill')).toBe('transparent');
    expect(Number(target?.getAttribute('height'))).toBeGreaterThan(Number(container.querySelector('[data-mineral="gallium"] rect:not(.reliance-bar__target)')?.getAttribute('height')));
    fireEvent.click(target!);
    expect(onSelect).toHaveBeenCalledWith('beryllium');
  });
});
