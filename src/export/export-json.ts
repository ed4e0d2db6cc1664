import type { ExportMeta } from './export-meta';
import type { ExportFile, ExportRow } from './export-rows';

/** The JSON download: the same rows as the CSV, with what makes them stand on their own. */
export function toExportJson(meta: ExportMeta, rows: readonly ExportRow[], schemaUrl: string): string {
  const file: ExportFile = { $schema: schemaUrl, ...meta, rows: [...rows] };
  return `${JSON.stringify(file, null, 2)}\n`;
}
