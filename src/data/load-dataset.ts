import { truncateChars } from './text';
import type { Dataset } from './schema';
import { SCHEMA_VERSION } from './schema-version';

/** What went wrong: the file could not be reached, the server refused it, it is not JSON, not ours, or not valid. */
export type DatasetProblemKind = 'network' | 'http' | 'json' | 'schema' | 'timeout' | 'version';

export interface DatasetProblem {
  kind: DatasetProblemKind;
  title: string;
  /** One line per problem, at most MAX_LISTED_PROBLEMS, each at most MAX_LINE_CHARACTERS whole characters. */
  details: string[];
  /** How many problems were found beyond those listed ("and N more"). */
  more: number;
  /** What a reader of the site can do about it. */
  advice: string;
}

/** A file the build validated (src/data/vouch.ts): its size in bytes and the SHA-256 of its bytes, lower-case hex. */
export interface VouchedFile {
  bytes: number;
  sha256: string;
}

export interface DatasetDigests {
  minerals: VouchedFile;
  claims: VouchedFile;
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problem: DatasetProblem };

export const MAX_LISTED_PROBLEMS = 20;
export const MAX_LINE_CHARACTERS = 300;
export const DEFAULT_TIMEOUT_MS = 20_000;

const MINERALS_FILE = 'data/minerals.json';
const CLAIMS_FILE = 'data/claims.json';

function problem(kind: DatasetProblemKind, title: string, advice: string, lines: string[] = []): DatasetProblem {
  return {
    kind,
    title: truncateChars(title, MAX_LINE_CHARACTERS),
    details: lines.slice(0, MAX_LISTED_PROBLEMS).map((line) => truncateChars(line, MAX_LINE_CHARACTERS)),
    more: Math.max(0, lines.length - MAX_LISTED_PROBLEMS),
    advice,
  };
}

function versionProblem(name: string, raw: unknown): DatasetProblem | null {
  const version = typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version === SCHEMA_VERSION) return null;
  return problem(
    'version',
    `${name} cannot be read by this dashboard`,
    'The page and its data come from different releases, which can happen for a moment while the site is updated. Press Retry; if this stays, reload the page.',
    [
      version === undefined
        ? `${name} has no schemaVersion: it is not a dataset made for this dashboard.`
        : `${name} has schemaVersion ${JSON.stringify(version)}; this dashboard reads version ${SCHEMA_VERSION}.`,
    ],
  );
}

/**
 * The validator (zod, the schema and its compiled parser), loaded once, when some bytes need it; a failed load is
 * tried again next time.
 */
let validator: Promise<typeof import('./compiled-schema')> | null = null;
function loadValidator(): Promise<typeof import('./compiled-schema')> {
  if (!validator) {
    const loading = import('./compiled-schema');
    loading.catch(() => {
      if (validator === loading) validator = null;
    });
    validator = loading;
  }
  return validator;
}

/**
 * Validates both files once, at the edge; nothing downstream checks again. The validator (zod and the schema) loads
 * here, only for files the build did not vouch for. A dataset that fails is described by a module loaded then (zod's
 * English and the wording of each problem); if that cannot load, each problem is still listed by its place in the file.
 */
export async function parseDataset(minerals: unknown, claims: unknown): Promise<LoadResult> {
  const versionIssue = versionProblem(MINERALS_FILE, minerals) ?? versionProblem(CLAIMS_FILE, claims);
  if (versionIssue) return { ok: false, problem: versionIssue };
  let schema: typeof import('./compiled-schema');
  try {
    schema = await loadValidator();
  } catch (error) {
    return {
      ok: false,
      problem: problem('network', 'The dataset could not be checked', 'Part of the page did not load. Check your internet connection, then press Retry.', [
        error instanceof Error ? error.message : String(error),
      ]),
    };
  }
  const result = schema.FastDatasetSchema.safeParse({ minerals, claims });
  if (result.success) return { ok: true, dataset: result.data };
  const { issues } = result.error;
  const lines = await import('./dataset-issues').then(
    (words) => words.datasetIssueLines(minerals, claims),
    () => issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
  );
  const count = issues.length;
  return {
    ok: false,
    problem: problem(
      'schema',
      `The dataset failed validation (${count.toLocaleString('en-US')} ${count === 1 ? 'problem' : 'problems'})`,
      'The dashboard draws nothing rather than show figures it cannot trust. Retrying will not change the file: the site needs a corrected dataset.',
      lines,
    ),
  };
}

/** HTTP/2 sends no reason phrase, so the common ones are named here. */
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** A failure already put into words; anything else thrown while fetching is the network's. */
class LoadFailure extends Error {
  constructor(readonly problem: DatasetProblem) {
    super(problem.title);
  }
}

/** The reason the loader aborts with when time is up, so the catch can tell it from a network failure. */
class LoadTimeout extends Error {}

function secondsLabel(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 100) / 10;
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}

/** The SHA-256 of the bytes, or null where the browser has no Web Crypto (a page not served over https or from localhost). */
async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    // A view, not the buffer itself: Node's Web Crypto (the tests') refuses an ArrayBuffer made by another realm.
    const digest = new Uint8Array(await subtle.digest('SHA-256', new Uint8Array(bytes)));
    return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

/**
 * A file's JSON, and whether its bytes are the ones the build vouched for. A file of another size is not hashed (it
 * cannot match), and the validator starts loading at once, while the file is parsed.
 */
async function fetchJson(url: string, name: string, fetchImpl: typeof fetch, signal: AbortSignal, vouchedFile: VouchedFile | null): Promise<{ value: unknown; vouched: boolean }> {
  const response = await fetchImpl(url, { signal });
  if (!response.ok) {
    const status = `${response.status} ${response.statusText || REASONS[response.status] || ''}`.trim();
    throw new LoadFailure(
      problem(
        'http',
        `The server answered ${status} for ${name}`,
        response.status >= 500
          ? 'The server is having trouble. Press Retry in a moment.'
          : 'The file may be missing from this site, or the site may be in the middle of an update. Press Retry in a moment.',
        [`Address asked for: ${url}`],
      ),
    );
  }
  const bytes = await response.arrayBuffer();
  const sum = vouchedFile && bytes.byteLength === vouchedFile.bytes ? sha256Hex(bytes) : null;
  if (!sum) loadValidator().catch(() => undefined);
  try {
    // As response.text() reads it: UTF-8, a byte-order mark dropped, a bad byte replaced.
    const value = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    return { value, vouched: sum !== null && (await sum) === vouchedFile?.sha256 };
  } catch (error) {
    throw new LoadFailure(
      problem(
        'json',
        `${name} is not valid JSON`,
        'The file arrived cut short or damaged. Press Retry; if it fails again, the published file is broken.',
        // The parser's own words say where, when it knows ("… at position 1 (line 1 column 2)").
        error instanceof Error ? [`JSON.parse says: ${error.message}`] : [],
      ),
    );
  }
}

export interface FetchDatasetOptions {
  /** Give up after this long (the default is 20 seconds). */
  timeoutMs?: number;
  /** Aborting it stops the requests; the caller then ignores the result. */
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  /**
   * The digests of the files the build validated (virtual:dataset-digests). Files with exactly these bytes are not
   * validated again, and the validator is not loaded for them; any other bytes are validated.
   */
  vouched?: DatasetDigests | null;
}

/** Fetches and validates both files; never throws: every failure comes back as a problem of its own kind. */
export async function fetchDataset(
  urls: { minerals: string; claims: string },
  { timeoutMs = DEFAULT_TIMEOUT_MS, signal, fetchImpl = globalThis.fetch, vouched = null }: FetchDatasetOptions = {},
): Promise<LoadResult> {
  const controller = new AbortController();
  const stop = () => controller.abort(signal?.reason);
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Rejects on time even when a fetch ignores its signal.
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const reason = new LoadTimeout();
      controller.abort(reason);
      reject(reason);
    }, timeoutMs);
  });
  const load = async (): Promise<LoadResult> => {
    const [minerals, claims] = await Promise.all([
      fetchJson(urls.minerals, MINERALS_FILE, fetchImpl, controller.signal, vouched?.minerals ?? null),
      fetchJson(urls.claims, CLAIMS_FILE, fetchImpl, controller.signal, vouched?.claims ?? null),
    ]);
    if (minerals.vouched && claims.vouched) {
      // The very bytes the build validated, which the schema gives back unchanged (src/data/vouch.ts).
      return { ok: true, dataset: { minerals: minerals.value, claims: claims.value } as Dataset };
    }
    return parseDataset(minerals.value, claims.value);
  };
  try {
    // The clock covers the validator's code too, which loads only for bytes the build did not vouch for.
    return await Promise.race([load(), timedOut]);
  } catch (error) {
    if (error instanceof LoadFailure) return { ok: false, problem: error.problem };
    if (error instanceof LoadTimeout || controller.signal.reason instanceof LoadTimeout) {
      return {
        ok: false,
        problem: problem(
          'timeout',
          `The dataset did not arrive within ${secondsLabel(timeoutMs)}`,
          'The connection may be slow or the server busy. Press Retry to try again.',
        ),
      };
    }
    return {
      ok: false,
      problem: problem('network', 'The dataset could not be reached', 'Check your internet connection, then press Retry.', [
        error instanceof Error ? error.message : String(error),
      ]),
    };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}
