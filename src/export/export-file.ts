import { z } from 'zod';
import { RelianceExportRowSchema } from './views/reliance-rows';

/** Where the JSON Schema of a JSON download is published (written by `npm run data`). */
export const EXPORT_SCHEMA_PATH = 'export-schema.json';

/** Each view's CSV/JSON row; the JSON says which view it holds. */
export const EXPORT_ROW_SCHEMAS = {
  reliance: RelianceExportRowSchema,
} as const;

function fileSchema<View extends string, Row extends z.ZodObject>(view: View, row: Row) {
  return z.object({
    $schema: z.string().optional(),
    view: z.literal(view),
    title: z.string().min(1),
    subtitle: z.string().min(1),
    source: z.string().min(1),
    notes: z.array(z.string()),
    link: z.string().min(1),
    exported: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    rows: z.array(row),
  });
}

export const ExportFileSchema = z.discriminatedUnion('view', [fileSchema('reliance', EXPORT_ROW_SCHEMAS.reliance)]);

export type ExportFile = z.infer<typeof ExportFileSchema>;
