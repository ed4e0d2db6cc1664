import { afterEach, describe, expect, it, vi } from 'vitest';
import { startWorkerReader } from '../../src/app/read-in-worker';
import { fetchDataset } from '../../src/data/load-dataset';

/** A stand-in for the browser's Worker: it records what is posted and lets the test answer or fail. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: { message: unknown; transfer: unknown[] }[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.last = this;
  }
  postMessage(message: unknown, transfer: unknown[]) {
    this.posted.push({ message, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('the dataset read in a worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is not used where the browser has no Worker: the loader then reads on the page', () => {
    vi.stubGlobal('Worker', undefined);
    expect(startWorkerReader()).toBeUndefined();
  });

  it('starts a module worker at once, hands it the bytes without copying them, and ends it with the answer', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const reader = startWorkerReader()!;
    const worker = FakeWorker.last!;
    expect(worker.options.type).toBe('module');
    expect(worker.url.pathname).toMatch(/dataset-worker/);
    const [minerals, claims] = [bytes('{"a":1}'), bytes('{"b":2}')];
    const reading = reader.read(minerals, claims);
    expect(worker.posted).toEqual([{ message: { minerals, claims }, transfer: [minerals, claims] }]);
    const problem = { kind: 'schema', title: 'The dataset failed validation (1 problem)', details: ['x'], more: 0, advice: 'a' };
    worker.answer({ ok: false, problem });
    await expect(reading).resolves.toEqual({ ok: false, problem });
    expect(worker.terminated).toBe(true);
  });

  it('reports a worker whose code did not load, even when it failed before the files arrived', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const reader = startWorkerReader()!;
    FakeWorker.last!.fail('');
    expect(FakeWorker.last!.terminated).toBe(true);
    const serve = vi.fn(async () => new Response('{}'));
    const result = await fetchDataset({ minerals: '/m.json', claims: '/c.json' }, { fetchImpl: serve, read: reader.read });
    expect(result).toEqual({
      ok: false,
      problem: {
        kind: 'network',
        title: 'The dataset could not be read',
        details: ['the dataset reader stopped (its code did not load)'],
        more: 0,
        advice: 'Part of the page did not load. Check your internet connection, then press Retry.',
      },
    });
  });

  it('reports a worker that fails while reading', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const reader = startWorkerReader()!;
    const reading = reader.read(bytes('{}'), bytes('{}'));
    FakeWorker.last!.fail('Uncaught RangeError: out of memory');
    await expect(reading).rejects.toThrow('the dataset reader stopped (Uncaught RangeError: out of memory)');
  });
});
