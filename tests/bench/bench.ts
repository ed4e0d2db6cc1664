/**
 * npm run bench [-- --quick]: the dashboard against its floor, a fixture app on the same stack (tests/bench/floor/:
 * React 19 + Recharts 3 + zod 4 + zustand 5, one 50-bar chart, a fetched zod-checked JSON, a range-slider filter).
 * Every figure is reported as dashboard / floor / ratio, with the budgets of "Fast at any size" marked met or not.
 * Not a test: nothing fails on a number. Output: stdout and test-results/bench.json.
 *
 * Order: build both, bytes, loads (cold and warm, interleaved), interactions, exports, scale (×1, ×10, ×100).
 * --quick: 3 loads of each kind, 10 interactions and filter changes, 3 exports, no scale: a smoke run of about a minute.
 * --lighthouse: also Lighthouse 12.2.3, mobile and desktop, 3 runs of each app (1 with --quick); minutes more.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import react from '@vitejs/plugin-react';
import { chromiumLaunch } from '../e2e/playwright.config';
import { measureBuild, type BuildBytes } from './bytes';
import { loadProbe, READ_LOAD } from './probes';
import { round, summarise, type Summary } from './stats';
import { interleave, levelToggle, repeat, VIEWPORT, type InteractionSummary } from './interact';
import { reportTable } from './report';
import { measureScale, type ScaleResult } from './scale';
import { measureLighthouse, type LighthouseResult } from './lighthouse';
import { recordingSteal } from './host';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const floorSource = join(root, 'tests', 'bench', 'floor');
const floorCache = join(root, 'node_modules', '.cache', 'bench-floor');
const floorDist = join(floorCache, 'dist');

const QUICK = process.argv.includes('--quick');
const LIGHTHOUSE = process.argv.includes('--lighthouse');
// More than the floor (10 loads, 50 interactions): on this noisy 2-core machine one cold load ranges from 450 to
// 1,000 ms. With 10 loads the median ratio of the same two builds moved from 1.01 to 1.24 between runs; with 20, over
// twelve runs of two sessions, from 0.93 to 1.18, against a budget of 1.1.
const RUNS = {
  loads: QUICK ? 3 : 40,
  scaleLoads: QUICK ? 3 : 20,
  interactions: QUICK ? 10 : 80,
  // The budgeted filter ratio. In one run of 300 changes each (2026-11-30), the p90 ratio over windows of 80 moved
  // from 0.87 to 1.14 while the whole run's was 0.88: 80 was too few to judge a budget of 1.0 by.
  filterChanges: QUICK ? 10 : 240,
  // Five exports a page load (Chromium stops a page's automatic downloads after about ten): 30 is six loads. The first
  // export after a load, the slowest, is a fifth of the sample as before, but six values rather than two, so the p90
  // (the 27th of 30) no longer rests on the lower of two.
  exports: QUICK ? 3 : 30,
};
// Away from 4173, where `vite preview` and the e2e tests may be running.
const PORTS = { dashboard: 4301, floor: 4302 };

export interface Target {
  name: 'dashboard' | 'floor';
  url: string;
  /** The element that counts as the first bar drawn. */
  bar: string;
  /** What the interaction probe watches for "DOM updated" after a filter change. */
  chart: string;
}

const TARGETS: Target[] = [
  { name: 'dashboard', url: `http://127.0.0.1:${PORTS.dashboard}/`, bar: '[data-mineral]', chart: '.view-figure__chart' },
  { name: 'floor', url: `http://127.0.0.1:${PORTS.floor}/`, bar: '.recharts-bar-rectangle', chart: '.chart' },
];

async function buildBoth(): Promise<void> {
  await build({ root, logLevel: 'warn' });
  await build({
    root: floorSource,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    // Keep vite's own cache out of tests/bench/floor.
    cacheDir: join(floorCache, 'vite'),
    build: { outDir: floorDist, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  });
}

async function serveBoth(): Promise<PreviewServer[]> {
  const host = '127.0.0.1';
  return Promise.all([
    preview({ root, logLevel: 'warn', preview: { port: PORTS.dashboard, strictPort: true, host } }),
    preview({ root: floorSource, configFile: false, logLevel: 'warn', build: { outDir: floorDist }, preview: { port: PORTS.floor, strictPort: true, host } }),
  ]);
}

interface LoadSample {
  firstBar: number;
  fcp: number | null;
  lcp: number | null;
  cls: number;
  domNodes: number;
  lcpElement: string | null;
  jsonBeforeFirstBar: string[];
}

export type LoadSummary = Record<'firstBar' | 'fcp' | 'lcp' | 'cls', Summary> & {
  /** Every load's first bar, in the order taken (the two apps' loads take turns): for the ratio's interval. */
  firstBars: number[];
  lcpElements: string[];
  jsonBeforeFirstBar: string[];
};

function summariseLoads(samples: LoadSample[]): LoadSummary {
  const pick = (key: 'firstBar' | 'fcp' | 'lcp' | 'cls') => samples.map((sample) => sample[key]).filter((value): value is number => value !== null);
  return {
    firstBar: summarise(pick('firstBar')),
    firstBars: pick('firstBar').map((value) => round(value)),
    fcp: summarise(pick('fcp')),
    lcp: summarise(pick('lcp')),
    cls: summarise(pick('cls'), 4),
    lcpElements: [...new Set(samples.map((sample) => sample.lcpElement ?? 'none'))],
    jsonBeforeFirstBar: [...new Set(samples.flatMap((sample) => sample.jsonBeforeFirstBar))],
  };
}

/**
 * Cold: a new browser context per load, so the HTTP cache is empty. Warm: a reload in that same context.
 * Dashboard and floor alternate, so a slow patch of the machine hits both alike.
 */
async function measureLoads(browser: Browser): Promise<Record<string, { cold: LoadSummary; warm: LoadSummary }>> {
  const samples = new Map(TARGETS.map((target) => [target.name, { cold: [] as LoadSample[], warm: [] as LoadSample[] }]));
  for (let run = 0; run < RUNS.loads; run += 1) {
    for (const target of TARGETS) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      await context.addInitScript(loadProbe(target.bar));
      const page = await context.newPage();
      await page.goto(target.url);
      samples.get(target.name)!.cold.push(await page.evaluate<LoadSample>(READ_LOAD));
      await page.reload();
      samples.get(target.name)!.warm.push(await page.evaluate<LoadSample>(READ_LOAD));
      await context.close();
    }
  }
  return Object.fromEntries([...samples].map(([name, { cold, warm }]) => [name, { cold: summariseLoads(cold), warm: summariseLoads(warm) }]));
}

async function openPage(browser: Browser, target: Target, query = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  await context.addInitScript(loadProbe(target.bar));
  const page = await context.newPage();
  await page.goto(`${target.url}${query}`);
  await page.waitForSelector(target.bar);
  return page;
}

/**
 * The filter change, the one interaction both apps have: both pages stay open and take turns, one change each, so
 * the ratio is not the luck of which app ran during a slow patch of the machine.
 */
async function filterInteractions(browser: Browser): Promise<{ dashboard: InteractionSummary; floor: InteractionSummary }> {
  const [dashboardTarget, floorTarget] = TARGETS as [Target, Target];
  const dashboard = await openPage(browser, dashboardTarget);
  const floor = await openPage(browser, floorTarget);
  await floor.getByRole('slider', { name: 'Minimum value' }).focus();
  const [dashboardFilter, floorFilter] = await interleave(RUNS.filterChanges, [
    { page: dashboard, eventType: 'click', selector: dashboardTarget.chart, act: levelToggle(dashboard) },
    // From 0, ArrowRight drops the row whose value is 0 and ArrowLeft brings it back: every step redraws.
    { page: floor, eventType: 'keydown', selector: floorTarget.chart, act: (index) => floor.keyboard.press(index % 2 ? 'ArrowLeft' : 'ArrowRight') },
  ]);
  await Promise.all([dashboard.context().close(), floor.context().close()]);
  return { dashboard: dashboardFilter!, floor: floorFilter! };
}

/** The dashboard's own interactions, which the floor has no counterpart of. */
async function dashboardInteractions(browser: Browser): Promise<Record<string, InteractionSummary>> {
  const target = TARGETS[0]!;
  const page = await openPage(browser, target);
  const n = RUNS.interactions;

  const select = page.getByLabel('Data year');
  const years = await select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const current = await select.inputValue();
  const other = years.find((year) => year !== current)!;
  // Playwright's selectOption fires input then change; the probe times from the first, `input`.
  const dataYear = await repeat(page, n, 'input', target.chart, async (index) => {
    await select.selectOption(index % 2 ? current : other);
  });

  const tabs = page.getByRole('tablist', { name: 'Views' }).getByRole('tab');
  // The tab panel stays while its content changes; the first switch includes loading the view's chunk.
  const viewSwitch = await repeat(page, n, 'click', '[role="tabpanel"]', (index) => tabs.nth(index % 2 ? 0 : 1).click());

  // Alternate between two bars, so every click selects a different mineral.
  const selection = await repeat(page, n, 'click', 'body', (index) => page.locator('[data-mineral]').nth(index % 2).click());
  await page.context().close();
  return { dataYear, viewSwitch, selection };
}

type ExportKind = 'png' | 'svg' | 'csv';

/**
 * The path users take: a click on the toolbar button. PNG is timed by the app's own measure 'export:png'; SVG and
 * CSV by wall time from the click to Playwright's download event (which includes a few ms of Playwright's own).
 * Chromium stops a page's automatic downloads after about ten, so the page is reloaded every five. The PNG's first
 * export after each load (the slowest: the drawing and encoding code runs for the first time) is also summarised
 * on its own, and the later ones apart from it.
 */
async function measureExports(browser: Browser): Promise<Record<string, Summary>> {
  const target = TARGETS[0]!;
  const result: Record<string, Summary> = {};
  for (const kind of ['png', 'svg', 'csv'] as ExportKind[]) {
    const page = await openPage(browser, target);
    const wall: number[] = [];
    const measured: number[] = [];
    const firstAfterLoad: number[] = [];
    const later: number[] = [];
    const collect = async () => {
      const all = await exportMeasures(page);
      measured.push(...all);
      firstAfterLoad.push(...all.slice(0, 1));
      later.push(...all.slice(1));
    };
    for (let run = 0; run < RUNS.exports; run += 1) {
      if (run > 0 && run % 5 === 0) {
        await collect();
        await page.reload();
        await page.waitForSelector(target.bar);
      }
      const start = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${kind.toUpperCase()}` }).click()]);
      wall.push(performance.now() - start);
      await download.path();
    }
    await collect();
    result[kind] = summarise(kind === 'png' ? measured : wall);
    if (kind === 'png') {
      result['png, first after a load'] = summarise(firstAfterLoad);
      result['png, later'] = summarise(later);
      result['png (wall, click → download)'] = summarise(wall);
    }
    await page.context().close();
  }
  return result;
}

function exportMeasures(page: Page): Promise<number[]> {
  return page.evaluate<number[]>("performance.getEntriesByName('export:png').map((entry) => entry.duration)");
}

export interface BenchResult {
  date: string;
  mode: 'quick' | 'full';
  node: string;
  chromium: string;
  runs: typeof RUNS;
  bytes: Record<'dashboard' | 'floor', BuildBytes>;
  loads: Record<string, { cold: LoadSummary; warm: LoadSummary }>;
  interactions: { dashboard: Record<string, InteractionSummary>; floor: Record<string, InteractionSummary> };
  exports: Record<string, Summary>;
  scale: ScaleResult | null;
  lighthouse: LighthouseResult | null;
  /** The share of the CPU time the VM's host took during each phase (/proc/stat steal; null where unreadable). */
  steal: Record<string, number | null>;
}

/** Progress on stderr, so stdout stays the table. */
function step(text: string): void {
  console.error(`bench: ${text}`);
}

async function main(): Promise<void> {
  const started = performance.now();
  step('building the dashboard and the floor');
  await buildBoth();
  const bytes = {
    dashboard: measureBuild(join(root, 'dist'), /^assets\/(minerals|claims)-[^/]*\.json$/),
    floor: measureBuild(floorDist, /^rows\.json$/),
  };
  const servers = await serveBoth();
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const steal: Record<string, number | null> = {};
    step(`loads: ${RUNS.loads} cold and ${RUNS.loads} warm of each, interleaved`);
    const loads = await recordingSteal(steal, 'loads', () => measureLoads(browser));
    step(`interactions: ${RUNS.filterChanges} filter changes of each app, taking turns; ${RUNS.interactions} of each other dashboard interaction`);
    const filter = await recordingSteal(steal, 'filter', () => filterInteractions(browser));
    const others = await recordingSteal(steal, 'other interactions', () => dashboardInteractions(browser));
    const interactions = { dashboard: { filter: filter.dashboard, ...others }, floor: { filter: filter.floor } };
    step(`exports: ${RUNS.exports} of each`);
    const exports = await recordingSteal(steal, 'exports', () => measureExports(browser));
    if (!QUICK) step('scale: ×1, ×10, ×100');
    const scale = QUICK ? null : await recordingSteal(steal, 'scale', () => measureScale(browser, TARGETS[0]!, join(root, 'dist'), RUNS.scaleLoads));
    const lighthouse = LIGHTHOUSE ? await recordingSteal(steal, 'lighthouse', () => measureLighthouse(TARGETS, QUICK ? 1 : 3, step)) : null;
    const result: BenchResult = {
      date: new Date().toISOString(),
      mode: QUICK ? 'quick' : 'full',
      node: process.version,
      chromium: browser.version(),
      runs: RUNS,
      bytes,
      loads,
      interactions,
      exports,
      scale,
      lighthouse,
      steal,
    };
    mkdirSync(join(root, 'test-results'), { recursive: true });
    writeFileSync(join(root, 'test-results', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(reportTable(result));
    console.log(`\n${result.mode} run, ${((performance.now() - started) / 1000).toFixed(0)} s; every figure in test-results/bench.json`);
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.httpServer.close(() => resolve()))));
  }
}

await main();
