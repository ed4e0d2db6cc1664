import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { MUTED_INK } from '../../src/charts/theme';

const figure = (page: Page, title: string) => page.getByRole('figure', { name: title, exact: true });
const DATASET = '**/assets/minerals-*.json';
// The chunk of src/data/schema.ts (the dataset's validator), not zod's own 'schemas-' chunk.
const VALIDATOR = /\/assets\/schema-[^/]+\.js$/;

/** Collects the page's Content-Security-Policy violations from the first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective}: ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('the app and every export work under the Content-Security-Policy sent as a header, with no violation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await watchViolations(page);
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(figure(page, 'Net import reliance')).toBeVisible();
  for (const tab of ['China exposure', 'Over time', 'Changes', 'Import sources', 'Table', 'Timeline', 'Reliance']) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await expect(page.getByRole('tabpanel').getByRole('figure')).toBeVisible();
  }
  const png = PNG.sync.read((await download(page, 'Download PNG')).bytes);
  expect(png.width).toBe(1920);
  expect((await download(page, 'Download SVG')).bytes.length).toBeGreaterThan(1000);
  expect((await download(page, 'Download CSV')).bytes.length).toBeGreaterThan(100);
  expect((await download(page, 'Download JSON')).bytes.length).toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Copy image' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the chart' })).toBeVisible();
  await figure(page, 'Net import reliance').locator('[data-mineral="gallium"]').click();
  await expect(page.getByRole('region', { name: 'Gallium' })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('one part that fails says so, offers Try again, and the rest of the page keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    window.__DASHBOARD_FAULTS__ = ['view:china-exposure', 'claims'];
  });
  await page.goto('/?view=china-exposure');
  await expect(page.getByRole('alert').filter({ hasText: 'The China exposure view could not be shown' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'The article claims could not be shown' })).toBeVisible();
  await page.getByRole('tab', { name: 'Reliance', exact: true }).click();
  await expect(figure(page, 'Net import reliance').locator('[data-mineral]')).toHaveCount(50);
  await page.getByRole('checkbox', { name: /^100%/ }).uncheck();
  await expect(figure(page, 'Net import reliance').locator('[data-mineral]')).toHaveCount(38);
  await page.getByRole('tab', { name: 'China exposure', exact: true }).click();
  await page.evaluate(() => {
    window.__DASHBOARD_FAULTS__ = [];
  });
  await page.getByRole('alert').filter({ hasText: 'China exposure' }).getByRole('button', { name: 'Try again' }).click();
  await expect(figure(page, 'China exposure')).toBeVisible();
});

test('the header and the page frame are in the HTML: they show before (and without) the JavaScript, in the theme', async ({ page }) => {
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'America’s reliance on imported critical minerals' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Loading the USGS dataset…');
  await expect(page.getByRole('region', { name: 'Article claims' })).toBeVisible();
  // The status is on the first screen at every width: on a phone too, where the claims' outline is far below.
  await expect(page.getByRole('status')).toBeInViewport();
  await page.setViewportSize({ width: 375, height: 700 });
  await expect(page.getByRole('status')).toBeInViewport();
  // The theme's tokens come from a stylesheet, not from script: the lede has its muted ink already.
  await expect(page.locator('.site-header__text > p')).toHaveCSS('color', hexToRgb(MUTED_INK));
});

/** "#555" or "#555555" as the browser reports a colour: "rgb(85, 85, 85)". */
function hexToRgb(hex: string): string {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit) : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  return `rgb(${digits.map((pair) => Number.parseInt(pair, 16)).join(', ')})`;
}

test('a browser without ResizeObserver still shows the dashboard', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { ResizeObserver?: unknown }).ResizeObserver;
  });
  await page.goto('/?levels=100');
  await expect(figure(page, 'Net import reliance').locator('[data-mineral]')).toHaveCount(12);
});

test('a dataset that never answers shows the timeout, and Retry loads it', async ({ page }) => {
  await page.clock.install();
  let answer = false;
  await page.route(DATASET, async (route) => {
    if (answer) await route.continue();
    // Otherwise never answered: the request hangs as on a dead network.
  });
  await page.goto('/');
  await expect(page.getByText('Loading the USGS dataset…')).toBeVisible();
  await page.clock.fastForward(21_000);
  await expect(page.getByRole('alert')).toContainText('20 seconds');
  answer = true;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(figure(page, 'Net import reliance')).toBeVisible();
});

test('a network failure and an HTTP error have their own words, and no advice meant for developers', async ({ page }) => {
  await page.route(DATASET, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(/could not be reached/i);
  await expect(page.locator('body')).not.toContainText('npm run data');
  await page.unroute(DATASET);
  await page.route(DATASET, (route) => route.fulfill({ status: 503, body: 'busy' }));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('503');
  await expect(page.locator('body')).not.toContainText('failed validation');
});

test('a dataset that contradicts itself is refused, naming the mineral', async ({ page }) => {
  await page.route(DATASET, async (route) => {
    const real = (await (await route.fetch()).json()) as { minerals: { id: string; figures: { nir: { kind: string; printed: string; value?: number } }[] }[] };
    const gallium = real.minerals.find((mineral) => mineral.id === 'gallium');
    if (gallium?.figures[0]) gallium.figures[0].nir = { kind: 'exact', printed: '85', value: 12 };
    await route.fulfill({ json: real });
  });
  const validator = page.waitForRequest(VALIDATOR);
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('failed validation');
  await expect(page.locator('body')).toContainText('gallium');
  // Other bytes than the build validated: the page loads the validator for them.
  await validator;
  await expect(figure(page, 'Net import reliance')).toHaveCount(0);
});

test('a 5,000-row PNG either downloads an image that decodes or says why not, never an empty file', async ({ page }) => {
  test.setTimeout(120_000);
  await page.route(DATASET, async (route) => {
    const real = (await (await route.fetch()).json()) as { minerals: { id: string; name: string; criticalLists: string[] }[] };
    const template = real.minerals.find((mineral) => mineral.id === 'gallium')!;
    for (let index = 0; index < 5000; index += 1) {
      real.minerals.push({ ...template, id: `synthetic-${index}`, name: `Synthetic ${index}`, criticalLists: [] });
    }
    await route.fulfill({ json: real });
  });
  await page.goto('/?scope=all&levels=100');
  await expect(figure(page, 'Net import reliance')).toBeVisible({ timeout: 60_000 });
  const toolbar = page.getByRole('toolbar', { name: 'Export and share' });
  let downloaded: Buffer | null = null;
  page.on('download', async (file) => {
    downloaded = readFileSync(await file.path());
  });
  await toolbar.getByRole('button', { name: 'Download PNG' }).click();
  // Either the file arrives, or the toolbar says why not (and what to do instead).
  await expect(async () => {
    const refused = await toolbar.getByRole('alert').count();
    expect(downloaded !== null || refused > 0).toBe(true);
  }).toPass({ timeout: 60_000 });
  if (downloaded) {
    const bytes: Buffer = downloaded;
    expect(bytes.length).toBeGreaterThan(0);
    expect(PNG.sync.read(bytes).height).toBeGreaterThan(1000);
  } else {
    await expect(toolbar.getByRole('alert')).toContainText(/SVG/);
  }
});

test('a link with 2,000 unknown parameters and a right-to-left override gives a short, readable notice', async ({ page }) => {
  const junk = Array.from({ length: 2000 }, (_, index) => `p${index}=x`).join('&');
  await page.goto(`/?scope=${encodeURIComponent('\u202Eevil')}&${junk}`);
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link could not be read' });
  await expect(notice.getByRole('listitem')).toHaveCount(6);
  await expect(notice).toContainText('Ignored scope=“evil”');
  await expect(notice).toContainText('and 1996 more parts of the link, also ignored.');
  await expect(figure(page, 'Net import reliance').locator('[data-mineral]')).toHaveCount(50);
});

test('a link whose reader cannot load opens the default view, says so, and keeps the link for a reload', async ({ page }) => {
  // The code that reads links loads only for a link with a query; here the connection drops on it.
  await page.route('**/assets/url-*.js', (route) => route.abort('internetdisconnected'));
  await page.goto('/?levels=100&view=changes');
  await expect(page.getByRole('status').filter({ hasText: 'Could not read the settings in this link' })).toBeVisible();
  const bars = figure(page, 'Net import reliance').locator('[data-mineral]');
  await expect(bars).toHaveCount(50);
  await page.getByRole('checkbox', { name: /^Under 25%/ }).uncheck();
  await expect(bars).toHaveCount(48);
  expect(new URL(page.url()).search).toBe('?levels=100&view=changes');
  await page.unroute('**/assets/url-*.js');
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Changes' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('checkbox', { name: /^100%/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Under 25%/ })).not.toBeChecked();
});

test('a plain visit loads the code that reads and writes links only after the data, and still keeps the address bar in step', async ({ page }) => {
  const events: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/url-[^/]+\.js$/.test(request.url())) events.push('link code requested');
    if (VALIDATOR.test(request.url())) events.push('validator requested');
  });
  page.on('requestfinished', (request) => {
    if (/\/assets\/minerals-[^/]+\.json$/.test(request.url())) events.push('dataset arrived');
  });
  await page.goto('/');
  await expect(figure(page, 'Net import reliance').locator('[data-mineral]')).toHaveCount(50);
  await page.getByRole('checkbox', { name: /^Under 25%/ }).uncheck();
  await expect.poll(() => new URL(page.url()).search).toBe('?levels=100,75-99,50-74,25-49,exporter,na');
  // The link code (state/url.ts and the address-bar sync) is requested, and only after the dataset arrived.
  expect(events[0]).toBe('dataset arrived');
  expect(events.slice(1)).toContain('link code requested');
  // The bundled files are the bytes the build validated (virtual:dataset-digests): the validator is never loaded.
  expect(events).not.toContain('validator requested');
});
