import { z } from 'zod/mini';
import type { ViewId } from '../state/view';
import { ChangesExportRowSchema } from './views/changes-rows';
import { ChinaExposureExportRowSchema } from './views/china-exposure-rows';
import { ImportSourcesExportRowSchema } from './views/import-sources-rows';
import { OverTimeExportRowSchema } from './views/over-time-rows';
import { RelianceExportRowSchema } from './views/reliance-rows';
import { TableExportRowSchema } from './views/table-rows';
import { TimelineExportRowSchema } from './views/timeline-rows';

/** Each view's CSV/JSON row; the JSON says which view it holds. */
export const EXPORT_ROW_SCHEMAS = {
  reliance: RelianceExportRowSchema,
  'china-exposure': ChinaExposureExportRowSchema,
  'over-time': OverTimeExportRowSchema,
  changes: ChangesExportRowSchema,
  'import-sources': ImportSourcesExportRowSchema,
  table: TableExportRowSchema,
  timeline: TimelineExportRowSchema,
} as const satisfies Record<ViewId, z.ZodMiniObject>;

function fileSchema<View extends ViewId, Row extends z.ZodMiniObject>(view: View, row: Row) {
  return z.object({
    $schema: z.optional(z.string()),
    view: z.literal(view),
    title: z.string().check(z.minLength(1)),
    subtitle: z.string().check(z.minLength(1)),
    source: z.string().check(z.minLength(1)),
    notes: z.array(z.string()),
    link: z.string().check(z.minLength(1)),
    exported: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    rows: z.array(row),
  });
}

export const ExportFileSchema = z.discriminatedUnion('view', [
  fileSchema('reliance', EXPORT_ROW_SCHEMAS.reliance),
  fileSchema('china-exposure', EXPORT_ROW_SCHEMAS['china-exposure']),
  fileSchema('over-time', EXPORT_ROW_SCHEMAS['over-time']),
  fileSchema('changes', EXPORT_ROW_SCHEMAS.changes),
  fileSchema('import-sources', EXPORT_ROW_SCHEMAS['import-sources']),
  fileSchema('table', EXPORT_ROW_SCHEMAS.table),
  fileSchema('timeline', EXPORT_ROW_SCHEMAS.timeline),
]);

export type ExportFile = z.infer<typeof ExportFileSchema>;
