import { PAPER } from '../charts/theme';
import { countText } from '../state/format';
import type { PngScale } from './png-scale';
import type { BuiltSvg } from './svg-frame';

/**
 * The largest canvas we ask a browser for. Chromium draws at most 32,767 px a side and 268,435,456 px in all
 * (16,384 × 16,384); Firefox and desktop Safari allow about as much, iOS Safari far less (about 16.7 million px).
 * We keep to half Chromium's side and at most its area (which that side already ensures; the check stays in case the
 * side is raised). A browser that still cannot draw the canvas gives an empty image, which svgToPng reports.
 */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_AREA = 16_384 * 16_384;

/** What the PNG will be: the scale it is drawn at, its size in pixels, and whether the scale chosen was too big. */
export interface PngPlan {
  scale: number;
  width: number;
  height: number;
  /** True when the chosen scale did not fit and `scale` is the largest that does. */
  reduced: boolean;
}

/** A PNG this browser cannot draw at any scale: the message says why and what to do instead. */
export class PngTooLargeError extends Error {
  override name = 'PngTooLargeError';
}

/** The largest scale at which an image of `size` CSS pixels fits the canvas limits. */
function largestScale({ width, height }: { width: number; height: number }): number {
  return Math.min(MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_AREA / (width * height)));
}

/** The scale to draw at: the one chosen, or the largest below it (to 0.01) that fits the canvas limits; throws if 1× does not fit. */
export function planPng(size: { width: number; height: number }, chosen: PngScale): PngPlan {
  const { width, height } = size;
  const fits = largestScale(size);
  if (!(fits >= 1)) {
    const tooTall = height >= width;
    throw new PngTooLargeError(
      `The image would be ${countText(tooTall ? height : width)} px ${tooTall ? 'tall' : 'wide'}, more than this browser can draw. ` +
        'Narrow the filters to fewer minerals, or download the SVG, which has no size limit.',
    );
  }
  // Down to a hundredth, so the scale said in the message is the scale drawn and the canvas never exceeds the limits.
  const scale = fits >= chosen ? chosen : Math.floor(fits * 100) / 100;
  // The epsilon keeps 10,000 × 1.63 at 16,300 px, not the 16,299.999… floating point makes of it.
  const pixels = (length: number) => Math.floor(length * scale + 1e-6);
  return { scale, width: pixels(width), height: pixels(height), reduced: scale < chosen };
}

/** Whether the image can be drawn at all, at 1×. */
export function fitsCanvas(size: { width: number; height: number }): boolean {
  return largestScale(size) >= 1;
}

/** Said after "Downloaded x.png" or "Copied the chart as an image" when the scale chosen did not fit. */
export function reducedScaleNote(plan: PngPlan): string {
  return plan.reduced ? ` at ${plan.scale}× (the largest this browser can draw at this size)` : '';
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function tooBigToDraw(plan: PngPlan): string {
  return `the browser could not draw a ${countText(plan.width)} × ${countText(plan.height)} px image; choose a smaller PNG size or download the SVG`;
}

/** Base64 to bytes: Uint8Array.fromBase64 where the browser has it (a copy in native code), else atob and a loop. */
function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }).fromBase64;
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * A canvas's toDataURL as a PNG Blob, or an error that says why there is none: "data:," (what a browser gives for a
 * canvas it could not allocate), no bytes, or bytes without the PNG signature. Nobody downloads a broken file.
 */
export function pngFromDataUrl(dataUrl: string, plan: PngPlan): Blob {
  const match = /^data:image\/png;base64,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error(tooBigToDraw(plan));
  const bytes = base64Bytes(match[1]!);
  if (bytes.length === 0) throw new Error(`${tooBigToDraw(plan)} (it gave an empty file)`);
  if (!PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) throw new Error('the browser gave a file that is not a PNG');
  return new Blob([bytes], { type: 'image/png' });
}

/** An SVG decoded as an image, and the promise of it. */
interface Decoding {
  svg: string;
  image: Promise<HTMLImageElement>;
}

/** A surrogate without its pair: encodeURIComponent throws on one, and UTF-8 (a Blob's too) writes it as U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/**
 * The SVG goes in as a data: URL (the CSP allows img-src data:). It decodes in the page, about 12 ms for the default
 * view here; a blob: URL took 12–34 ms, as the page asks the browser process for it. The default view's URL is about
 * 40 KB; the Chromium here decodes a 10 MB one (other browsers' limits on data: URLs were not measured here).
 */
function decode(svg: string): Decoding {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.replace(LONE_SURROGATE, '\uFFFD'))}`;
  const decoded = image.decode().then(() => image);
  // A decoding nobody awaits (one made ahead and then replaced) must not report an unhandled rejection.
  decoded.catch(() => undefined);
  return { svg, image: decoded };
}

/**
 * The image of the view on screen, decoded while the page was idle or for the last PNG: another PNG of the same SVG
 * skips that step (about 20 ms of the 80–100 a 2× PNG of the default view takes here).
 */
let ahead: Decoding | null = null;

/**
 * Decodes the image of the SVG now, so a Download PNG or Copy image of the same SVG only draws and encodes it.
 * Called by the toolbar when the page is idle after the view changes; it keeps only the latest.
 */
export function decodeAhead({ svg }: BuiltSvg): void {
  if (ahead?.svg === svg) return;
  const decoding = decode(svg);
  ahead = decoding;
  // A decoding that failed is not kept: the next PNG tries again.
  decoding.image.catch(() => {
    if (ahead === decoding) ahead = null;
  });
}

/**
 * Draws the SVG on a white canvas at the planned size, after the page's fonts are ready.
 * The canvas is made while the image decodes (or uses the image decoded ahead, when the SVG is the same).
 * toDataURL, not toBlob: headless Chromium's toBlob stalls for about a second after keyboard input.
 */
export async function svgToPng({ svg }: BuiltSvg, plan: PngPlan): Promise<Blob> {
  await document.fonts?.ready;
  const decoding = ahead?.svg === svg ? ahead : decode(svg);
  ahead = decoding;
  const canvas = document.createElement('canvas');
  canvas.width = plan.width;
  canvas.height = plan.height;
  try {
    // Opaque: the same bytes (an RGBA PNG), encoded about 10 ms sooner for the default view at 2×, as Chromium
    // then has no alpha to unpremultiply. The fill below sets every pixel before the image is drawn.
    const context = canvas.getContext('2d', { alpha: false });
    if (context) {
      context.fillStyle = PAPER;
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    // An image that cannot be decoded is the first thing to say; a canvas the browser would not give, the next.
    const image = await decoding.image;
    if (!context) throw new Error(tooBigToDraw(plan));
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
  } catch (error) {
    if (ahead === decoding) ahead = null;
    canvas.width = 0;
    canvas.height = 0;
    throw error;
  }
  const dataUrl = canvas.toDataURL('image/png');
  // Give the pixels back at once (Safari counts canvas memory until the element is collected).
  canvas.width = 0;
  canvas.height = 0;
  return pngFromDataUrl(dataUrl, plan);
}
