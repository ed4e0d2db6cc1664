/**
 * npm run bench: what a user waits for and downloads, measured in Debian's Chromium, against the stack's floor.
 * - size: gzip bytes of the JavaScript the page loads first (views opened later load their own chunks), beside a floor
 *   app that only loads React, Recharts and zod, as a ratio;
 * - first bars: time from navigation to the first bar drawn;
 * - PNG export: the path users take (a click on "Download PNG"), timed by the app's own performance measure.
 * Results go to stdout and test-results/bench.json. Not a test: nothing here passes or fails on a number.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumLaunch } from '../e2e/playwright.config';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PORT = 4199;
const RUNS = 15;

function gzipBytes(directory: string, extension: string): number {
  return readdirSync(directory)
    .filter((file) => file.endsWith(extension))
    .reduce((total, file) => total + gzipSync(readFileSync(join(directory, file)), { level: 9 }).length, 0);
}

/** The JavaScript the page loads before anything is clicked: index.html's module script and its modulepreloads. */
function initialJsGzip(distDirectory: string): { bytes: number; files: string[] } {
  const html = readFileSync(join(distDirectory, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map((match) => match[1]!);
  const bytes = files.reduce((total, file) => total + gzipSync(readFileSync(join(distDirectory, file)), { level: 9 }).length, 0);
  return { bytes, files };
}

/** A page that loads only the fixed stack: React, Recharts (a bar chart) and zod (one parse). */
async function floorBytes(): Promise<number> {
  const floorRoot = join(root, 'node_modules', '.cache', 'bench-floor');
  mkdirSync(join(floorRoot, 'src'), { recursive: true });
  writeFileSync(join(floorRoot, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/src/main.tsx"></script>\n');
  writeFileSync(
    join(floorRoot, 'src', 'main.tsx'),
    `import { createRoot } from 'react-dom/client';
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts';
import { z } from 'zod';
const rows = z.array(z.object({ name: z.string(), value: z.number() })).parse([{ name: 'a', value: 1 }]);
createRoot(document.getElementById('root')!).render(
  <BarChart width={400} height={200} data={rows} layout="vertical"><XAxis type="number" /><YAxis type="category" dataKey="name" /><Tooltip /><Bar dataKey="value" /></BarChart>,
);
`,
  );
  await build({ root: floorRoot, logLevel: 'silent', configFile: false, build: { outDir: join(floorRoot, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000 } });
  return initialJsGzip(join(floorRoot, 'dist')).bytes;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  await build({ root, logLevel: 'silent' });
  const assets = join(root, 'dist', 'assets');
  const initial = initialJsGzip(join(root, 'dist'));
  const size = {
    initialJsGzip: initial.bytes,
    initialJsFiles: initial.files,
    allJsGzip: gzipBytes(assets, '.js'),
    floorJsGzip: await floorBytes(),
    cssGzip: gzipBytes(assets, '.css'),
    dataJsonGzip: gzipBytes(assets, '.json'),
  };

  const server = await preview({ root, logLevel: 'silent', preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
  const browser = await chromium.launch(chromiumLaunch);
  const timings: Record<string, { runs: number; medianMs: number; p95Ms: number; maxMs: number }> = {};
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const firstBars: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.waitForSelector('[data-mineral]');
      firstBars.push(await page.evaluate(() => performance.now()));
    }
    timings['first bars drawn (default view, 50 bars)'] = summary(firstBars);

    for (const [label, query] of [
      ['PNG export 2x, default view (50 bars)', ''],
      ['PNG export 2x, 100% only (12 bars)', '?levels=100'],
      ['PNG export 2x, all commodities (91 bars)', '?scope=all'],
    ] as const) {
      const measured: number[] = [];
      // Chromium stops a page's automatic downloads after about ten, so reload between batches.
      for (let batch = 0; batch < RUNS / 5; batch += 1) {
        await page.goto(`http://127.0.0.1:${PORT}/${query}`);
        await page.waitForSelector('[data-mineral]');
        for (let run = 0; run < 5; run += 1) {
          const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
          await download.path();
        }
        measured.push(...(await page.evaluate(() => performance.getEntriesByName('export:png').map((entry) => entry.duration))));
      }
      timings[label] = summary(measured);
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }

  const result = { date: new Date().toISOString(), node: process.version, size, timings };
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const ratio = (size.initialJsGzip / size.floorJsGzip).toFixed(3);
  console.log(`Initial JavaScript, gzip: app ${kb(size.initialJsGzip)} against the floor of React + Recharts + zod ${kb(size.floorJsGzip)}: ${ratio} × the floor`);
  console.log(`All JavaScript, gzip, with the views loaded when first opened: ${kb(size.allJsGzip)}`);
  console.log(`CSS ${kb(size.cssGzip)}, dataset JSON ${kb(size.dataJsonGzip)} (fetched after the script)`);
  for (const [label, timing] of Object.entries(timings)) {
    console.log(`${label}: median ${timing.medianMs} ms, p95 ${timing.p95Ms} ms, max ${timing.maxMs} ms over ${timing.runs} runs`);
  }
}

function summary(values: number[]) {
  const round = (value: number) => Math.round(value * 10) / 10;
  return { runs: values.length, medianMs: round(median(values)), p95Ms: round(percentile(values, 95)), maxMs: round(Math.max(...values)) };
}

await main();
