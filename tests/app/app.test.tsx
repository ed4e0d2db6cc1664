import { StrictMode } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App, openPage, readLink } from '../../src/app/app';
import { makeDataset, makeMineral } from '../factories';

const dataset = makeDataset([makeMineral({ id: 'gallium', nir: { 2023: '100', 2024: '100', 2025: '100' } })]);
const respond = (url: string) => new Response(JSON.stringify(url.includes('minerals') ? dataset.minerals : dataset.claims));
const DASHBOARD_HEADING = 'America’s reliance on imported critical minerals';

describe('App', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows a status while loading, then the dashboard', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string) => respond(url)));
    render(<App />);
    expect(screen.getByRole('status').textContent).toBe('Loading the USGS dataset…');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(DASHBOARD_HEADING);
  });

  it('loads again after a failure when Retry is pressed, keeping nothing of the failure', async () => {
    const user = userEvent.setup();
    let online = false;
    let arrive: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        if (!online) throw new TypeError('Failed to fetch');
        await arrived;
        return respond(url);
      }),
    );
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toBe('The dataset could not be reached');
    expect(screen.queryByText(/failed validation/)).toBeNull();

    online = true;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByRole('status').textContent).toBe('Loading the USGS dataset…');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();

    arrive();
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(DASHBOARD_HEADING);
    expect(screen.queryByText('The dataset could not be reached')).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('draws an opening loaded before React started at once, without fetching again', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string) => respond(url)));
    const opening = await openPage(new AbortController().signal);
    expect(opening?.loaded.ok).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(2);
    // In StrictMode, as Root draws it: the effect that runs twice must not fetch either time.
    render(
      <StrictMode>
        <App opening={opening!} />
      </StrictMode>,
    );
    expect(screen.queryByText('Loading the USGS dataset…')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(DASHBOARD_HEADING);
    expect(await screen.findByRole('figure', { name: 'Net import reliance' })).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('offers Retry for an opening that failed, and then loads the data itself', async () => {
    const user = userEvent.setup();
    let online = false;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        if (!online) throw new TypeError('Failed to fetch');
        return respond(url);
      }),
    );
    const opening = await openPage(new AbortController().signal);
    render(<App opening={opening!} />);
    expect(screen.getByRole('alert').textContent).toBe('The dataset could not be reached');
    online = true;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect((await screen.findByRole('figure', { name: 'Net import reliance' })).textContent).toContain('Gallium');
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('moves the focus to the message when a first failure replaced the frame the reader was in', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    const opening = await openPage(new AbortController().signal);
    render(<App opening={{ ...opening!, focusWasInFrame: true }} />);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
  });

  it('opens the default view, and says so, when reading a link throws', () => {
    const throwing = {
      parseViewQuery: () => {
        throw new Error('a fault in the reader');
      },
    } as unknown as typeof import('../../src/state/url');
    expect(readLink(throwing, '?view=changes', dataset)).toEqual({ view: {}, notices: ['Could not read the settings in this link. The default view is shown.'] });
  });

  it('gives no opening for a load aborted meanwhile', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string) => respond(url)));
    const controller = new AbortController();
    const opening = openPage(controller.signal);
    controller.abort();
    expect(await opening).toBeNull();
  });

  it('keeps focus on the page when the Retry button goes away: on the loading status, then on the new message', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Retry' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The dataset could not be reached');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
  });

  it('paints the header and the panels\' outline before the data arrives', async () => {
    let answer: (() => void) | undefined;
    vi.stubGlobal('fetch', vi.fn((url: string) => new Promise<Response>((resolve) => {
      answer = () => resolve(respond(url));
    })));
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('America’s reliance on imported critical minerals');
    expect(screen.getByRole('region', { name: 'Filters' }).textContent).toContain('Loading the USGS dataset…');
    expect(screen.getByRole('region', { name: 'Article claims' })).toBeTruthy();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    expect(answer).toBeDefined();
  });

  it('aborts the load it no longer needs, as when strict mode mounts twice', async () => {
    const signals: AbortSignal[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        signals.push(init!.signal!);
        return respond(url);
      }),
    );
    render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(DASHBOARD_HEADING);
    expect(signals.map((signal) => signal.aborted)).toEqual([true, true, false, false]);
  });
});
