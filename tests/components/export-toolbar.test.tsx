import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '../../src/app/dashboard';
import { WINDOW_SIZE } from '../../src/state/windowing';
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
    vi.stubGlobal(
      'Image',
      class {
        set src(_value: string) {}
        decode() {
          return Promise.reject(new Error('the image could not be decoded'));
        }
      },
    );
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
    // jsdom has no object URLs: a URL class that has them, put back after the test.
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL(blob: Blob | MediaSource) {
          saved.push(blob as Blob);
          return 'blob:test';
        }
        static override revokeObjectURL() {}
      },
    );
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

  describe("decoding a view's image ahead of a PNG", () => {
    let decoded: string[] = [];
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      // Idle at once, so only the toolbar's own wait is timed here.
      vi.stubGlobal('requestIdleCallback', (work: () => void) => setTimeout(work, 0));
      vi.stubGlobal('cancelIdleCallback', (handle: number) => clearTimeout(handle));
      decoded = [];
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
    });
    // Timers due within `ms`, then the export code's imports and the timers they start (a 0 ms timer is due after
    // 1 ms, as in Node): the fake clock moves at most 10 ms past `ms`.
    const settle = async (ms: number) => {
      await vi.advanceTimersByTimeAsync(ms);
      for (let round = 0; round < 10; round += 1) {
        await vi.dynamicImportSettled();
        await vi.advanceTimersByTimeAsync(1);
      }
    };
    const levelBox = (index: number) => within(screen.getByRole('group', { name: 'Reliance level' })).getAllByRole('checkbox')[index]!;

    it('decodes a view as first shown once the page is idle (under StrictMode too), and a changed view only once it has stayed a second', async () => {
      render(
        <StrictMode>
          <Dashboard dataset={dataset} />
        </StrictMode>,
      );
      // A few milliseconds: the idle callback and the export code's imports, not the second a changed view waits.
      await settle(10);
      expect(decoded).toHaveLength(1);
      expect(decoded[0]).toContain('3 minerals');

      fireEvent.click(levelBox(0));
      await settle(900);
      expect(decoded).toHaveLength(1);
      await settle(200);
      expect(decoded).toHaveLength(2);
      expect(decoded[1]).toContain('2 minerals');

      // Another tab is a view first shown: its image is decoded at once.
      fireEvent.click(screen.getByRole('tab', { name: 'Table' }));
      await settle(10);
      expect(decoded).toHaveLength(3);
      expect(decoded[2]).toContain('the table');
    });

    it('waits a second for a view that opened too long to decode ahead and was then filtered short enough', async () => {
      const long = makeDataset([
        makeMineral({ id: 'gallium', nir: { 2024: '100' } }),
        ...Array.from({ length: WINDOW_SIZE }, (_, index) => makeMineral({ id: `mineral-${index + 1}`, nir: { 2024: '>75' } })),
      ]);
      render(<Dashboard dataset={long} />);
      await settle(1100);
      expect(decoded).toEqual([]);
      fireEvent.click(levelBox(0));
      await settle(900);
      expect(decoded).toEqual([]);
      await settle(200);
      expect(decoded).toHaveLength(1);
      expect(decoded[0]).toContain(`${WINDOW_SIZE} minerals`);
    });
  });

  it('hides "Copy image" where the browser has no ClipboardItem', () => {
    expect(typeof ClipboardItem).toBe('undefined');
    render(<Dashboard dataset={dataset} />);
    expect(screen.queryByRole('button', { name: 'Copy image' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
  });
});
