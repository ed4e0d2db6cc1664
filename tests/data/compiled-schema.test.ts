import { afterAll, describe, expect, it, vi } from 'vitest';

// Before any schema module loads: the page's CSP refuses `new Function`, so the compiled parser must be plain code.
const functionsConstructed = await vi.hoisted(async () => (await import('../function-calls')).recordFunctionsFromStrings());

import { INVALID } from 'zod/mini';
import { compiledDatasetParser, FastDatasetSchema } from '../../src/data/compiled-schema';
import { DatasetSchema, type Dataset } from '../../src/data/schema';
import { scaledDataset } from '../bench/scale';
import { loadCommittedDataset } from '../committed-dataset';
import { makeDataset, makeMineral } from '../factories';

afterAll(() => vi.unstubAllGlobals());

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The compiled parser's answer and zod's own, for one input: the same value, or both refusing. */
function bothParsers(input: unknown) {
  const interpreted = DatasetSchema.safeParse(input);
  return { compiled: compiledDatasetParser!(input), interpreted: interpreted.success ? interpreted.data : INVALID };
}

describe("zod's parser compiled at build time (virtual:dataset-parser)", () => {
  it('is built, and parses without constructing a Function', () => {
    expect(compiledDatasetParser).toBeTypeOf('function');
    const committed = loadCommittedDataset();
    expect(compiledDatasetParser!(clone(committed))).not.toBe(INVALID);
    expect(functionsConstructed).toEqual([]);
  });

  it('gives back what zod gives back for the committed dataset and for it ×3 (184 copied minerals more)', () => {
    const committed = clone(loadCommittedDataset());
    const { compiled, interpreted } = bothParsers(committed);
    expect(compiled).toEqual(interpreted);
    const scaled = { minerals: scaledDataset(committed.minerals, 3), claims: committed.claims };
    const both = bothParsers(scaled);
    expect(both.compiled).not.toBe(INVALID);
    expect(both.compiled).toEqual(both.interpreted);
  });

  it('drops the fields the schema does not know, as zod does', () => {
    const dataset = makeDataset([makeMineral({ id: 'gallium', nir: { 2024: '100' } })]);
    const withExtras = clone(dataset);
    Object.assign(withExtras.minerals.minerals[0]!, { colour: 'grey' });
    Object.assign(withExtras.minerals.minerals[0]!.figures[0]!.nirSource, { page: 4 });
    const { compiled, interpreted } = bothParsers(withExtras);
    expect(compiled).toEqual(interpreted);
    expect(compiled).toEqual(DatasetSchema.parse(dataset));
  });

  it('refuses what zod refuses: a field, a NIR record that contradicts its printed form, a repeated id, an unknown timeline mineral', () => {
    const valid = makeDataset([makeMineral({ id: 'gallium', nir: { 2024: '100' } }), makeMineral({ id: 'cobalt', nir: { 2024: '76' } })]);
    const broken: Dataset[] = Array.from({ length: 5 }, () => clone(valid));
    broken[0]!.minerals.minerals[1]!.figures[0]!.nir = { kind: 'exact', printed: '176', value: 176 };
    broken[1]!.minerals.minerals[1]!.figures[0]!.nir = { kind: 'exact', printed: '76', value: 67 };
    broken[2]!.minerals.minerals[1]!.id = 'gallium';
    const event = { date: '2025-12-01', actor: 'China', event: 'Export ban', minerals: 'gallium; germanium', sources: ['https://www.mofcom.gov.cn/'], computed: false, computedFrom: null };
    valid.minerals.timeline = [{ ...event, mineralIds: ['gallium'] }];
    broken[3]!.minerals.timeline = [{ ...event, mineralIds: ['gallium', 'germanium'] }];
    broken[4]!.minerals.minerals[0]!.figures[0]!.nirSource.edition = 'MCS26';
    for (const dataset of broken) expect(bothParsers(dataset)).toEqual({ compiled: INVALID, interpreted: INVALID });
    expect(bothParsers(valid).compiled).toEqual(DatasetSchema.parse(valid));
  });

  it('hands a refused file to zod, which words every problem as before', () => {
    const dataset = makeDataset([makeMineral({ id: 'gallium', nir: { 2024: '100' } }), makeMineral({ id: 'cobalt', nir: { 2024: '76' } })]);
    dataset.minerals.minerals[1]!.id = 'gallium';
    dataset.minerals.minerals[0]!.figures[0]!.nir = { kind: 'exact', printed: '100', value: 101 };
    const fast = FastDatasetSchema.safeParse(dataset);
    const slow = DatasetSchema.safeParse(dataset);
    expect(fast.success).toBe(false);
    expect(fast.error?.issues).toEqual(slow.error?.issues);
    expect(fast.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['minerals.minerals.0.figures.0.nir.value', 'minerals.minerals.1.id']);
  });
});
