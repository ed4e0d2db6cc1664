import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TRICKY_NAMES, TRICKY_NAMES_IN_ORDER } from '../collation-cases';
import { bars, chart, chooseLevels, level, watchConsole } from './helpers';

test('loads the bundled dataset with no console error and shows the 2022 list for 2024', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('critical minerals');
  await expect(chart(page).getByTestId('shown-count')).toHaveText('50 minerals of 50 shown');
  await expect(bars(page)).toHaveCount(50);
  expect(problems).toEqual([]);
});

test("the first view's script reaches the browser with V8's compile hint as its first line", async ({ page, request }) => {
  await page.goto('/');
  const entry = await page.locator('head script[type="module"]:not([async])').getAttribute('src');
  expect(entry).toMatch(/^\/assets\/index-[\w-]+\.js$/);
  // The hint counts only as the file's first line: a build step that put anything before it would silently drop it.
  const text = await (await request.get(entry!)).text();
  expect(text.slice(0, text.indexOf('\n') + 1)).toBe('//# allFunctionsCalledOnLoad\n');
});

test('choosing only 100% for data year 2024 shows the 12 minerals', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('combobox', { name: 'Data year' })).toHaveValue('2024');
  await chooseLevels(page, ['100%']);
  await expect(bars(page)).toHaveCount(12);
  await expect(chart(page).getByTestId('shown-count')).toHaveText(/^12 minerals of/);
  const ids = await bars(page).evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-mineral')).sort());
  expect(ids).toEqual(['arsenic', 'cesium', 'fluorspar', 'gallium', 'graphite', 'indium', 'manganese', 'niobium', 'rubidium', 'scandium', 'tantalum', 'yttrium']);
});

test("minerals that tie on reliance are listed in name order, which is this browser's English collator's", async ({ page }) => {
  await page.goto('/?scope=all');
  await chooseLevels(page, ['100%']);
  const names = await chart(page).locator('.row-name').allTextContents();
  // Every listed mineral ties at 100%, so the order is the names' alone.
  expect(names.length).toBeGreaterThanOrEqual(12);
  expect(names).toEqual(await page.evaluate((list) => [...list].sort(new Intl.Collator('en').compare), names));
  // compareNames orders plain names itself (no ICU on the first view): this browser's collator agrees on the cases
  // where that order is not plain code-unit order (the unit tests check compareNames gives the same).
  expect(await page.evaluate((list) => [...list].sort(new Intl.Collator('en').compare), TRICKY_NAMES)).toEqual(TRICKY_NAMES_IN_ORDER);
});

test('the claim cards show 12, 28 and 70% for data year 2024, and a card applies its filter', async ({ page }) => {
  await page.goto('/');
  const cards = page.getByRole('region', { name: 'Article claims' }).getByRole('article');
  await expect(cards).toHaveCount(3);
  await expect(cards.getByTestId('claim-data-figure')).toHaveText(['12', '28', '70%']);
  await expect(cards.nth(1)).toContainText('data year 2023 (MCS 2024)');
  await cards.nth(1).getByRole('button', { name: 'Show the 28 minerals' }).click();
  await expect(bars(page)).toHaveCount(28);
  await page.getByRole('combobox', { name: 'Data year' }).selectOption('2023');
  await expect(cards.getByTestId('claim-data-figure')).toHaveText(['12', '29', '70%']);
  await expect(bars(page)).toHaveCount(29);
});

test('works from the keyboard: Space on a level checkbox changes the bars', async ({ page }) => {
  await page.goto('/');
  await expect(bars(page)).toHaveCount(50);
  await level(page, '100%').focus();
  await page.keyboard.press('Space');
  await expect(bars(page)).toHaveCount(38);
  await page.keyboard.press('Tab');
  await expect(level(page, '75–99%')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(level(page, '75–99%')).not.toBeChecked();
});

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('axe-core finds no accessibility violations, with details open, a table open and on a phone with a link notice', async ({ page }) => {
  await page.goto('/');
  await expect(bars(page).first()).toBeVisible();
  await bars(page).and(page.locator('[data-mineral="gallium"]')).click();
  await expect(page.getByRole('region', { name: 'Gallium' })).toBeVisible();
  await page.getByText(/^Table of the/).click();
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/?year=1999&levels=100');
  await expect(page.getByText('Part of this link could not be read')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the chart works from the keyboard: Down and Up move between bars and Enter opens one', async ({ page }) => {
  await page.goto('/?levels=100');
  await page.locator('.recharts-surface').focus();
  await expect(page.locator('.chart-tooltip strong')).toHaveText('Arsenic');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.chart-tooltip strong')).toHaveText('Fluorspar');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.chart-tooltip strong')).toHaveText('Cesium');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Cesium' })).toBeVisible();
  await expect(page).toHaveURL(/mineral=cesium/);
});

test('a broken dataset gets a readable error page naming the bad path, not a blank page', async ({ page }) => {
  await page.route('**/minerals-*.json', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    json.minerals[0].figures[0].nir = { kind: 'exact', printed: 'lots', value: 'lots' };
    await route.fulfill({ response, json });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The dataset failed validation');
  // Named by the mineral and the field, not by an array position.
  await expect(page.locator('.dataset-error__details')).toContainText(/^abrasives-fused-aluminum-oxide · figures\[0\]\.nir\.value/m);
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
});

for (const width of [1280, 375]) {
  test(`fits a ${width} px wide screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await expect(bars(page).first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/dashboard-${width}.png`, fullPage: true });
  });
}
