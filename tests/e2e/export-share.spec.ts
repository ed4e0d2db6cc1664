import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { bars, chart, chooseLevels, level, watchConsole } from './helpers';
import { readCsv } from '../read-csv';

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test('downloads a PNG at 2× that is at least 1200 px wide and not blank', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('/?levels=100');
  await expect(bars(page)).toHaveCount(12);
  const { name, bytes } = await download(page, 'Download PNG');
  expect(name).toBe('us-net-import-reliance-2024-critical-2022-100pct.png');
  const png = PNG.sync.read(bytes);
  expect(png.width).toBeGreaterThanOrEqual(1200);
  let inked = 0;
  let purple = 0;
  for (let index = 0; index < png.data.length; index += 4) {
    const [r, g, b] = [png.data[index]!, png.data[index + 1]!, png.data[index + 2]!];
    if (r < 240 || g < 240 || b < 240) inked += 1;
    if (Math.abs(r - 0x44) < 8 && g < 10 && Math.abs(b - 0x54) < 8) purple += 1;
  }
  expect(inked / (png.width * png.height)).toBeGreaterThan(0.05);
  // Opaque paper white to its corners: neither a transparent image nor a black one.
  const pixel = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)];
  expect(pixel(0, 0)).toEqual([255, 255, 255, 255]);
  expect(pixel(png.width - 1, png.height - 1)).toEqual([255, 255, 255, 255]);
  expect(purple, 'the 100% bars are drawn in their colour').toBeGreaterThan(10_000);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(`Downloaded ${name}.`);
  expect(problems).toEqual([]);
});

test('the PNG size choice sets the image scale', async ({ page }) => {
  await page.goto('/?levels=100');
  await page.getByRole('combobox', { name: 'PNG size' }).selectOption('4');
  const png = PNG.sync.read((await download(page, 'Download PNG')).bytes);
  expect(png.width).toBe(960 * 4);
});

test('a PNG after a filter change shows the new view, though the last one was decoded ahead', async ({ page }) => {
  await page.goto('/');
  await expect(bars(page)).toHaveCount(50);
  const all = PNG.sync.read((await download(page, 'Download PNG')).bytes);
  // The first PNG leaves its image decoded, and a still page decodes the view's image ahead (after 1 s, when idle):
  // a PNG after a filter change must use neither.
  await page.waitForTimeout(1500);
  await page.getByRole('checkbox', { name: /^75–99%/ }).uncheck();
  await expect(bars(page)).toHaveCount(27);
  const fewer = PNG.sync.read((await download(page, 'Download PNG')).bytes);
  expect(fewer.width).toBe(all.width);
  // 23 rows fewer, at 2×, and none of them drawn: of the 75–99% colour (#3b528b) only the legend's small bound
  // marker is left.
  expect(all.height - fewer.height).toBeGreaterThan(23 * 2 * 15);
  const level7599 = (png: PNG) => {
    let count = 0;
    for (let index = 0; index < png.data.length; index += 4) {
      if (Math.abs(png.data[index]! - 0x3b) < 6 && Math.abs(png.data[index + 1]! - 0x52) < 6 && Math.abs(png.data[index + 2]! - 0x8b) < 6) count += 1;
    }
    return count;
  };
  expect(level7599(all)).toBeGreaterThan(10_000);
  expect(level7599(fewer)).toBeLessThan(level7599(all) / 50);
});

test('downloads an SVG that parses as XML with the title, the filters and the source', async ({ page }) => {
  await page.goto('/?year=2023&levels=75-99,50-74');
  const { name, bytes } = await download(page, 'Download SVG');
  expect(name).toBe('us-net-import-reliance-2023-critical-2022-75-99pct-50-74pct.svg');
  const parsed = await page.evaluate((svg) => {
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      error: document.querySelector('parsererror')?.textContent ?? null,
      text: document.documentElement.textContent ?? '',
      bars: document.querySelectorAll('[data-mineral]').length,
    };
  }, bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.text).toContain('U.S. net import reliance on critical minerals');
  expect(parsed.text).toContain('Data year 2023 (MCS 2024) · 2022 critical list · 75–99%, 50–74% · 29 minerals');
  expect(parsed.text).toContain('Source: U.S. Geological Survey, Mineral Commodity Summaries 2024');
  expect(parsed.text).toMatch(/Exported \d{4}-\d{2}-\d{2}/);
  expect(parsed.bars).toBe(29);
});

test('downloads a CSV with exactly one row per bar shown, and JSON with the same rows', async ({ page }) => {
  await page.goto('/');
  await chooseLevels(page, ['75–99%', 'Net exporter', 'Not available']);
  const shown = await bars(page).count();
  const csv = await download(page, 'Download CSV');
  expect(csv.name).toBe('us-net-import-reliance-2024-critical-2022-75-99pct-net-exporter-not-available.csv');
  const rows = readCsv(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  expect(rows[0]?.slice(0, 3)).toEqual(['mineral', 'mineral_id', 'edition']);
  expect(rows.length - 1).toBe(shown);
  expect(rows.find((row) => row[1] === 'barite')?.slice(4, 7)).toEqual(['>75', 'bound', '75']);
  const json = JSON.parse((await download(page, 'Download JSON')).bytes.toString('utf8'));
  expect(json.rows).toHaveLength(shown);
  expect(json.source).toContain('U.S. Geological Survey');
  expect(json.link).toContain('levels=75-99,exporter,na');
});

test('a view set by clicks survives reload, steps back and forward, and opens from its copied link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  // A person's steps, each apart from the last by more than the window that folds quick changes into one entry.
  const pause = () => page.waitForTimeout(500);
  await page.getByRole('combobox', { name: 'Data year' }).selectOption('2023');
  await pause();
  await chooseLevels(page, ['100%', '75–99%']);
  await pause();
  await page.getByRole('switch', { name: /Show lanthanides individually/ }).click();
  await pause();
  await bars(page).and(page.locator('[data-mineral="gallium"]')).click();
  await expect(page).toHaveURL(/\?year=2023&levels=100,75-99&lanthanides=grouped&mineral=gallium$/);
  const count = await bars(page).count();

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Data year' })).toHaveValue('2023');
  await expect(bars(page)).toHaveCount(count);
  await expect(page.getByRole('region', { name: 'Gallium' })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('region', { name: 'Gallium' })).toBeHidden();
  await page.goBack();
  await expect(page.getByRole('switch', { name: /Show lanthanides individually/ })).toHaveAttribute('aria-checked', 'true');
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole('region', { name: 'Gallium' })).toBeVisible();

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied a link to this view.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const fresh = await context.newPage();
  await fresh.goto(link);
  await expect(bars(fresh)).toHaveCount(count);
  await expect(level(fresh, 'Net exporter')).not.toBeChecked();
  await expect(fresh.getByRole('combobox', { name: 'Data year' })).toHaveValue('2023');
});

test('a bad link drops what it cannot read, says so, and applies the rest', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('/?year=2019&levels=100,zzz&colour=red&mineral=unobtainium');
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link could not be read' });
  await expect(notice).toContainText('Ignored year=“2019”');
  await expect(notice).toContainText('Ignored the unknown reliance level “zzz”');
  await expect(notice).toContainText('Ignored the unknown parameter “colour”');
  await expect(notice).toContainText('Ignored mineral=“unobtainium”');
  await expect(bars(page)).toHaveCount(12);
  await expect(page).toHaveURL(/\?levels=100$/);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.goto('/?year=1999');
  await expect(notice).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Data year' }).selectOption('2023');
  await expect(notice, 'a notice about the old link goes once the view moves on').toHaveCount(0);
  expect(problems).toEqual([]);
});

test('exporting changes nothing in the view', async ({ page }) => {
  await page.goto('/?year=2025&levels=100');
  const drawn = () => chart(page).locator('.view-figure__chart').innerHTML();
  const before = await drawn();
  await download(page, 'Download SVG');
  await download(page, 'Download PNG');
  expect(await drawn()).toBe(before);
  await expect(chart(page).getByTestId('shown-count')).toHaveText('13 minerals of 50 shown');
  await expect(page).toHaveURL(/\?year=2025&levels=100$/);
});

test('copies the chart to the clipboard as a PNG', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?levels=100');
  await page.getByRole('button', { name: 'Copy image' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied the chart as an image.');
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const blob = await item!.getType('image/png');
    const bitmap = await createImageBitmap(blob);
    return { types: item!.types, width: bitmap.width };
  });
  expect(copied.types).toContain('image/png');
  expect(copied.width).toBe(1920);
});
