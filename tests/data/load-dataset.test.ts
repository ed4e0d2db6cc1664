import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_LINE_CHARACTERS, fetchDataset, parseDataset, type LoadResult } from '../../src/data/load-dataset';
import { makeDataset, makeMineral } from '../factories';

const good = makeDataset([makeMineral({ id: 'gallium', nir: { 2023: '100', 2024: '100', 2025: '100' } })]);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const graphemes = (text: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((part) => part.segment);

function problemOf(result: LoadResult) {
  if (result.ok) throw new Error('expected the dataset to be refused');
  return result.problem;
}

describe('parseDataset', () => {
  it('accepts a dataset that fits the schema', async () => {
    expect((await parseDataset(good.minerals, good.claims)).ok).toBe(true);
  });

  it('names a mineral by its id and the field within it, and any other path as it is', async () => {
    const minerals = clone(good.minerals);
    minerals.minerals.push(makeMineral({ id: 'indium' }));
    (minerals.minerals[1]!.figures[0]!.nir as { value: number }).value = 120;
    minerals.editions[1]!.title = '';
    const problem = problemOf(await parseDataset(minerals, good.claims));
    expect(problem).toEqual({
      kind: 'schema',
      title: 'The dataset failed validation (2 problems)',
      details: ['minerals.editions[1].title: Too small: expected string to have >=1 characters', 'indium · figures[0].nir.value: Too big: expected number to be <=100'],
      more: 0,
      advice: 'The dashboard draws nothing rather than show figures it cannot trust. Retrying will not change the file: the site needs a corrected dataset.',
    });
  });

  it('says the mineral once when the message names it already', async () => {
    const minerals = clone(good.minerals);
    minerals.minerals[0]!.figures[0]!.nir = { kind: 'exact', printed: '85', value: 100 };
    minerals.minerals.push(clone(minerals.minerals[0]!));
    const problem = problemOf(await parseDataset(minerals, good.claims));
    expect(problem.details).toEqual([
      'gallium · figures[0].nir: printed "85" reads as exact 85, not exact 100.',
      'gallium · figures[0].nir: printed "85" reads as exact 85, not exact 100.',
      'gallium · id: Duplicate mineral id "gallium".',
    ]);
  });

  it('lists at most 20 problems, then says how many more', async () => {
    const minerals = makeDataset(Array.from({ length: 25 }, (_, index) => makeMineral({ id: `mineral-${index + 1}`, name: '' }))).minerals;
    const problem = problemOf(await parseDataset(minerals, good.claims));
    expect(problem.title).toBe('The dataset failed validation (25 problems)');
    expect(problem.details).toHaveLength(20);
    expect(problem.details[19]).toBe('mineral-20 · name: Too small: expected string to have >=1 characters');
    expect(problem.more).toBe(5);
  });

  it('cuts a long message by whole characters', async () => {
    const minerals = clone(good.minerals);
    minerals.timeline = [
      {
        date: '2026-01-14',
        actor: '🇺🇸'.repeat(500),
        event: 'A proclamation',
        minerals: 'unobtainium',
        sources: ['test'],
        computed: false,
        computedFrom: null,
        mineralIds: ['unobtainium'],
      },
    ];
    const [line = ''] = problemOf(await parseDataset(minerals, good.claims)).details;
    expect(line.startsWith('minerals.timeline[0].mineralIds[0]: The timeline event of 2026-01-14 (🇺🇸🇺🇸')).toBe(true);
    expect(graphemes(line)).toHaveLength(MAX_LINE_CHARACTERS);
    expect(line.endsWith('🇺🇸…')).toBe(true);
  });

  it('says plainly which schema version it cannot read', async () => {
    expect(problemOf(await parseDataset({ ...good.minerals, schemaVersion: 1 }, good.claims))).toMatchObject({
      kind: 'version',
      title: 'data/minerals.json cannot be read by this dashboard',
      details: ['data/minerals.json has schemaVersion 1; this dashboard reads version 2.'],
    });
    expect(problemOf(await parseDataset(good.minerals, { claims: [] })).details).toEqual([
      'data/claims.json has no schemaVersion: it is not a dataset made for this dashboard.',
    ]);
  });

  it('still lists each problem by its place in the file when the words for them cannot load', async () => {
    vi.resetModules();
    vi.doMock('../../src/data/dataset-issues', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    try {
      const { parseDataset: parseOffline } = await import('../../src/data/load-dataset');
      const minerals = clone(good.minerals);
      minerals.editions[1]!.title = '';
      expect(problemOf(await parseOffline(minerals, good.claims))).toMatchObject({
        title: 'The dataset failed validation (1 problem)',
        details: ['minerals.editions.1.title: Invalid input'],
      });
    } finally {
      vi.doUnmock('../../src/data/dataset-issues');
      vi.resetModules();
    }
  });
});

describe('fetchDataset', () => {
  const urls = { minerals: '/data/minerals.json', claims: '/data/claims.json' };
  const respond = (body: string, init: ResponseInit = { status: 200 }) => new Response(body, init);
  const serve = (files: { minerals?: () => Response; claims?: () => Response } = {}) =>
    vi.fn(async (url: string) =>
      url === urls.minerals ? (files.minerals?.() ?? respond(JSON.stringify(good.minerals))) : (files.claims?.() ?? respond(JSON.stringify(good.claims))),
    );

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('loads and parses both files', async () => {
    vi.stubGlobal('fetch', serve());
    const result = await fetchDataset(urls);
    expect(result.ok && result.dataset.minerals.minerals.map((mineral) => mineral.id)).toEqual(['gallium']);
  });

  describe('with the digests of the files the build validated', () => {
    const vouch = (text: string) => ({ bytes: new TextEncoder().encode(text).byteLength, sha256: createHash('sha256').update(text).digest('hex') });
    // Broken on purpose: had it been validated, the dataset would be refused.
    const broken = clone(good.minerals);
    broken.minerals[0]!.figures[0]!.nir = { kind: 'exact', printed: '85', value: 12 };
    const brokenText = JSON.stringify(broken);
    const claimsText = JSON.stringify(good.claims);

    afterEach(() => {
      vi.doUnmock('../../src/data/schema');
      vi.resetModules();
    });

    /** load-dataset.ts afresh, with the schema module (and zod) made to fail, and counted, whenever anything loads it. */
    async function loaderWithoutValidator() {
      const loads = { count: 0 };
      vi.resetModules();
      vi.doMock('../../src/data/schema', () => {
        loads.count += 1;
        throw new Error('the validator was loaded');
      });
      return { loads, ...(await import('../../src/data/load-dataset')) };
    }

    it('takes exactly those bytes as validated, without loading the validator', async () => {
      const { loads, fetchDataset: fetchVouched } = await loaderWithoutValidator();
      vi.stubGlobal('fetch', serve({ minerals: () => respond(brokenText), claims: () => respond(claimsText) }));
      const result = await fetchVouched(urls, { vouched: { minerals: vouch(brokenText), claims: vouch(claimsText) } });
      expect(result).toEqual({ ok: true, dataset: { minerals: broken, claims: good.claims } });
      expect(loads.count).toBe(0);
    });

    it('gives up after 20 seconds when the validator never arrives, as when the data does not', async () => {
      vi.resetModules();
      vi.doMock('../../src/data/schema', () => new Promise(() => {}));
      const { fetchDataset: fetchStalled } = await import('../../src/data/load-dataset');
      vi.useFakeTimers();
      vi.stubGlobal('fetch', serve());
      let result: LoadResult | undefined;
      void fetchStalled(urls, { vouched: { minerals: vouch('other'), claims: vouch(claimsText) } }).then((loaded) => (result = loaded));
      await vi.advanceTimersByTimeAsync(19_999);
      expect(result).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(result).toMatchObject({ ok: false, problem: { kind: 'timeout', title: 'The dataset did not arrive within 20 seconds' } });
    });

    it('validates a file that differs from them by one byte, of the same size or not', async () => {
      const sameSize = brokenText.replace('"value":12', '"value":13');
      expect(sameSize).toHaveLength(brokenText.length);
      for (const [served, value] of [[`${brokenText} `, 12], [sameSize, 13]] as const) {
        vi.stubGlobal('fetch', serve({ minerals: () => respond(served), claims: () => respond(claimsText) }));
        const problem = problemOf(await fetchDataset(urls, { vouched: { minerals: vouch(brokenText), claims: vouch(claimsText) } }));
        expect(problem.title).toBe('The dataset failed validation (1 problem)');
        expect(problem.details).toEqual([`gallium · figures[0].nir: printed "85" reads as exact 85, not exact ${value}.`]);
      }
    });

    it('validates where the browser has no Web Crypto (a page served over plain http)', async () => {
      vi.stubGlobal('crypto', {});
      vi.stubGlobal('fetch', serve({ minerals: () => respond(brokenText), claims: () => respond(claimsText) }));
      const result = await fetchDataset(urls, { vouched: { minerals: vouch(brokenText), claims: vouch(claimsText) } });
      expect(problemOf(result).kind).toBe('schema');
    });

    it('says the dataset could not be checked when the validator cannot load, rather than trusting it', async () => {
      const { loads, fetchDataset: fetchUnvouched } = await loaderWithoutValidator();
      vi.stubGlobal('fetch', serve());
      expect(problemOf(await fetchUnvouched(urls, { vouched: { minerals: vouch('other'), claims: vouch(claimsText) } }))).toMatchObject({
        kind: 'network',
        title: 'The dataset could not be checked',
        details: [expect.stringContaining('mocking a module')],
        advice: 'Part of the page did not load. Check your internet connection, then press Retry.',
      });
      expect(loads.count).toBeGreaterThan(0);
    });
  });

  it('tells a network failure from invalid data', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    expect(problemOf(await fetchDataset(urls))).toEqual({
      kind: 'network',
      title: 'The dataset could not be reached',
      details: ['Failed to fetch'],
      more: 0,
      advice: 'Check your internet connection, then press Retry.',
    });
  });

  it('names the status and the file the server refused', async () => {
    vi.stubGlobal('fetch', serve({ minerals: () => respond('Not here', { status: 404, statusText: 'Not Found' }) }));
    expect(problemOf(await fetchDataset(urls))).toEqual({
      kind: 'http',
      title: 'The server answered 404 Not Found for data/minerals.json',
      details: ['Address asked for: /data/minerals.json'],
      more: 0,
      advice: 'The file may be missing from this site, or the site may be in the middle of an update. Press Retry in a moment.',
    });
  });

  it('names the reason an HTTP/2 server leaves out', async () => {
    vi.stubGlobal('fetch', serve({ claims: () => respond('', { status: 503 }) }));
    expect(problemOf(await fetchDataset(urls))).toMatchObject({
      kind: 'http',
      title: 'The server answered 503 Service Unavailable for data/claims.json',
      advice: 'The server is having trouble. Press Retry in a moment.',
    });
  });

  it('says which file is not JSON, and where the parser stopped', async () => {
    vi.stubGlobal('fetch', serve({ minerals: () => respond('{oops') }));
    const problem = problemOf(await fetchDataset(urls));
    expect(problem).toMatchObject({
      kind: 'json',
      title: 'data/minerals.json is not valid JSON',
      advice: 'The file arrived cut short or damaged. Press Retry; if it fails again, the published file is broken.',
    });
    expect(problem.details).toEqual([expect.stringMatching(/^JSON\.parse says: .*position 1/)]);
  });

  it('reports data that fails the schema under the validation heading', async () => {
    const minerals = clone(good.minerals);
    minerals.minerals[0]!.id = 'Gallium';
    vi.stubGlobal('fetch', serve({ minerals: () => respond(JSON.stringify(minerals)) }));
    expect(problemOf(await fetchDataset(urls))).toMatchObject({ kind: 'schema', title: 'The dataset failed validation (1 problem)' });
  });

  it('gives up after 20 seconds and aborts the requests', async () => {
    vi.useFakeTimers();
    const signals: AbortSignal[] = [];
    // Like a real fetch: pending until its signal aborts.
    const hang = (_url: string, init?: RequestInit) =>
      new Promise<Response>((_, reject) => {
        signals.push(init!.signal!);
        init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason));
      });
    vi.stubGlobal('fetch', vi.fn(hang));
    let result: LoadResult | undefined;
    void fetchDataset(urls).then((loaded) => (result = loaded));
    await vi.advanceTimersByTimeAsync(19_999);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual({
      ok: false,
      problem: {
        kind: 'timeout',
        title: 'The dataset did not arrive within 20 seconds',
        details: [],
        more: 0,
        advice: 'The connection may be slow or the server busy. Press Retry to try again.',
      },
    });
    expect(signals.map((signal) => signal.aborted)).toEqual([true, true]);
  });

  it('times out on its own clock even when a fetch ignores its signal', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => {})));
    const pending = fetchDataset(urls, { timeoutMs: 1_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(problemOf(await pending)).toMatchObject({ kind: 'timeout', title: 'The dataset did not arrive within 1 second' });
  });

  it('stops the requests when the caller aborts', async () => {
    const signals: AbortSignal[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init?: RequestInit) => {
        signals.push(init!.signal!);
        return new Promise<Response>((_, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
      }),
    );
    const caller = new AbortController();
    const pending = fetchDataset(urls, { signal: caller.signal });
    caller.abort();
    expect((await pending).ok).toBe(false);
    expect(signals.map((signal) => signal.aborted)).toEqual([true, true]);
  });
});
