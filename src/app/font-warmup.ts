/**
 * The font warm-up: a script of a few hundred bytes the build puts beside the app's (build-plugins.ts, fontWarmup).
 *
 * In a fresh page, the first text drawn in each font (size, weight, style) makes the renderer ask the browser process
 * for that font's files and settings: 1–8 ms each on this machine, 20–45 ms for the first view's fonts. All of it fell
 * inside the layout React forces just before the first bars, on the path to the first chart. The loading frame paints
 * only the header's fonts. So just after that first paint, while the main thread waits for the app's JavaScript to
 * compile, this script lays out one hidden sample of each font the dashboard draws, and removes it in the same task:
 * nothing paints, nothing moves, and the browser keeps what it looked up.
 *
 * Only while the loading frame is on screen: on a load where the dashboard is already drawn, it does nothing.
 */

/** One font of the page, as CSS: `font-size` (as the stylesheets and the chart theme write it), weight and style. */
export interface FontSample {
  size: string;
  weight: 400 | 600 | 700;
  italic?: true;
  /** In a <code>, whose own rule sets the monospace family and 0.9 em. */
  code?: true;
}

/**
 * Every font the default view draws at 1280 and 375 px, its finder and its "How to read this" included. An end-to-end
 * test (tests/e2e/font-warmup.spec.ts) fails when the page draws a font this list misses.
 */
export const FONT_SAMPLES: readonly FontSample[] = [
  { size: '12px', weight: 400 },
  { size: '13px', weight: 400 },
  { size: '0.8rem', weight: 400 },
  { size: '0.85rem', weight: 400 },
  { size: '0.875rem', weight: 400 },
  { size: '0.875rem', weight: 400, italic: true },
  { size: '0.9rem', weight: 400 },
  { size: '0.95rem', weight: 600 },
  { size: '1rem', weight: 400 },
  { size: '1rem', weight: 600 },
  { size: '1rem', weight: 700 },
  { size: '1.125rem', weight: 400 },
  { size: '1.17rem', weight: 700 },
  { size: '1.2rem', weight: 700 },
  { size: '1.6rem', weight: 700 },
  { size: '1.8rem', weight: 700 },
  { size: '0.875rem', weight: 400, code: true },
  { size: '1rem', weight: 400, code: true },
];

/**
 * What each sample says: a letter of each height, and every character outside ASCII the page draws, so that a
 * character the first font lacks has its fallback font looked up here too (the test checks the page's characters).
 */
export const SAMPLE_TEXT = 'Ag’–“”✓≠·×†−±→…';

/** The class of the loading frame's <main> (site-header.tsx): the warm-up runs only while it is on the page. */
export const LOADING_FRAME_SELECTOR = '.layout--loading';

/** The attribute on the warm-up's hidden box (tests find it by this). */
export const WARMUP_ATTRIBUTE = 'data-font-warmup';

/**
 * The script's source. Styles go through the CSSOM (element.style), which the page's CSP (style-src 'self') allows,
 * unlike a style attribute. After the next frame, so the loading frame's first paint does not wait for it.
 */
export function fontWarmupSource(samples: readonly FontSample[] = FONT_SAMPLES, text: string = SAMPLE_TEXT): string {
  return `requestAnimationFrame(() => setTimeout(() => {
  if (!document.querySelector(${JSON.stringify(LOADING_FRAME_SELECTOR)})) return;
  const box = document.createElement('div');
  box.setAttribute(${JSON.stringify(WARMUP_ATTRIBUTE)}, '');
  box.setAttribute('aria-hidden', 'true');
  Object.assign(box.style, { position: 'absolute', top: '0', left: '0', width: '0', height: '0', overflow: 'hidden', visibility: 'hidden', whiteSpace: 'nowrap' });
  for (const [size, weight, italic, code] of ${JSON.stringify(samples.map((sample) => [sample.size, sample.weight, sample.italic === true, sample.code === true]))}) {
    const span = document.createElement('span');
    Object.assign(span.style, { fontSize: size, fontWeight: String(weight), fontStyle: italic ? 'italic' : 'normal' });
    const inner = code ? document.createElement('code') : span;
    inner.textContent = ${JSON.stringify(text)};
    if (code) span.append(inner);
    box.append(span);
  }
  document.body.append(box);
  void box.offsetWidth;
  box.remove();
}));
`;
}
