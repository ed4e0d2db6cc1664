import { z } from 'zod/mini';
import { sourceText } from '../../state/format';
import type { ImportSourcesViewData } from '../../state/views/import-sources';

/** One row of the import-sources CSV or JSON: one country's share of one mineral's imports, as printed. */
export const ImportSourcesExportRowSchema = z.object({
  mineral: z.string().check(z.minLength(1)).check(z.describe('The mineral; each of the 14 lanthanides has its own rows, the rare-earths line\'s shares')),
  mineral_id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  rank: z.nullable(z.int().check(z.positive())).check(z.describe('1-based position in USGS order; null where USGS prints no shares')),
  country: z.string().check(z.describe('As printed ("Other", "Other countries" included); empty where USGS prints no shares')),
  share_pct_printed: z.string().check(z.describe('The share exactly as printed ("55", "<1"); empty where USGS prints no shares')),
  period: z.string().check(z.describe('The years the shares cover, e.g. 2021–24; empty where USGS prints no shares')),
  is_china: z.enum(['yes', 'no', '']).check(z.describe('"yes" for China (Hong Kong included where the note says so), "no" otherwise, empty without shares')),
  source: z.string().check(z.minLength(1)).check(z.describe('File and line of the share; for a mineral without shares, why there is none')),
});

export type ImportSourcesExportRow = z.infer<typeof ImportSourcesExportRowSchema>;

export const IMPORT_SOURCES_COLUMNS = Object.keys(ImportSourcesExportRowSchema.shape) as (keyof ImportSourcesExportRow)[];

/**
 * Bars in the order shown, one row per mineral and country (a grouped bar gives each of its minerals its rows, so a
 * CSV joins on mineral_id like every other view's); then each mineral without shares as one row, so none is dropped.
 */
export function toImportSourcesExportRows(data: ImportSourcesViewData): ImportSourcesExportRow[] {
  const shares = data.bars.flatMap((bar) =>
    bar.members.flatMap((member) => bar.segments.map(
      (segment): ImportSourcesExportRow => ({
        mineral: member.name,
        mineral_id: member.id,
        rank: segment.rank,
        country: segment.country,
        share_pct_printed: segment.percentPrinted,
        period: bar.period,
        is_china: segment.isChina ? 'yes' : 'no',
        source: `USGS ${sourceText(segment.source)}`,
      }),
    )),
  );
  const without = data.withoutShares.flatMap((entry) => entry.members.map(
    (member): ImportSourcesExportRow => ({
      mineral: member.name,
      mineral_id: member.id,
      rank: null,
      country: '',
      share_pct_printed: '',
      period: '',
      is_china: '',
      source: 'USGS prints no import shares for this mineral',
    }),
  ));
  return [...shares, ...without];
}
