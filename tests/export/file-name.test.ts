import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/export/file-name';
import { DEFAULT_VIEW } from '../../src/state/view';

describe('exportFileName', () => {
  it('names the file from the view', () => {
    expect(exportFileName('us-net-import-reliance-2024', { ...DEFAULT_VIEW, levels: ['100'] }, 'png')).toBe('us-net-import-reliance-2024-critical-2022-100pct.png');
    expect(exportFileName('us-net-import-reliance-2024', DEFAULT_VIEW, 'csv')).toBe('us-net-import-reliance-2024-critical-2022-all-levels.csv');
    expect(exportFileName('us-net-import-reliance-2023', { ...DEFAULT_VIEW, dataYear: 2023, scope: 'all', levels: ['75-99', '50-74'], showLanthanides: false }, 'svg')).toBe(
      'us-net-import-reliance-2023-all-commodities-75-99pct-50-74pct-rare-earths-grouped.svg',
    );
    expect(exportFileName('us-net-import-reliance-2024', { ...DEFAULT_VIEW, scope: 'critical-2025', levels: ['exporter', 'na'] }, 'json')).toBe(
      'us-net-import-reliance-2024-critical-2025-net-exporter-not-available.json',
    );
    expect(exportFileName('us-net-import-reliance-2024', { ...DEFAULT_VIEW, levels: [] }, 'png')).toBe('us-net-import-reliance-2024-critical-2022-no-levels.png');
    expect(exportFileName('us-china-exposure-2024', { ...DEFAULT_VIEW, chinaFilters: ['top-source', 'export-control'] }, 'csv')).toBe(
      'us-china-exposure-2024-critical-2022-all-levels-china-top-source-china-export-control.csv',
    );
  });
});
