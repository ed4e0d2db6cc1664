import { z } from 'zod/mini';
import { BANDS } from '../../state/bands';
import type { RelianceRow } from '../../state/derive';
import { sourceText } from '../../state/format';
import type { ChangeRow, ChangesViewData } from '../../state/views/changes';

/** One row of the changes view's CSV or JSON: one mineral at both data years, each value as printed, with its source. */
export const ChangesExportRowSchema = z.object({
  mineral: z.string().check(z.minLength(1)),
  mineral_id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  from_data_year: z.int(),
  from_edition: z.string().check(z.minLength(1)),
  from_nir_printed: z.string().check(z.describe('Net import reliance in the "from" year exactly as USGS prints it; empty when USGS prints no figure')),
  from_level: z.enum(BANDS),
  to_data_year: z.int(),
  to_edition: z.string().check(z.minLength(1)),
  to_nir_printed: z.string().check(z.describe('Net import reliance in the "to" year exactly as USGS prints it; empty when USGS prints no figure')),
  to_level: z.enum(BANDS),
  change_pct_points: z.nullable(z.number()).check(z.describe('to minus from in percentage points, only when both are exact numbers; null (empty in CSV) for a bound, E, W, NA or no figure')),
  change: z.string().check(z.minLength(1)).check(z.describe('The change in words: "+3 points", "fell: from >95% to 80%", "now E: exporter (was NA)"')),
  from_source: z.string().check(z.minLength(1)),
  to_source: z.string().check(z.minLength(1)),
});

export type ChangesExportRow = z.infer<typeof ChangesExportRowSchema>;

export const CHANGES_COLUMNS = Object.keys(ChangesExportRowSchema.shape) as (keyof ChangesExportRow)[];

function sourceOf(end: RelianceRow): string {
  return end.figure ? `USGS ${sourceText(end.figure.nirSource)}` : end.note || 'No USGS figure';
}

export function toChangesExportRows(data: Pick<ChangesViewData, 'from' | 'to' | 'rows'>): ChangesExportRow[] {
  return data.rows.map((row: ChangeRow) => ({
    mineral: row.name,
    mineral_id: row.id,
    from_data_year: data.from.dataYear,
    from_edition: data.from.edition,
    from_nir_printed: row.from.nir?.printed ?? '',
    from_level: row.from.band,
    to_data_year: data.to.dataYear,
    to_edition: data.to.edition,
    to_nir_printed: row.to.nir?.printed ?? '',
    to_level: row.to.band,
    change_pct_points: row.points,
    change: row.words,
    from_source: sourceOf(row.from),
    to_source: sourceOf(row.to),
  }));
}
