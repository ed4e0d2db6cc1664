/**
 * The build's own Vite plugins (Node only; vite.config.ts uses them). They make the first paint complete before any
 * JavaScript runs: the theme as a stylesheet, the page's frame as HTML, the data requested with the HTML.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { createServer, normalizePath, type Plugin } from 'vite';
import { datasetParserModule } from '../data/compiled-parser.ts';
import { servedJson } from '../data/served-json.ts';
import { vouchFor } from '../data/vouch.ts';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
import { fontWarmupSource } from './font-warmup.ts';
import { themeStylesheet } from './theme-css.ts';

/** A plugin that serves `id` (`virtual:…`) with what `source` writes, when it is first imported. */
function virtualModule(name: string, id: string, source: () => string): Plugin {
  return {
    name,
    resolveId: (requested) => (requested === id ? `\0${id}` : null),
    load: (resolved) => (resolved === `\0${id}` ? source() : null),
  };
}

/** `import 'virtual:theme.css'`: the design tokens of charts/theme.ts as CSS custom properties. */
export function themeCss(): Plugin {
  return virtualModule('theme-css', 'virtual:theme.css', themeStylesheet);
}

const DIGESTS_ID = 'virtual:dataset-digests';

/** The dataset's files as the page receives them (see compactData). */
const DATA_FILES = ['minerals.json', 'claims.json'] as const;

/**
 * A dataset file as the build serves it (servedJson): the same JSON without the indentation that keeps data/
 * readable in a diff. data/minerals.json is 700 KB indented and 397 KB without (44 KB gzip against 35 KB), and the
 * page decodes, hashes and parses every byte before its first chart. Bytes that are not JSON are served as they
 * are, for the page to refuse.
 */
export function compactJson(bytes: Uint8Array): Uint8Array {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return bytes;
  }
  return new TextEncoder().encode(servedJson(value));
}

/**
 * `import digests from 'virtual:dataset-digests'`: the sizes and SHA-256 of data/minerals.json and data/claims.json,
 * once they pass the schema here, at build time; the page then skips validating those exact bytes (and does not load zod for
 * them). null when they do not pass (a warning says why): the page validates them and says what is wrong.
 */
export function datasetDigests(): Plugin {
  let root = process.cwd();
  // The build serves the files compacted (compactData); the dev server serves data/ as it is.
  let served = (bytes: Uint8Array) => bytes;
  return {
    name: 'dataset-digests',
    configResolved(config) {
      root = config.root;
      if (config.command === 'build') served = compactJson;
    },
    resolveId: (id) => (id === DIGESTS_ID ? `\0${DIGESTS_ID}` : null),
    async load(id) {
      if (id !== `\0${DIGESTS_ID}`) return null;
      const files = DATA_FILES.map((name) => join(root, 'data', name));
      for (const file of files) this.addWatchFile(file);
      const [minerals, claims] = (await Promise.all(files.map((file) => readFile(file)))).map(served);
      const vouched = vouchFor(minerals!, claims!);
      if ('refused' in vouched) this.warn(`data/ is not vouched for, so the page will validate it: ${vouched.refused}`);
      return `export default ${JSON.stringify('digests' in vouched ? vouched.digests : null)};`;
    },
  };
}

/**
 * `import { createDatasetParser } from 'virtual:dataset-parser'`: zod's compiled parser for DatasetSchema, generated
 * here (compiled-parser.ts) in the build, the dev server and the tests alike. A schema the generator cannot write
 * fails the build with its reason: the page would otherwise be slower without saying why.
 */
export function datasetParser(): Plugin {
  return virtualModule('dataset-parser', 'virtual:dataset-parser', datasetParserModule);
}

/** The policy as a <meta> in the built index.html only: the dev server injects inline scripts of its own. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Renders <Root /> once at build time into index.html's #root: the header, the panels' outlines and "Loading…" paint
 * with the HTML and CSS, before the JavaScript has arrived; React draws the dashboard in their place (nothing moves).
 */
export function prerenderFrame(): Plugin {
  return {
    name: 'prerender-frame',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const server = await createServer({
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          plugins: [themeCss(), datasetDigests()],
        });
        try {
          // React from Node itself: the module runner leaves node_modules to Node, so <Root /> renders with this copy.
          const [{ renderToString }, { createElement }, { Root }] = await Promise.all([
            import('react-dom/server'),
            import('react'),
            server.ssrLoadModule('/src/app/root.tsx') as Promise<typeof import('./root.tsx')>,
          ]);
          const frame = renderToString(createElement(Root));
          if (!html.includes('<div id="root"></div>')) throw new Error('index.html has no empty <div id="root"></div> to render the frame into.');
          return html.replace('<div id="root"></div>', `<div id="root">${frame}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}

/** The dataset's files as built (hashed names), found in the bundle by the name they were imported under. */
function dataFiles(bundle: OutputBundle | undefined): string[] {
  const files = Object.values(bundle ?? {})
    .filter((chunk) => chunk.type === 'asset' && (DATA_FILES as readonly string[]).includes(chunk.names[0] ?? ''))
    .map((chunk) => chunk.fileName);
  if (files.length !== DATA_FILES.length) throw new Error(`Expected the bundle to hold ${DATA_FILES.join(' and ')}, found: ${files.join(', ') || 'neither'}.`);
  return files.sort();
}

/**
 * The dataset's files served compacted (compactJson), under a name hashed from those bytes: the bytes
 * virtual:dataset-digests vouched for in a build. `import url from '…/data/minerals.json?url'` gives their address.
 */
export function compactData(): Plugin {
  let root = process.cwd();
  return {
    name: 'compact-data',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async load(id) {
      const [path, query] = id.split('?');
      // Only the project's own data/ files: the ones virtual:dataset-digests vouches for.
      const name = DATA_FILES.find((file) => path === normalizePath(join(root, 'data', file)));
      if (!name || query !== 'url') return null;
      const reference = this.emitFile({ type: 'asset', name, source: compactJson(await readFile(path!)) });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}

/** <link rel=preload> for the dataset: the browser fetches it alongside the JavaScript instead of after it. */
export function preloadData(): Plugin {
  let base = '/';
  return {
    name: 'preload-data',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        dataFiles(context.bundle as OutputBundle | undefined).map((file) => ({
          tag: 'link',
          // crossorigin: fetch() asks in cors mode with same-origin credentials; the preload must ask alike to be used.
          attrs: { rel: 'preload', as: 'fetch', href: `${base}${file}`, crossorigin: '' },
          injectTo: 'head' as const,
        })),
    },
  };
}

/**
 * The font warm-up (font-warmup.ts) as its own small script, loaded async: it runs as soon as it arrives, while the
 * app's script is still compiling, instead of after it as a part of the app's bundle would.
 */
export function fontWarmup(): Plugin {
  let base = '/';
  const source = fontWarmupSource();
  const fileName = `assets/font-warmup-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
  return {
    name: 'font-warmup',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: () => [{ tag: 'script', attrs: { type: 'module', async: true, src: `${base}${fileName}` }, injectTo: 'head' }],
  };
}

/** V8's explicit compile hint, as the first line of a script: compile every function in it now, not at first call. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Puts COMPILE_HINT on the entry chunk, the first view's code (README.md, How it fits together, says why). */
export function compileHint(): Plugin {
  return {
    name: 'compile-hint',
    apply: 'build',
    generateBundle: {
      // After Vite's own generateBundle, which puts its preload list at the chunk's top: the hint counts only as line 1.
      order: 'post',
      handler(_options, bundle) {
        const entries = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk' && file.isEntry);
        if (entries.length !== 1) throw new Error(`Expected one entry chunk to mark for eager compiling, found ${entries.length}.`);
        const entry = entries[0]!;
        if (entry.code.includes('//# sourceMappingURL=data:')) {
          throw new Error('The compile hint would put an inline source map a line off: build with a separate .map file.');
        }
        entry.code = COMPILE_HINT + entry.code;
        // A line more at the top moves every mapped line down one: in the chunk's map and in the .map file already emitted.
        if (entry.map) entry.map.mappings = `;${entry.map.mappings}`;
        const mapFile = bundle[`${entry.fileName}.map`];
        if (mapFile?.type === 'asset') {
          const text = typeof mapFile.source === 'string' ? mapFile.source : new TextDecoder().decode(mapFile.source);
          const map = JSON.parse(text) as { mappings: string };
          mapFile.source = JSON.stringify({ ...map, mappings: `;${map.mappings}` });
        }
      },
    },
  };
}
