import type { ReadDataset } from '../data/load-dataset';
import type { LoadResult } from '../data/dataset-problem';

/**
 * A reader that validates the dataset in a worker (src/data/dataset-worker.ts), started at once so its code loads
 * while the files download; undefined where the browser has no Worker (the loader then reads on the page's thread).
 * One worker per load, ended when it answers, fails or is stopped.
 */
export function startWorkerReader(): { read: ReadDataset; stop: () => void } | undefined {
  if (typeof Worker === 'undefined') return undefined;
  const worker = new Worker(new URL('../data/dataset-worker.ts', import.meta.url), { type: 'module', name: 'dataset' });
  const stop = () => worker.terminate();
  // A worker whose script does not load fails before anything is posted to it: the failure waits for the read.
  let failure: Error | null = null;
  let answer: { resolve: (result: LoadResult) => void; reject: (error: Error) => void } | null = null;
  const fail = (why: string) => {
    failure = new Error(`the dataset reader stopped (${why})`);
    stop();
    answer?.reject(failure);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fail(event.message || 'its code did not load');
  };
  worker.onmessageerror = () => fail('its answer could not be read');
  worker.onmessage = (event: MessageEvent<LoadResult>) => {
    stop();
    answer?.resolve(event.data);
  };
  const read: ReadDataset = (minerals, claims) =>
    new Promise<LoadResult>((resolve, reject) => {
      if (failure) return reject(failure);
      answer = { resolve, reject };
      worker.postMessage({ minerals, claims }, [minerals, claims]);
    });
  return { read, stop };
}
