import { z } from 'zod';
import { BANDS } from '../state/bands';
import { sourceText } from '../state/format';
import type { RelianceRow } from '../state/derive';
import { editionFor } from '../state/derive';
import type { Dataset, DataYear } from '../data/schema';

/** One row of a CSV or JSON download: what the chart shows for one mineral, with its source. */
export const ExportRowSchema = z.object({
  mineral: z.string().min(1),
  mineral_id: z.string().regex(/^[a-z0-9-]+$/),
  edition: z.string().min(1),
  data_year: z.number().int(),
  nir_printed: z.string().describe('Net import reliance exactly as USGS prints it (">75", "E", "NA"); empty when USGS prints no figure'),
  nir_kind: z.enum(['exact', 'bound', 'exporter', 'withheld', 'not-available', 'none']),
  nir_value: z.number().nullable().describe('The number of an exact value or of a bound; null for E, W, NA and no figure'),
  nir_revised_mcs2026: z
    .string()
    .describe('The value for the same year as MCS 2026 revised it, where that differs from nir_printed; empty where it does not or where MCS 2026 is the edition shown'),
  level: z.enum(BANDS).describe('Reliance level: 100, 75-99, 50-74, 25-49, under-25, exporter, or na (NA, W or no USGS figure)'),
  top_import_sources: z.string().describe('Major import sources in USGS order, separated by "; "'),
  import_sources_period: z.string(),
  china_share_pct: z.string().describe("China's share of U.S. imports as printed (MCS 2026, 2021–24); empty when not printed"),
  china_share_period: z.string(),
  china_share_source: z.string().describe('File and line of the China share; empty when there is none'),
  source: z.string().min(1),
});

export const EXPORT_COLUMNS = Object.keys(ExportRowSchema.shape) as (keyof ExportRow)[];

/** Where the JSON Schema of a JSON download is published (written by `npm run data`). */
export const EXPORT_SCHEMA_PATH = 'export-schema.json';

export const ExportFileSchema = z.object({
  $schema: z.string().optional(),
  title: z.string().min(1),
  subtitle: z.string().min(1),
  source: z.string().min(1),
  link: z.string().min(1),
  exported: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  rows: z.array(ExportRowSchema),
});

export type ExportRow = z.infer<typeof ExportRowSchema>;
export type ExportFile = z.infer<typeof ExportFileSchema>;

export function toExportRows(dataset: Dataset, dataYear: DataYear, rows: readonly RelianceRow[]): ExportRow[] {
  const edition = editionFor(dataset, dataYear).edition;
  return rows.map((row) => {
    const { figure, nir } = row;
    const shares = row.importShares;
    const china = shares?.shares.find((share) => share.country === 'China');
    return {
      mineral: row.name,
      mineral_id: row.id,
      edition,
      data_year: dataYear,
      nir_printed: nir?.printed ?? '',
      nir_kind: nir?.kind ?? 'none',
      nir_value: nir && (nir.kind === 'exact' || nir.kind === 'bound') ? nir.value : null,
      nir_revised_mcs2026: row.revision?.nir.printed ?? '',
      level: row.band,
      top_import_sources: figure?.importSources.join('; ') ?? '',
      import_sources_period: figure?.importSourcesPeriod ?? '',
      china_share_pct: china?.percentPrinted ?? '',
      china_share_period: china && shares ? shares.period : '',
      china_share_source: china ? `USGS ${sourceText(china.source)}` : '',
      source: figure ? `USGS ${sourceText(figure.nirSource)}` : row.note || 'No USGS figure',
    };
  });
}
