/** What the browser downloads: every chunk raw, gzip and brotli; the initial JavaScript; the data the first view waits for. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function sizesOf(buffer: Buffer): Sizes {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function add(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function total(distDirectory: string, files: string[]): Sizes {
  return files.reduce((sum, file) => add(sum, sizesOf(readFileSync(join(distDirectory, file)))), ZERO);
}

/** The JavaScript the page loads before anything is clicked: index.html's module script and its modulepreloads. */
function initialJsFiles(distDirectory: string): string[] {
  const html = readFileSync(join(distDirectory, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map((match) => match[1]!);
}

export interface BuildBytes {
  chunks: Record<string, Sizes>;
  initialJs: Sizes & { files: string[] };
  allJs: Sizes;
  css: Sizes;
  firstViewData: Sizes & { files: string[] };
}

/** `firstViewData` names the JSON files the page fetches before its first bar (by a file-name pattern). */
export function measureBuild(distDirectory: string, firstViewData: RegExp): BuildBytes {
  const files = filesUnder(distDirectory).map((file) => relative(distDirectory, file));
  const chunks = Object.fromEntries(
    files.filter((file) => /\.(js|css)$/.test(file)).map((file) => [file, sizesOf(readFileSync(join(distDirectory, file)))]),
  );
  const initial = initialJsFiles(distDirectory);
  const data = files.filter((file) => firstViewData.test(file));
  return {
    chunks,
    initialJs: { ...total(distDirectory, initial), files: initial },
    allJs: total(distDirectory, files.filter((file) => file.endsWith('.js'))),
    css: total(distDirectory, files.filter((file) => file.endsWith('.css'))),
    firstViewData: { ...total(distDirectory, data), files: data },
  };
}
