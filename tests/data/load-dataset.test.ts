import { describe, expect, it } from 'vitest';
import { fetchDataset, parseDataset } from '../../src/data/load-dataset';
import { makeDataset, makeMineral } from '../factories';

const good = makeDataset([makeMineral({ id: 'gallium', nir: { 2023: '100', 2024: '100', 2025: '100' } })]);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('parseDataset', () => {
  it('accepts a dataset that fits the schema', () => {
    const result = parseDataset(good.minerals, good.claims);
    expect(result.ok).toBe(true);
  });

  it('names each bad path and why', () => {
    const minerals = clone(good.minerals) as unknown as { minerals: { figures: { nir: unknown }[]; id: string }[] };
    minerals.minerals[0]!.figures[0]!.nir = { kind: 'exact', printed: '120', value: 120 };
    minerals.minerals[0]!.id = 'Not An Id';
    const result = parseDataset(minerals, good.claims);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.title).toContain('2 problems');
    expect(result.problem.details).toContain('minerals.minerals[0].figures[0].nir.value');
    expect(result.problem.details).toContain('minerals.minerals[0].id');
  });

  it('says plainly which schema version it cannot read', () => {
    const result = parseDataset({ ...good.minerals, schemaVersion: 1 }, good.claims);
    expect(result).toEqual({
      ok: false,
      problem: expect.objectContaining({ details: 'data/minerals.json has schemaVersion 1; this dashboard reads version 2.' }),
    });
  });

  it('rejects a figure of an edition the editions table does not have, or repeating a mineral id', () => {
    const minerals = clone(good.minerals);
    minerals.editions = minerals.editions.filter((edition) => edition.dataYear !== 2025);
    minerals.minerals.push(clone(minerals.minerals[0]!));
    const result = parseDataset(minerals, good.claims);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.details).toContain('gallium: MCS2026 with data year 2025 does not match the editions table.');
    expect(result.problem.details).toContain('Duplicate mineral id "gallium".');
  });

  it('rejects two figures for one data year, and an edition whose data year disagrees with the table', () => {
    const minerals = clone(good.minerals);
    const [gallium] = minerals.minerals;
    gallium!.figures.push({ ...gallium!.figures[0]! });
    gallium!.figures[1] = { ...gallium!.figures[1]!, dataYear: 2022 };
    const result = parseDataset(minerals, good.claims);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.details).toContain('gallium: a second figure for data year 2023.');
    expect(result.problem.details).toContain('gallium: MCS2025 with data year 2022 does not match the editions table.');
  });
});

describe('fetchDataset', () => {
  const respond = (body: string, status = 200) => new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' });

  it('loads and parses both files', async () => {
    const fetchImpl = (async (url: string) =>
      respond(JSON.stringify(url === 'm' ? good.minerals : good.claims))) as unknown as typeof fetch;
    const result = await fetchDataset({ minerals: 'm', claims: 'c' }, fetchImpl);
    expect(result.ok && result.dataset.minerals.minerals[0]?.id).toBe('gallium');
  });

  it('reports a missing file and a file that is not JSON, without throwing', async () => {
    const missing = await fetchDataset({ minerals: 'm', claims: 'c' }, (async () => respond('', 404)) as unknown as typeof fetch);
    expect(missing).toEqual({ ok: false, problem: expect.objectContaining({ details: 'data/minerals.json could not be loaded: HTTP 404 Not Found' }) });
    const garbled = await fetchDataset({ minerals: 'm', claims: 'c' }, (async () => respond('{oops')) as unknown as typeof fetch);
    expect(garbled).toEqual({ ok: false, problem: expect.objectContaining({ details: 'data/minerals.json is not valid JSON.' }) });
  });
});
