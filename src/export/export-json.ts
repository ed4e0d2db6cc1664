import type { ExportRecord } from './csv';
import type { ExportMeta } from './export-meta';

/** Where the JSON Schema of a JSON download is published (written by `npm run data` from export-file.ts). */
export const EXPORT_SCHEMA_PATH = 'export-schema.json';

/** The JSON download: the same rows as the CSV, with what makes them stand on their own, and the view they come from. */
export function toExportJson(meta: ExportMeta, view: string, rows: readonly ExportRecord[], schemaUrl: string): string {
  const { title, subtitle, source, notes, link, exported } = meta;
  const file = { $schema: schemaUrl, view, title, subtitle, source, notes, link, exported, rows: [...rows] };
  return `${JSON.stringify(file, null, 2)}\n`;
}
