import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { watchConsole } from './helpers';

const SCREENSHOTS = 'test-results/screenshots';
mkdirSync(SCREENSHOTS, { recursive: true });

const VIEWS = [
  ['reliance', 'Net import reliance'],
  ['china-exposure', 'China exposure'],
  ['over-time', 'Reliance over time'],
  ['changes', 'Change between data years'],
  ['import-sources', 'Import sources'],
  ['table', 'Table of minerals'],
  ['timeline', 'Policy timeline'],
] as const;

const figure = (page: Page, title: string) => page.getByRole('figure', { name: title, exact: true });
const mineralPage = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** True when the element's box lies inside the viewport, top to bottom. */
async function inViewport(page: Page, selector: ReturnType<Page['getByRole']>): Promise<boolean> {
  const box = await selector.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.y >= -1 && box.y < viewport.height && box.x >= -1 && box.x + box.width <= viewport.width + 1;
}

/** Elements that stick out of the viewport sideways (those inside a sideways-scrolling box excepted). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollsSideways = (element: Element | null): boolean => {
      for (let node = element?.parentElement; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if ((style.overflowX === 'auto' || style.overflowX === 'scroll' || style.overflowX === 'hidden') && node.scrollWidth > node.clientWidth) return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1 && !scrollsSideways(element);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: right ${Math.round(element.getBoundingClientRect().right)}`)
      .slice(0, 10);
  });
}

/** Visible controls under 44 × 44 px: buttons, selects, summaries, checkbox labels, links that are not inline text. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const candidates = [
      ...document.querySelectorAll('button, select, summary, input[type=search], input[type=text]'),
      ...[...document.querySelectorAll('input[type=checkbox]')].map((box) => box.closest('label') ?? box),
      ...[...document.querySelectorAll('a[href]')].filter((link) => getComputedStyle(link).display !== 'inline'),
    ];
    return candidates
      .filter((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && (box.height < 43.5 || box.width < 43.5);
      })
      .map((element) => `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 30)}” ${Math.round(element.getBoundingClientRect().width)}×${Math.round(element.getBoundingClientRect().height)}`)
      .slice(0, 15);
  });
}

test.describe('on a 390 × 844 phone with touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the chart starts on the first screen, the filters fold behind one button, and the skip link comes first', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('/');
    await expect(figure(page, 'Net import reliance')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the chart' })).toBeFocused();
    const top = (await figure(page, 'Net import reliance').boundingBox())?.y ?? Infinity;
    expect(top, 'the first chart starts on the first screen').toBeLessThan(844);
    const filters = page.getByRole('button', { name: /^Filters/ });
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('combobox', { name: 'Data year' })).toBeHidden();
    await filters.tap();
    await expect(page.getByRole('combobox', { name: 'Data year' })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/phone-top.png` });
    expect(problems).toEqual([]);
  });

  test('every control is at least 44 px to tap and nothing is wider than the screen, in every view', async ({ page }) => {
    // Seven views, each loaded and measured: longer than one page's worth of time on a 2-core machine.
    test.setTimeout(90_000);
    await page.goto('/');
    await page.getByRole('button', { name: /^Filters/ }).tap();
    for (const [id, title] of VIEWS) {
      await page.goto(`/?view=${id}`);
      await page.getByRole('button', { name: /^Filters/ }).tap();
      await expect(figure(page, title)).toBeVisible();
      expect(await smallTargets(page), title).toEqual([]);
      expect(await overflowing(page), title).toEqual([]);
    }
  });

  test('a tapped bar shows its tooltip; a tap outside the chart closes it', async ({ page }) => {
    await page.goto('/?levels=100');
    const bar = figure(page, 'Net import reliance').locator('[data-mineral="gallium"]');
    await bar.tap();
    const tooltip = page.locator('.chart-tooltip');
    await expect(tooltip).toContainText('Gallium');
    const box = await tooltip.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390, 'the tooltip stays on the screen').toBe(true);
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(tooltip).toBeHidden();
  });

  test('a bar opens the mineral page as a sheet inside the screen; Close returns; axe finds nothing in any view', async ({ page }) => {
    // axe-core over seven views takes a while on a 2-core machine.
    test.setTimeout(120_000);
    await page.goto('/?levels=100');
    await figure(page, 'Net import reliance').locator('[data-mineral="gallium"]').tap();
    const sheet = mineralPage(page, 'Gallium');
    await expect(sheet).toBeVisible();
    expect(await inViewport(page, sheet)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/phone-mineral-sheet.png` });
    expect(await overflowing(page)).toEqual([]);
    for (const [id, title] of VIEWS) {
      await page.goto(`/?view=${id}&mineral=gallium`);
      await expect(figure(page, title)).toBeVisible();
      await expect(mineralPage(page, 'Gallium')).toBeVisible();
      expect(await axeViolations(page), title).toEqual([]);
    }
    await page.getByRole('button', { name: 'Close Gallium' }).tap();
    await expect(mineralPage(page, 'Gallium')).toBeHidden();
  });
});

test.describe('at 1280 px', () => {
  test('a bar, a table row and the finder open the same mineral page, which takes focus; Escape returns it', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('/?levels=100');
    const bar = figure(page, 'Net import reliance').locator('[data-mineral="gallium"]');
    await bar.click();
    const gallium = mineralPage(page, 'Gallium');
    await expect(gallium).toBeVisible();
    expect(await inViewport(page, gallium.getByRole('heading', { level: 2 }))).toBe(true);
    await expect(gallium.getByRole('heading', { level: 2 })).toBeFocused();
    await page.screenshot({ path: `${SCREENSHOTS}/wide-mineral-page.png` });
    await page.keyboard.press('Escape');
    await expect(gallium).toBeHidden();

    await page.getByRole('tab', { name: 'Table' }).click();
    const table = page.getByRole('table', { name: 'Minerals' });
    await table.getByRole('button', { name: 'Indium' }).click();
    await expect(mineralPage(page, 'Indium').getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(table.getByRole('button', { name: 'Indium' })).toBeFocused();

    const finder = page.getByRole('combobox', { name: 'Find a mineral' });
    await finder.fill('columbium');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(mineralPage(page, 'Niobium')).toBeVisible();
    await expect(page).toHaveURL(/mineral=niobium/);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('the table sorts by a column and searches as you type; its CSV is the table as shown', async ({ page }) => {
    await page.goto('/?view=table');
    const table = page.getByRole('table', { name: 'Minerals' });
    await page.getByRole('searchbox', { name: 'Search the table' }).fill('ga');
    await expect(page.getByRole('status').filter({ hasText: /match/ })).toContainText('match');
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(50);
    await table.getByRole('button', { name: /^Mineral/ }).click();
    await expect(table.locator('th[aria-sort]').first()).toHaveAttribute('aria-sort', /ascending|descending/);
    await expect(page).toHaveURL(/q=ga/);
  });

  test('the policy timeline marks today and labels the computed end of the 180-day window', async ({ page }) => {
    await page.goto('/?view=timeline');
    const timeline = figure(page, 'Policy timeline');
    await expect(timeline).toContainText('2026-07-13');
    await expect(timeline).toContainText(/computed/i);
    await expect(timeline).toContainText(/today/i);
    await timeline.getByRole('button', { name: 'Samarium' }).first().click();
    await expect(mineralPage(page, 'Samarium')).toBeVisible();
  });

  test('"How to read this" is reached from the legend and from a claim card', async ({ page }) => {
    await page.goto('/');
    await figure(page, 'Net import reliance').getByRole('link', { name: /How to read this/ }).click();
    await expect(page).toHaveURL(/#how-to-read$/);
    const note = page.getByRole('region', { name: 'How to read this' });
    await expect(note).toBeInViewport();
    await expect(note).toContainText('apparent consumption');
    await expect(note).toContainText('14 lanthanides');
  });

  test('"Show rare-earth import shares" lands on the shares themselves, and Escape returns to the card', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Show rare-earth import shares' }).click();
    const shares = page.locator('#mineral-import-shares');
    await expect(shares).toBeFocused();
    await expect(shares).toBeInViewport();
    // The page's code loaded on this first opening; Escape still gives the focus back to the card's button.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Show rare-earth import shares' })).toBeFocused();
  });
});
