/** npm run data (second step, Node only, not bundled): publishes the JSON Schema of the JSON download as public/export-schema.json. */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import { ExportFileSchema } from './export-file';
import { EXPORT_SCHEMA_PATH } from './export-json';

export function exportSchemaText(): string {
  const schema = z.toJSONSchema(ExportFileSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ title: 'U.S. critical minerals dashboard: JSON download', ...schema }, null, 2)}\n`;
}

function main(): void {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', EXPORT_SCHEMA_PATH);
  writeFileSync(out, exportSchemaText());
  console.log(`Wrote public/${EXPORT_SCHEMA_PATH}.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
