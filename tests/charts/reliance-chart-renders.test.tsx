import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { toRow } from '../../src/state/derive';
import { makeMineral } from '../factories';

// Counts how often a bar's mark is worked out: once per bar drawn.
const marks = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/charts/reliance-marks', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/charts/reliance-marks')>();
  return {
    ...actual,
    relianceMark: (...args: Parameters<typeof actual.relianceMark>) => {
      marks.calls += 1;
      return actual.relianceMark(...args);
    },
  };
});

const { RelianceChart } = await import('../../src/charts/reliance-chart');

const rows = Array.from({ length: 12 }, (_, index) => toRow(makeMineral({ id: `mineral-${index}`, nir: { 2024: String(100 - index) } }), 2024));

describe('RelianceChart on a filter change', () => {
  it('draws each remaining bar once, not once more with the rows it held before', () => {
    const chart = (shown: typeof rows) => <RelianceChart rows={shown} width={800} title="Net import reliance" editionLabel="MCS 2025" />;
    const { container, rerender } = render(chart(rows));
    expect(container.querySelectorAll('[data-mineral]')).toHaveLength(12);
    marks.calls = 0;
    rerender(chart(rows.slice(0, 8)));
    expect(container.querySelectorAll('[data-mineral]')).toHaveLength(8);
    expect(marks.calls).toBe(8);
  });
});
