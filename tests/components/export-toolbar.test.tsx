import { render, screen, within } from '@testing-library/react';
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

afterEach(() => vi.restoreAllMocks());

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

  it('hides "Copy image" where the browser has no ClipboardItem', () => {
    expect(typeof ClipboardItem).toBe('undefined');
    render(<Dashboard dataset={dataset} />);
    expect(screen.queryByRole('button', { name: 'Copy image' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
  });
});
