// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSchemaText } from '../../src/export/build-export-schema';
import { EXPORT_ROW_SCHEMAS } from '../../src/export/export-file';

interface VariantSchema {
  properties: { view: { const: string }; rows: { items: { required: string[] } } };
}

describe('public/export-schema.json', () => {
  it('is the JSON Schema of the JSON download as the zod schema gives it now (run npm run data when it changes)', () => {
    expect(readFileSync(join(process.cwd(), 'public', 'export-schema.json'), 'utf8')).toBe(exportSchemaText());
  });

  it('has one variant per view, named by `view`, requiring every column of that view\'s rows', () => {
    const schema = JSON.parse(exportSchemaText()) as { oneOf: VariantSchema[] };
    const variants = new Map(schema.oneOf.map((variant) => [variant.properties.view.const, variant.properties.rows.items.required]));
    expect([...variants.keys()]).toEqual(Object.keys(EXPORT_ROW_SCHEMAS));
    for (const [view, rowSchema] of Object.entries(EXPORT_ROW_SCHEMAS)) {
      expect(variants.get(view)).toEqual(Object.keys(rowSchema.shape));
    }
    expect(variants.get('reliance')).toEqual([
      'mineral', 'mineral_id', 'edition', 'data_year', 'nir_printed', 'nir_kind', 'nir_value', 'nir_revised', 'revised_edition',
      'level', 'top_import_sources', 'import_sources_period', 'china_share_pct', 'china_share_period', 'china_share_source',
      'china_export_control', 'source',
    ]);
  });
});
