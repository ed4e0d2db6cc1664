// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSchemaText } from '../../src/export/build-export-schema';

describe('public/export-schema.json', () => {
  it('is the JSON Schema of the JSON download as the zod schema gives it now (run npm run data when it changes)', () => {
    expect(readFileSync(join(process.cwd(), 'public', 'export-schema.json'), 'utf8')).toBe(exportSchemaText());
  });

  it('requires every documented column of a row', () => {
    const schema = JSON.parse(exportSchemaText());
    expect(schema.properties.rows.items.required).toEqual([
      'mineral', 'mineral_id', 'edition', 'data_year', 'nir_printed', 'nir_kind', 'nir_value', 'nir_revised_mcs2026',
      'level', 'top_import_sources', 'import_sources_period', 'china_share_pct', 'china_share_period', 'china_share_source', 'source',
    ]);
  });
});
