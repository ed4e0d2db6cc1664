import { z } from 'zod/mini';
import { BANDS } from '../../state/bands';
import { chinaControlText, sourceText } from '../../state/format';
import type { RelianceRow } from '../../state/derive';
import type { EditionInfo } from '../../data/schema';

/** One row of the reliance view's CSV or JSON: what the chart shows for one mineral, with its source. */
export const RelianceExportRowSchema = z.object({
  mineral: z.string().check(z.minLength(1)),
  mineral_id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  edition: z.string().check(z.minLength(1)),
  data_year: z.int(),
  nir_printed: z.string().check(z.describe('Net import reliance exactly as USGS prints it (">75", "E", "NA"); empty when USGS prints no figure')),
  nir_kind: z.enum(['exact', 'bound', 'exporter', 'withheld', 'not-available', 'none']),
  nir_value: z.nullable(z.number()).check(z.describe('The number of an exact value or of a bound; null for E, W, NA and no figure')),
  nir_revised: z
    .string()
    .check(z.describe('The value for the same year as a later edition revised it, where that differs from nir_printed; empty otherwise')),
  revised_edition: z.string().check(z.describe('The edition that revised it (e.g. MCS2026); empty where nothing was revised')),
  level: z.enum(BANDS).check(z.describe('Reliance level: 100, 75-99, 50-74, 25-49, under-25, exporter, or na (NA, W or no USGS figure)')),
  top_import_sources: z.string().check(z.describe('Major import sources in USGS order, separated by "; "')),
  import_sources_period: z.string(),
  china_share_pct: z.string().check(z.describe("China's share of U.S. imports as printed (latest edition's shares); empty when not printed")),
  china_share_period: z.string(),
  china_share_source: z.string().check(z.describe('File and line of the China share; empty when there is none')),
  china_export_control: z.string().check(z.describe('The items of China\'s export-licensing row that name the mineral, as USGS writes them; empty if none')),
  source: z.string().check(z.minLength(1)),
});

export type RelianceExportRow = z.infer<typeof RelianceExportRowSchema>;

export const RELIANCE_COLUMNS = Object.keys(RelianceExportRowSchema.shape) as (keyof RelianceExportRow)[];


export function toRelianceExportRows(edition: EditionInfo, rows: readonly RelianceRow[]): RelianceExportRow[] {
  return rows.map((row) => {
    const { figure, nir } = row;
    const shares = row.importShares;
    const china = shares?.shares.find((share) => share.country === 'China');
    return {
      mineral: row.name,
      mineral_id: row.id,
      edition: edition.edition,
      data_year: edition.dataYear,
      nir_printed: nir?.printed ?? '',
      nir_kind: nir?.kind ?? 'none',
      nir_value: nir && (nir.kind === 'exact' || nir.kind === 'bound') ? nir.value : null,
      nir_revised: row.revision?.nir.printed ?? '',
      revised_edition: row.revision?.source.edition ?? '',
      level: row.band,
      top_import_sources: figure?.importSources.join('; ') ?? '',
      import_sources_period: figure?.importSourcesPeriod ?? '',
      china_share_pct: china?.percentPrinted ?? '',
      china_share_period: china && shares ? shares.period : '',
      china_share_source: china ? `USGS ${sourceText(china.source)}` : '',
      china_export_control: chinaControlText(row),
      source: figure ? `USGS ${sourceText(figure.nirSource)}` : row.note || 'No USGS figure',
    };
  });
}
