/**
 * "Fast at any size": the dashboard with its dataset ×1, ×10 and ×100, served over HTTP in place of the page's own
 * minerals-*.json by a small server of the build (not page.route: handing 35 MB through the DevTools protocol took
 * 1.4 s, longer than the page's own work), loaded with ?scope=all so every copy is in scope. Every factor, ×1
 * included, comes from the same server. Per size: first bar, a filter-change p90, JS heap after a forced GC (CDP)
 * and the DOM node count.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Browser } from '@playwright/test';
import { servedJson } from '../../src/data/served-json';
import type { Target } from './bench';
import { levelToggle, repeat, VIEWPORT, type InteractionSummary } from './interact';
import { loadProbe, READ_LOAD } from './probes';
import { seeded, summarise, type Summary } from './stats';

const FACTORS = [1, 10, 100] as const;
const FILTER_CHANGES = 20;
const SEED = 20261129;

export interface ScaleRow {
  factor: number;
  minerals: number;
  jsonBytes: number;
  firstBar: Summary;
  filter: InteractionSummary;
  heapBytes: number;
  domNodes: number;
}

export type ScaleResult = ScaleRow[];

interface MineralsFile {
  minerals: { id: string; name: string; criticalLists: string[] }[];
}

/**
 * The file with (factor − 1) × n copies of randomly chosen minerals added: new unique ids and names, and no
 * critical list, so the lists' counts stay true and the copies show under scope=all only.
 */
export function scaledDataset(original: MineralsFile, factor: number): MineralsFile {
  const random = seeded(SEED + factor);
  const count = original.minerals.length * (factor - 1);
  const copies = Array.from({ length: count }, (_, index) => {
    const source = original.minerals[Math.floor(random() * original.minerals.length)]!;
    return { ...source, id: `${source.id}-copy-${index + 1}`, name: `${source.name} (copy ${index + 1})`, criticalLists: [] };
  });
  return { ...original, minerals: [...original.minerals, ...copies] };
}

/** Fails early, with the schema's words, if a scaled file would not load (the page would only show an error). */
async function assertValid(file: MineralsFile, factor: number): Promise<void> {
  const { MineralsFileSchema } = await import('../../src/data/schema');
  const parsed = MineralsFileSchema.safeParse(file);
  if (!parsed.success) throw new Error(`×${factor} dataset is invalid: ${parsed.error.issues.slice(0, 3).map((issue) => issue.message).join('; ')}`);
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };
const SCALE_PORT = 4303;

/** The build as a static site, with the minerals file of the factor being measured in place of its own. */
function serveScaled(distDirectory: string, minerals: () => Buffer): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = /^\/assets\/minerals-[^/]*\.json$/.test(path) ? minerals() : readFileSync(join(distDirectory, path === '/' ? 'index.html' : path));
      response.writeHead(200, { 'Content-Type': TYPES[extname(path === '/' ? 'index.html' : path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(SCALE_PORT, '127.0.0.1', () => resolve(server)));
}

async function measureFactor(browser: Browser, target: Target, body: Buffer, factor: number, minerals: number, loads: number): Promise<ScaleRow> {
  const firstBars: number[] = [];
  let filter: InteractionSummary | null = null;
  let heapBytes = 0;
  let domNodes = 0;
  for (let load = 0; load < loads; load += 1) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(loadProbe(target.bar));
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${SCALE_PORT}/?scope=all`, { timeout: 120_000 });
    const sample = await page.evaluate<{ firstBar: number; domNodes: number }>(READ_LOAD);
    firstBars.push(sample.firstBar);
    // Heap and the filter are taken once, on the last load, after the loads that time the first bar.
    if (load === loads - 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      domNodes = await page.evaluate<number>("document.getElementsByTagName('*').length");
      filter = await repeat(page, FILTER_CHANGES, 'click', target.chart, levelToggle(page), 60_000);
    }
    await context.close();
  }
  return { factor, minerals, jsonBytes: body.length, firstBar: summarise(firstBars), filter: filter!, heapBytes, domNodes };
}

/** `loads` per factor, as many as the load section takes: with 5, one slow ×1 load moved its median and every ratio. */
export async function measureScale(browser: Browser, target: Target, distDirectory: string, loads: number): Promise<ScaleResult> {
  const assets = join(distDirectory, 'assets');
  const file = readdirSync(assets).find((name) => /^minerals-.*\.json$/.test(name))!;
  const original = JSON.parse(readFileSync(join(assets, file), 'utf8')) as MineralsFile;
  const rows: ScaleRow[] = [];
  let body = Buffer.alloc(0);
  const server = await serveScaled(distDirectory, () => body);
  try {
    for (const factor of FACTORS) {
      const scaled = scaledDataset(original, factor);
      await assertValid(scaled, factor);
      // Written as the build writes data/minerals.json (servedJson): the file the page would get from a build of this data.
      body = Buffer.from(servedJson(scaled));
      rows.push(await measureFactor(browser, target, body, factor, scaled.minerals.length, loads));
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return rows;
}
