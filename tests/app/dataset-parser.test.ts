// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { datasetParser } from '../../src/app/build-plugins';
import { datasetParserModule } from '../../src/data/compiled-parser';

describe('dataset-parser: the build writes zod\'s compiled parser as a module', () => {
  it('serves virtual:dataset-parser as code that builds no function from a string', () => {
    const plugin = datasetParser();
    const resolved = (plugin.resolveId as (id: string) => string | null)('virtual:dataset-parser');
    expect(resolved).toBe('\0virtual:dataset-parser');
    const code = (plugin.load as (id: string) => string | null)(resolved!)!;
    expect(code).toBe(datasetParserModule());
    expect(code).toMatch(/^\/\/ Generated at build time/);
    expect(code).toContain('export function createDatasetParser(k)');
    expect(code).not.toMatch(/\bnew Function\b|\beval\(|\bFunction\(/);
    // The refinements and the edition pattern are there: the compiled code checks what the schema checks.
    expect(code).toContain('k.refinements.mineral');
    expect(code).toContain('k.refinements.mineralsFile');
    expect(code).toContain(String.raw`new RegExp("^MCS\\d{4}$", "")`);
  });

  it('answers only for its own id', () => {
    const plugin = datasetParser();
    expect((plugin.resolveId as (id: string) => string | null)('virtual:dataset-digests')).toBeNull();
    expect((plugin.load as (id: string) => string | null)('/src/data/schema.ts')).toBeNull();
  });
});
