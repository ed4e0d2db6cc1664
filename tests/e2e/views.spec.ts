import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { watchConsole } from './helpers';
import { readCsv } from '../read-csv';

/** Each view: its tab, its figure's name, and its URL id. */
const VIEWS = [
  { id: 'reliance', tab: 'Reliance', title: 'Net import reliance' },
  { id: 'china-exposure', tab: 'China exposure', title: 'China exposure' },
  { id: 'over-time', tab: 'Over time', title: 'Reliance over time' },
  { id: 'changes', tab: 'Changes', title: 'Change between data years' },
  { id: 'import-sources', tab: 'Import sources', title: 'Import sources' },
] as const;

const SCREENSHOTS = 'test-results/screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

const figure = (page: Page, title: string) => page.getByRole('figure', { name: title, exact: true });
const tab = (page: Page, name: string) => page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name, exact: true });

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** "12 minerals of 50 shown" → 12. */
async function shownCount(page: Page, title: string): Promise<number> {
  const text = (await figure(page, title).getByTestId('shown-count').textContent()) ?? '';
  const match = /^(\d+) minerals? of \d+ shown$/.exec(text.trim());
  expect(match, `count sentence "${text}"`).not.toBeNull();
  return Number(match?.[1]);
}

for (const width of [1280, 390]) {
  for (const view of VIEWS) {
    test(`${view.tab} at ${width} px: drawn with data, no console error, no axe violation, nothing wider than the screen`, async ({ page }) => {
      const problems = watchConsole(page);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(view.id === 'reliance' ? '/' : `/?view=${view.id}`);
      await expect(figure(page, view.title)).toBeVisible();
      await expect(tab(page, view.tab)).toHaveAttribute('aria-selected', 'true');
      expect(await shownCount(page, view.title)).toBeGreaterThan(0);
      await expect(figure(page, view.title).locator('svg.recharts-surface').first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
      await figure(page, view.title).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}/${view.id}-${width}.png`, fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
}

for (const view of VIEWS) {
  test(`${view.tab}: PNG, SVG and CSV downloads hold what the view shows`, async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto(`/?view=${view.id}`);
    await expect(figure(page, view.title)).toBeVisible();
    const shown = await shownCount(page, view.title);

    const png = await download(page, 'Download PNG');
    expect(png.name).toMatch(/\.png$/);
    const image = PNG.sync.read(png.bytes);
    expect(image.width).toBe(1920);
    let inked = 0;
    for (let index = 0; index < image.data.length; index += 4) {
      if (image.data[index]! < 240 || image.data[index + 1]! < 240 || image.data[index + 2]! < 240) inked += 1;
    }
    expect(inked / (image.width * image.height), 'the PNG is not blank').toBeGreaterThan(0.02);

    const svg = await download(page, 'Download SVG');
    const parsed = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: document.querySelector('parsererror')?.textContent ?? null, text: document.documentElement.textContent ?? '' };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.text).toContain('Source: U.S. Geological Survey');
    expect(parsed.text).toMatch(/Exported \d{4}-\d{2}-\d{2}/);

    const csv = readCsv((await download(page, 'Download CSV')).bytes.toString('utf8').replace(/^\uFEFF/, ''));
    const ids = new Set(csv.slice(1).map((row) => row[csv[0]!.indexOf('mineral_id')]));
    expect(csv[0]).toContain('mineral_id');
    expect(ids.size, 'every mineral in view has a CSV row').toBeGreaterThanOrEqual(shown);
    expect(problems).toEqual([]);
  });
}

test('a link with view=, from= and to= reopens the same view; Back and Forward step through views', async ({ page }) => {
  await page.goto('/?view=changes&from=2023&to=2024&levels=100,75-99,50-74');
  await expect(tab(page, 'Changes')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('combobox', { name: 'From data year' })).toHaveValue('2023');
  await expect(page.getByRole('combobox', { name: 'To data year' })).toHaveValue('2024');
  await expect(figure(page, 'Change between data years')).toContainText(/lithium/i);
  await tab(page, 'Import sources').click();
  await expect(page).toHaveURL(/view=import-sources/);
  await expect(page).toHaveURL(/levels=100,75-99,50-74/);
  await page.goBack();
  await expect(tab(page, 'Changes')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('combobox', { name: 'From data year' })).toHaveValue('2023');
  await page.goForward();
  await expect(figure(page, 'Import sources')).toBeVisible();
  await page.reload();
  await expect(figure(page, 'Import sources')).toBeVisible();
});

test('the tabs work from the keyboard: arrows move between views, and the filters stay', async ({ page }) => {
  await page.goto('/?levels=100');
  await tab(page, 'Reliance').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'China exposure')).toBeFocused();
  await expect(figure(page, 'China exposure')).toBeVisible();
  expect(await shownCount(page, 'China exposure')).toBeLessThanOrEqual(12);
  await page.keyboard.press('End');
  await expect(figure(page, 'Policy timeline')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(figure(page, 'Net import reliance')).toBeVisible();
  expect(await shownCount(page, 'Net import reliance')).toBe(12);
});

test('the China filters change every view and are kept in the link', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  const filter = page.getByRole('checkbox', { name: /^Under a Chinese export control/ });
  await filter.check();
  await expect(page).toHaveURL(/china=export-control/);
  const counts: number[] = [];
  for (const view of VIEWS) {
    await tab(page, view.tab).click();
    await expect(figure(page, view.title)).toBeVisible();
    counts.push(await shownCount(page, view.title));
  }
  // Reliance, China exposure, Changes and Import sources show the minerals in view; Over time draws at most 8 of them.
  const relianceCount = counts[0]!;
  expect(relianceCount).toBeGreaterThan(0);
  expect(relianceCount).toBeLessThan(50);
  for (const count of counts) expect(count).toBeLessThanOrEqual(relianceCount);
});

// KeyedRows places each row by its index and the chart's row height; the tooltip's band is Recharts' own. They must meet.
for (const { id, title, gap } of [
  { id: 'reliance', title: 'Net import reliance', gap: 2 },
  { id: 'changes', title: 'Change between data years', gap: 0 },
  { id: 'import-sources', title: 'Import sources', gap: 2 },
] as const) {
  test(`${title}: the row under the pointer sits in the band the tooltip washes, at 1280 and 390 px`, async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/?view=${id}`);
      const row = figure(page, title).locator('[data-mineral]').nth(6);
      await row.scrollIntoViewIfNeeded();
      // The pointer on the middle of the row (inside the plot), where the tooltip takes it from.
      const box = await row.boundingBox();
      expect(box).not.toBeNull();
      await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
      const cursor = figure(page, title).locator('.recharts-tooltip-cursor');
      await expect(cursor).toBeVisible();
      const band = await cursor.evaluate((rect) => ({ y: Number(rect.getAttribute('y')), height: Number(rect.getAttribute('height')) }));
      const top = await row.evaluate((group) => (group as SVGGElement).transform.baseVal.consolidate()?.matrix.f ?? Number.NaN);
      expect(top - gap, `${width} px`).toBeCloseTo(band.y, 5);
      // The band holds the row, and the next row starts where it ends.
      const next = await figure(page, title).locator('[data-mineral]').nth(7).evaluate((group) => (group as SVGGElement).transform.baseVal.consolidate()?.matrix.f ?? Number.NaN);
      expect(next - gap, `${width} px`).toBeCloseTo(band.y + band.height, 5);
    }
  });
}
