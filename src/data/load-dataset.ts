import {
  CLAIMS_FILE,
  DEFAULT_TIMEOUT_MS,
  MINERALS_FILE,
  problem,
  type DatasetProblem,
  type LoadResult,
} from './dataset-problem';

export { DEFAULT_TIMEOUT_MS, MAX_LINE_CHARACTERS, MAX_LISTED_PROBLEMS } from './dataset-problem';
export type { DatasetProblem, DatasetProblemKind, LoadResult } from './dataset-problem';

/**
 * Reads both files' bytes into a dataset (JSON, then zod). The app passes one that works in a worker; this one loads
 * the reading code here, on the page's thread.
 */
export type ReadDataset = (minerals: ArrayBuffer, claims: ArrayBuffer) => Promise<LoadResult>;

const readHere: ReadDataset = async (minerals, claims) => (await import('./parse-dataset')).readDataset(minerals, claims);

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

async function fetchBytes(url: string, name: string, fetchImpl: typeof fetch, signal: AbortSignal): Promise<ArrayBuffer> {
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
  return response.arrayBuffer();
}

export interface FetchDatasetOptions {
  /** Give up after this long (the default is 20 seconds). */
  timeoutMs?: number;
  /** Aborting it stops the requests; the caller then ignores the result. */
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  /** Where the bytes become a dataset: the app's worker; by default, here. */
  read?: ReadDataset;
}

/**
 * Fetches both files, then reads and validates them; never throws: every failure comes back as a problem of its own
 * kind. The time limit is the download's: reading a large file takes as long as it takes.
 */
export async function fetchDataset(
  urls: { minerals: string; claims: string },
  { timeoutMs = DEFAULT_TIMEOUT_MS, signal, fetchImpl = globalThis.fetch, read = readHere }: FetchDatasetOptions = {},
): Promise<LoadResult> {
  const fetched = await fetchBoth(urls, timeoutMs, signal, fetchImpl);
  if ('problem' in fetched) return { ok: false, problem: fetched.problem };
  try {
    return await read(fetched.minerals, fetched.claims);
  } catch (error) {
    // The code that reads the files did not load (or its worker failed): the page, not the data, is at fault.
    return {
      ok: false,
      problem: problem('network', 'The dataset could not be read', 'Part of the page did not load. Check your internet connection, then press Retry.', [
        error instanceof Error ? error.message : String(error),
      ]),
    };
  }
}

async function fetchBoth(
  urls: { minerals: string; claims: string },
  timeoutMs: number,
  signal: AbortSignal | undefined,
  fetchImpl: typeof fetch,
): Promise<{ minerals: ArrayBuffer; claims: ArrayBuffer } | { problem: DatasetProblem }> {
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
  try {
    const [minerals, claims] = await Promise.race([
      Promise.all([
        fetchBytes(urls.minerals, MINERALS_FILE, fetchImpl, controller.signal),
        fetchBytes(urls.claims, CLAIMS_FILE, fetchImpl, controller.signal),
      ]),
      timedOut,
    ]);
    return { minerals, claims };
  } catch (error) {
    if (error instanceof LoadFailure) return { problem: error.problem };
    if (error instanceof LoadTimeout || controller.signal.reason instanceof LoadTimeout) {
      return {
        problem: problem(
          'timeout',
          `The dataset did not arrive within ${secondsLabel(timeoutMs)}`,
          'The connection may be slow or the server busy. Press Retry to try again.',
        ),
      };
    }
    return {
      problem: problem('network', 'The dataset could not be reached', 'Check your internet connection, then press Retry.', [
        error instanceof Error ? error.message : String(error),
      ]),
    };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}
