import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../src/app/dashboard';
import { makeDataset, makeMineral } from '../factories';

const dataset = makeDataset([
  makeMineral({ id: 'gallium', nir: { 2024: '100' } }),
  makeMineral({ id: 'barite', nir: { 2024: '>75' } }),
  makeMineral({ id: 'beryllium', nir: { 2024: 'E' } }),
]);

const barIds = () =>
  [...screen.getByRole('figure', { name: 'Net import reliance' }).querySelectorAll('[data-mineral]')].map((bar) => bar.getAttribute('data-mineral'));

afterEach(() => {
  // Unmounted first: the effects' cleanups cancel idle callbacks, stubbed in one test.
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ExportToolbar', () => {
  it('says clearly when a PNG export fails, and leaves the view as it was', async () => {
    const user = userEvent.setup();
    HTMLImageElement.prototype.decode = () => Promise.reject(new Error('the image could not be decoded'));
    render(<Dashboard dataset={dataset} opened={{ view: { levels: ['100', '75-99'] }, notices: [] }} />);
    const before = barIds();
    const toolbar = screen.getByRole('toolbar', { name: 'Export and share' });
    await user.click(within(toolbar).getByRole('button', { name: 'Download PNG' }));
    expect(await within(toolbar).findByText('Could not export the PNG: the image could not be decoded.')).toBeTruthy();
    expect(barIds()).toEqual(before);
    expect(within(toolbar).getByRole('button', { name: 'Download PNG' })).toHaveProperty('disabled', false);
  });

  it('downloads a CSV of exactly the rows in view, named from the view', async () => {
    const user = userEvent.setup();
    const saved: Blob[] = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      saved.push(blob as Blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('us-net-import-reliance-2024-critical-2022-100pct-75-99pct.csv');
    });
    render(<Dashboard dataset={dataset} opened={{ view: { levels: ['100', '75-99'] }, notices: [] }} />);
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(clicked).toHaveBeenCalledTimes(1);
    const text = await saved[0]!.text();
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + barIds().length);
    expect(lines[1]).toMatch(/^Gallium,gallium,MCS2025,2024,100,exact,100,/);
    expect(screen.getByRole('toolbar', { name: 'Export and share' }).textContent).toContain(
      'Downloaded us-net-import-reliance-2024-critical-2022-100pct-75-99pct.csv.',
    );
  });

  it("decodes the first view's image as soon as the page is idle, and a changed view's only once it has stayed a second", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // Idle at once, so only the toolbar's own wait is timed here.
    vi.stubGlobal('requestIdleCallback', (work: () => void) => setTimeout(work, 0));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => clearTimeout(handle));
    const decoded: string[] = [];
    vi.stubGlobal(
      'Image',
      class {
        set src(value: string) {
          decoded.push(decodeURIComponent(value.replace(/^data:image\/svg\+xml;charset=utf-8,/, '')));
        }
        decode() {
          return Promise.resolve();
        }
      },
    );
    // Timers due within `ms`, and the export code's imports and the timers they start, done.
    const settle = async (ms: number) => {
      await vi.advanceTimersByTimeAsync(ms);
      for (let round = 0; round < 5; round += 1) {
        await vi.dynamicImportSettled();
        await vi.advanceTimersByTimeAsync(0);
      }
    };
    render(<Dashboard dataset={dataset} />);
    // A few milliseconds: the idle callback and the export code's imports, not the second a changed view waits.
    await settle(10);
    expect(decoded).toHaveLength(1);
    expect(decoded[0]).toContain('3 minerals');

    fireEvent.click(within(screen.getByRole('group', { name: 'Reliance level' })).getAllByRole('checkbox')[0]!);
    await settle(900);
    expect(decoded).toHaveLength(1);
    await settle(200);
    expect(decoded).toHaveLength(2);
    expect(decoded[1]).toContain('2 minerals');
  });

  it('hides "Copy image" where the browser has no ClipboardItem', () => {
    expect(typeof ClipboardItem).toBe('undefined');
    render(<Dashboard dataset={dataset} />);
    expect(screen.queryByRole('button', { name: 'Copy image' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
  });
});
