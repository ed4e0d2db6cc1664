import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardContext } from '../../src/components/dashboard-context';
import { ExportToolbar } from '../../src/components/export-toolbar';
import type { AnyViewModule } from '../../src/components/views/contract';
import { relianceView } from '../../src/components/views/reliance';
import type { Dataset } from '../../src/data/schema';
import { toCsv } from '../../src/export/csv';
import { exportMeta } from '../../src/export/export-meta';
import { PNG_SCALES } from '../../src/export/png-scale';
import {
  MAX_CANVAS_AREA,
  MAX_CANVAS_SIDE,
  PngTooLargeError,
  decodeAhead,
  planPng,
  pngFromDataUrl,
  reducedScaleNote,
  svgToPng,
  type PngPlan,
} from '../../src/export/rasterise';
import { escapeXml, framedSvg, graphemes, truncateChars, wrap } from '../../src/export/svg-frame';
import { relianceFiles, relianceSvg } from '../../src/export/views/reliance-svg';
import { createDashboardStore } from '../../src/state/store';
import { DEFAULT_VIEW } from '../../src/state/view';
import { makeDataset, makeMineral } from '../factories';
import { readCsv } from '../read-csv';
import { illegalXmlChars } from './xml-text';

const LINK = 'https://example.org/minerals/?levels=100';
const DATE = new Date(2026, 10, 27);
const REFUSAL = /^The image would be [\d,]+ px tall, more than this browser can draw\. Narrow the filters to fewer minerals, or download the SVG, which has no size limit\.$/;

/** A dataset of `count` minerals, all at 100%, so the reliance view draws one row each. */
function manyMinerals(count: number): Dataset {
  return makeDataset(Array.from({ length: count }, (_, index) => makeMineral({ id: `mineral-${index}`, nir: { 2024: '100' } })));
}

function relianceImage(dataset: Dataset) {
  const derived = relianceView.derive(dataset, DEFAULT_VIEW);
  const text = relianceView.text(derived, dataset, DEFAULT_VIEW);
  return { derived, text, built: relianceFiles.svg(derived, exportMeta(text, { link: LINK, date: DATE })) };
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const realPng = () => PNG.sync.write(new PNG({ width: 2, height: 2 }));
const pngDataUrl = () => `data:image/png;base64,${realPng().toString('base64')}`;
const plan: PngPlan = { scale: 2, width: 1920, height: 1600, reduced: false };

describe('planPng: the size check before drawing', () => {
  it('keeps the chosen scale when the canvas fits', () => {
    expect(planPng({ width: 960, height: 800 }, 2)).toEqual({ scale: 2, width: 1920, height: 1600, reduced: false });
    expect(reducedScaleNote(planPng({ width: 960, height: 800 }, 4))).toBe('');
  });

  it('scales a tall image down to the largest scale that fits, and says so', () => {
    const reduced = planPng({ width: 960, height: 10_000 }, 2);
    expect(reduced).toEqual({ scale: 1.63, width: 1564, height: 16_300, reduced: true });
    expect(reducedScaleNote(reduced)).toBe(' at 1.63× (the largest this browser can draw at this size)');
  });

  it('refuses a 5,000-row view at 2×, saying how tall it would be and what to do instead', () => {
    const { built } = relianceImage(manyMinerals(5000));
    expect(built.height).toBeGreaterThan(MAX_CANVAS_SIDE);
    expect(() => planPng(built, 2)).toThrow(PngTooLargeError);
    expect(() => planPng(built, 2)).toThrow(REFUSAL);
    expect(() => planPng(built, 2)).toThrow(`The image would be ${built.height.toLocaleString('en-US')} px tall`);
  });

  it('draws a 500-row view at 1× whole, and at 2× at the largest scale that fits', () => {
    const { built } = relianceImage(manyMinerals(500));
    expect(planPng(built, 1)).toMatchObject({ scale: 1, reduced: false });
    const reduced = planPng(built, 2);
    expect(reduced.reduced).toBe(true);
    expect(reduced.scale).toBeGreaterThan(1);
    expect(reduced.scale).toBeLessThan(2);
    expect(reduced.height).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });

  it('never plans a canvas beyond the limits, and never gives away more than a hundredth of a scale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40_000 }), fc.integer({ min: 1, max: 40_000 }), fc.constantFrom(...PNG_SCALES), (width, height, chosen) => {
        const fits = (scale: number) => width * scale <= MAX_CANVAS_SIDE && height * scale <= MAX_CANVAS_SIDE && width * height * scale * scale <= MAX_CANVAS_AREA;
        let planned: PngPlan;
        try {
          planned = planPng({ width, height }, chosen);
        } catch (error) {
          expect(error).toBeInstanceOf(PngTooLargeError);
          expect(Math.max(width, height)).toBeGreaterThan(MAX_CANVAS_SIDE);
          return;
        }
        expect(Math.max(planned.width, planned.height)).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
        expect(planned.width * planned.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
        expect(Math.abs(planned.width - width * planned.scale)).toBeLessThan(1);
        expect(Math.abs(planned.height - height * planned.scale)).toBeLessThan(1);
        expect(planned.scale).toBeLessThanOrEqual(chosen);
        expect(planned.scale).toBeGreaterThanOrEqual(1);
        if (planned.reduced) expect(fits(planned.scale + 0.01)).toBe(false);
        else expect(planned.scale).toBe(chosen);
      }),
      { seed: 20_261_127, numRuns: 200 },
    );
  });
});

describe('a failed encoding is a failure, never an empty file', () => {
  it('rejects the "data:," a browser gives for a canvas it could not allocate', () => {
    expect(() => pngFromDataUrl('data:,', plan)).toThrow('the browser could not draw a 1,920 × 1,600 px image; choose a smaller PNG size or download the SVG');
  });

  it('rejects an encoding with no bytes or without the PNG signature, and passes a real PNG', async () => {
    expect(() => pngFromDataUrl('data:image/png;base64,', plan)).toThrow('could not draw a 1,920 × 1,600 px image; choose a smaller PNG size or download the SVG (it gave an empty file)');
    expect(() => pngFromDataUrl(`data:image/png;base64,${btoa('<svg/>')}`, plan)).toThrow('not a PNG');
    const png = pngFromDataUrl(pngDataUrl(), plan);
    expect(png.type).toBe('image/png');
    expect(new Uint8Array(await png.arrayBuffer())).toEqual(new Uint8Array(realPng()));
  });
});

/** The browser parts svgToPng uses, replaced: jsdom has no canvas and no image decoding. Restored after each test. */
function stubBrowser(dataUrl: () => string) {
  const sources: string[] = [];
  const canvases: { width: number; height: number }[] = [];
  vi.stubGlobal(
    'Image',
    class {
      set src(value: string) {
        sources.push(value);
      }
      decode() {
        return Promise.resolve();
      }
    },
  );
  const drawImage = vi.fn();
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    canvases.push({ width: this.width, height: this.height });
    return { fillStyle: '', fillRect: () => {}, drawImage } as unknown as CanvasRenderingContext2D;
  } as unknown as HTMLCanvasElement['getContext']);
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(dataUrl);
  const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return { sources, canvases, drawImage, clicked };
}

/** The SVG inside an image's data: URL; anything else is not how svgToPng hands an SVG to the image. */
function svgOf(source: string): string {
  const prefix = 'data:image/svg+xml;charset=utf-8,';
  expect(source.startsWith(prefix)).toBe(true);
  return decodeURIComponent(source.slice(prefix.length));
}

// svgToPng keeps the last image it decoded (rasterise.ts): each test draws an SVG of its own, so none finds another's.
describe('svgToPng', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('draws the SVG through a data: URL at the planned size, and gives a PNG', async () => {
    const browser = stubBrowser(pngDataUrl);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="960" height="800"><title>data URL & "quotes" #%</title></svg>';
    const png = await svgToPng({ svg, width: 960, height: 800 }, plan);
    expect(png.type).toBe('image/png');
    expect(browser.sources.map(svgOf)).toEqual([svg]);
    expect(browser.canvases).toEqual([{ width: 1920, height: 1600 }]);
    expect(browser.drawImage).toHaveBeenCalledWith(expect.anything(), 0, 0, 1920, 1600);
  });

  it('throws on an empty encoding (a canvas the browser could not hold)', async () => {
    stubBrowser(() => 'data:,');
    await expect(svgToPng({ svg: '<svg xmlns="http://www.w3.org/2000/svg"><title>empty encoding</title></svg>', width: 960, height: 800 }, plan)).rejects.toThrow(
      'could not draw a 1,920 × 1,600 px image',
    );
  });

  it('decodes an SVG once: ahead (at idle) or for the last PNG, and again only for a different SVG', async () => {
    const browser = stubBrowser(pngDataUrl);
    const shown = '<svg xmlns="http://www.w3.org/2000/svg" width="960" height="800"><title>shown</title></svg>';
    decodeAhead({ svg: shown, width: 960, height: 800 });
    expect(browser.sources.map(svgOf)).toEqual([shown]);
    await svgToPng({ svg: shown, width: 960, height: 800 }, plan);
    await svgToPng({ svg: shown, width: 960, height: 800 }, plan);
    decodeAhead({ svg: shown, width: 960, height: 800 });
    expect(browser.sources.map(svgOf)).toEqual([shown]);
    expect(browser.drawImage).toHaveBeenCalledTimes(2);
    const filtered = shown.replace('shown', 'filtered');
    await svgToPng({ svg: filtered, width: 960, height: 800 }, plan);
    expect(browser.sources.map(svgOf)).toEqual([shown, filtered]);
  });

  it('does not keep an image that failed to decode ahead: the next PNG decodes it again', async () => {
    const browser = stubBrowser(pngDataUrl);
    let failures = 1;
    let failed = false;
    vi.stubGlobal(
      'Image',
      class {
        set src(value: string) {
          browser.sources.push(value);
        }
        decode() {
          if (failures-- <= 0) return Promise.resolve();
          failed = true;
          return Promise.reject(new Error('not now'));
        }
      },
    );
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><title>failed ahead</title></svg>';
    decodeAhead({ svg, width: 960, height: 800 });
    // A task later: every reaction to the failed decoding has run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failed).toBe(true);
    await expect(svgToPng({ svg, width: 960, height: 800 }, plan)).resolves.toBeInstanceOf(Blob);
    expect(browser.sources.map(svgOf)).toEqual([svg, svg]);
  });

  it('takes an SVG holding a lone surrogate, which encodeURIComponent would throw on, as UTF-8 would write it (U+FFFD)', async () => {
    const browser = stubBrowser(pngDataUrl);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><text>${'😀'.slice(0, 1)} 😀</text></svg>`;
    expect(() => encodeURIComponent(svg)).toThrow(URIError);
    await expect(svgToPng({ svg, width: 10, height: 10 }, { scale: 1, width: 10, height: 10, reduced: false })).resolves.toBeInstanceOf(Blob);
    expect(browser.sources.map(svgOf)).toEqual([svg.replace('😀'.slice(0, 1) + ' ', '\uFFFD ')]);
    expect(browser.sources.map(svgOf)[0]).toBe(await new Blob([svg]).text());
  });
});

describe('the toolbar says what the PNG is, or why there is none', () => {
  const renderToolbar = (dataset: Dataset) => {
    const store = createDashboardStore({ dataset });
    const { view } = store.getState();
    const derived = relianceView.derive(dataset, view);
    render(
      <DashboardContext.Provider value={store}>
        <ExportToolbar module={relianceView as unknown as AnyViewModule} derived={derived} text={relianceView.text(derived, dataset, view)} />
      </DashboardContext.Provider>,
    );
    return screen.getByRole('toolbar', { name: 'Export and share' });
  };

  beforeEach(() => {
    vi.spyOn(performance, 'mark').mockImplementation(() => undefined as unknown as PerformanceMark);
    vi.spyOn(performance, 'measure').mockImplementation(() => undefined as unknown as PerformanceMeasure);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('refuses a 5,000-row PNG before drawing anything, and says to narrow the filters or take the SVG', async () => {
    const browser = stubBrowser(pngDataUrl);
    const toolbar = renderToolbar(manyMinerals(5000));
    await userEvent.setup().click(within(toolbar).getByRole('button', { name: 'Download PNG' }));
    expect((await within(toolbar).findByRole('alert')).textContent).toMatch(REFUSAL);
    expect(browser.canvases).toEqual([]);
    expect(browser.clicked).not.toHaveBeenCalled();
    expect(within(toolbar).getByRole('button', { name: 'Download PNG' })).toHaveProperty('disabled', false);
  });

  it('downloads a 500-row PNG at the largest scale that fits, and names that scale', async () => {
    const browser = stubBrowser(pngDataUrl);
    const toolbar = renderToolbar(manyMinerals(500));
    await userEvent.setup().click(within(toolbar).getByRole('button', { name: 'Download PNG' }));
    await vi.waitFor(() => expect(browser.clicked).toHaveBeenCalledTimes(1));
    expect(within(toolbar).getByRole('status').textContent).toMatch(
      /^Downloaded us-net-import-reliance-2024-critical-2022-all-levels\.png at 1\.\d\d× \(the largest this browser can draw at this size\)\.$/,
    );
    const [canvas] = browser.canvases;
    expect(canvas!.height).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(canvas!.height).toBeGreaterThan(MAX_CANVAS_SIDE - 200);
  });

  it('shows an empty encoding as a failure, not a download', async () => {
    const browser = stubBrowser(() => 'data:,');
    const toolbar = renderToolbar(manyMinerals(3));
    await userEvent.setup().click(within(toolbar).getByRole('button', { name: 'Download PNG' }));
    expect((await within(toolbar).findByRole('alert')).textContent).toMatch(
      /^Could not export the PNG: the browser could not draw a 1,920 × [\d,]+ px image; choose a smaller PNG size or download the SVG\.$/,
    );
    expect(browser.clicked).not.toHaveBeenCalled();
  });
});

describe('text in an exported SVG', () => {
  const meta = (title: string) => ({ title, subtitle: 'Sub', legend: [], notes: [], source: 'Source.', link: LINK, exported: '2026-11-27' });
  const body = { height: 0, draw: () => [] };

  it('escapes markup and drops what XML cannot hold, keeping tabs, line breaks and whole emoji', () => {
    expect(escapeXml(`a&b<c>"d"'e'`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;');
    expect(escapeXml('a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf')).toBe('abcdef');
    expect(escapeXml(`lone ${'😀'.slice(0, 1)} and ${'😀'.slice(1)} halves`)).toBe('lone  and  halves');
    expect(escapeXml('tab\tLF\nCR\r 😀 👩‍👩‍👧‍👦 e\u0301')).toBe('tab\tLF\nCR\r 😀 👩‍👩‍👧‍👦 e\u0301');
  });

  it('gives well-formed XML for a name holding a lone surrogate and U+0001', () => {
    const [mineral] = relianceImage(manyMinerals(1)).derived.rows;
    const name = `Bad${'😀'.slice(0, 1)}\u0001name`;
    const { svg } = relianceSvg([{ ...mineral!, name }], meta(`Title \u0001${'😀'.slice(1)}`));
    expect(illegalXmlChars(svg)).toEqual([]);
    const document = parse(svg);
    expect(document.querySelector('parsererror')).toBeNull();
    expect(document.querySelector('[data-mineral] > text')?.textContent).toBe('Badname');
    expect(document.querySelector('title')?.textContent).toBe('Title ');
  });

  it('cuts a name by whole characters: an emoji at the cut stays whole, never half a surrogate pair', () => {
    const family = '👩‍👩‍👧‍👦';
    expect(truncateChars(`abc${family}defg`, 5)).toBe(`abc${family}…`);
    expect(truncateChars(`abcd${family}efg`, 5)).toBe('abcd…');
    expect(truncateChars(`ab😀😀`, 3)).toBe('ab…');

    // The reliance image fits 54 characters of a name; the 54th is the emoji, which is 11 UTF-16 units long.
    const [mineral] = relianceImage(manyMinerals(1)).derived.rows;
    const name = `${'a'.repeat(53)}${family}${'b'.repeat(40)}`;
    const shown = parse(relianceSvg([{ ...mineral!, name }], meta('T')).svg).querySelector('[data-mineral] > text')?.textContent ?? '';
    expect(shown).toBe(`${'a'.repeat(53)}${family}…`);
    expect(illegalXmlChars(shown)).toEqual([]);
  });

  it('breaks a word too long for a line into whole characters, so nothing runs off the image', () => {
    const word = '😀'.repeat(500);
    const lines = wrap(`start ${word} end`, 912, 11);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('').replaceAll(' ', '')).toBe(`start${word}end`);
    for (const line of lines) expect(graphemes(line).length * 11 * 0.56).toBeLessThanOrEqual(912);
    expect(lines.flatMap(illegalXmlChars)).toEqual([]);
  });

  it('links back only to a web page: a javascript: link is printed, not linked', () => {
    const linked = parse(framedSvg(meta('T'), body).svg);
    expect(linked.querySelector('a')?.getAttribute('href')).toBe(LINK);
    const unlinked = parse(framedSvg({ ...meta('T'), link: 'javascript:alert(1)' }, body).svg);
    expect(unlinked.querySelector('a')).toBeNull();
    expect(unlinked.documentElement.textContent).toContain('javascript:alert(1)');
  });
});

describe('CSV text', () => {
  it('writes a lone surrogate as U+FFFD, as UTF-8 would, and keeps everything else as the data has it', () => {
    const half = '😀'.slice(0, 1);
    const csv = toCsv(['mineral', 'note'], [{ mineral: `Bad${half}name 😀`, note: '\u0001 <b>&' }]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(csv))).toBe(csv);
    expect(readCsv(csv.slice(1))[1]).toEqual(['Bad\uFFFDname 😀', '\u0001 <b>&']);
  });
});
