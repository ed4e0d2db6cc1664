import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_TEXT, WARMUP_ATTRIBUTE } from '../../src/app/font-warmup';
import { bars, watchConsole } from './helpers';

/** The app's own script (not the warm-up's): blocking it keeps the loading frame on screen. */
const APP_SCRIPT = /\/assets\/index-[^/]+\.js$/;

/** Each font as the browser resolved it: style, weight, size in px and family. */
const FONT_OF = `(element) => { const style = getComputedStyle(element); return [style.fontStyle, style.fontWeight, style.fontSize, style.fontFamily].join(' '); }`;

/** The fonts of every laid-out element that holds text of its own (SVG text and form fields included). */
async function fontsDrawn(page: Page): Promise<{ fonts: string[]; characters: string[] }> {
  return page.evaluate(`(() => {
    const fontOf = ${FONT_OF};
    const fonts = new Set();
    let text = '';
    for (const element of document.body.querySelectorAll('*')) {
      if (!element.checkVisibility()) continue;
      const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent.trim()).join('');
      const field = element.matches('input:not([type=checkbox]):not([type=radio]), select') ? (element.value || element.placeholder || '') : '';
      if (!own && !field) continue;
      fonts.add(fontOf(element));
      text += own + field;
    }
    return { fonts: [...fonts].sort(), characters: [...new Set(text)].filter((character) => character > '~').sort() };
  })()`);
}

test('the font warm-up lays out, before the app runs, every font and character the dashboard then draws', async ({ browser }) => {
  // The warm-up alone: the app's script never arrives, and the hidden box's fonts are read as it is removed.
  const framePage = await browser.newPage();
  const problems = watchConsole(framePage);
  await framePage.route(APP_SCRIPT, (route) => route.abort());
  await framePage.addInitScript(`(() => {
    const fontOf = ${FONT_OF};
    const remove = Element.prototype.remove;
    Element.prototype.remove = function () {
      if (this.hasAttribute(${JSON.stringify(WARMUP_ATTRIBUTE)})) {
        window.__warmed = [...this.querySelectorAll('*')].filter((element) => element.children.length === 0).map((element) => ({ font: fontOf(element), text: element.textContent }));
      }
      return remove.call(this);
    };
  })()`);
  await framePage.goto('/');
  await framePage.waitForFunction(() => '__warmed' in window);
  const warmed = (await framePage.evaluate('window.__warmed')) as { font: string; text: string }[];
  // It removed its box: nothing of it stays in the page.
  await expect(framePage.locator(`[${WARMUP_ATTRIBUTE}]`)).toHaveCount(0);
  // The only failure: the app's script, blocked here.
  expect(problems.filter((problem) => !/index-[^/]+\.js|Failed to load resource/.test(problem))).toEqual([]);
  await framePage.close();
  const warmFonts = new Set(warmed.map((sample) => sample.font));
  expect(warmed.every((sample) => sample.text === SAMPLE_TEXT)).toBe(true);

  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto('/');
    await expect(bars(page).first()).toBeVisible();
    // The finder and "How to read this" load after the first chart: wait for both.
    await expect(page.getByRole('combobox', { name: 'Find a mineral' })).toBeEnabled();
    await page.waitForLoadState('networkidle');
    const drawn = await fontsDrawn(page);
    expect(drawn.fonts.length).toBeGreaterThan(5);
    expect(drawn.fonts.filter((font) => !warmFonts.has(font)), `fonts drawn at ${width} px that the warm-up misses`).toEqual([]);
    expect(drawn.characters.filter((character) => !SAMPLE_TEXT.includes(character)), `characters drawn at ${width} px that the warm-up misses`).toEqual([]);
    await page.close();
  }
});
