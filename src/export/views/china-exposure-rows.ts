import { z } from 'zod/mini';
import { sourceText } from '../../state/format';
import { controlText, type ChinaExposureData, type ExposureRow } from '../../state/views/china-exposure';

/** One row of the China-exposure CSV or JSON: one mineral in view, drawn or not. */
export const ChinaExposureExportRowSchema = z.object({
  mineral: z.string().check(z.minLength(1)),
  mineral_id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  data_year: z.int(),
  nir_printed: z.string().check(z.describe('Net import reliance for the data year exactly as USGS prints it (">75", "E", "NA"); empty when USGS prints no figure')),
  china_share_pct: z.string().check(z.describe("China's share of U.S. imports as printed (\"56\", \"<1\"); empty when none is printed for the line")),
  china_share_period: z.string().check(z.describe('The years of that share, as USGS writes them (e.g. "2021–24"); empty when there is no share')),
  china_export_control: z.string().check(z.describe('The items of China\'s export-licensing row that name the mineral, as USGS writes them ("gallium (2023)"), "; "-separated; empty if none')),
  source: z.string().check(z.minLength(1)).check(z.describe('File and line of the net import reliance and of the China share (or of the shares China is absent from)')),
});

export type ChinaExposureExportRow = z.infer<typeof ChinaExposureExportRowSchema>;

export const CHINA_EXPOSURE_COLUMNS = Object.keys(ChinaExposureExportRowSchema.shape) as (keyof ChinaExposureExportRow)[];

function sourceCell(exposure: ExposureRow): string {
  const { row, china } = exposure;
  const nir = row.figure ? `USGS ${sourceText(row.figure.nirSource)} (net import reliance)` : `No USGS net import reliance figure${row.note ? `: ${row.note}` : ''}`;
  switch (china.kind) {
    case 'printed':
      return `${nir}; USGS ${sourceText(china.source)} (China's share)`;
    case 'china-not-listed':
      return `${nir}; USGS ${sourceText(china.source)} (import shares, China not among them)`;
    case 'no-shares':
      return `${nir}; no import shares printed`;
  }
}

export function toChinaExposureExportRows(data: ChinaExposureData): ChinaExposureExportRow[] {
  return data.rows.map((exposure) => {
    const { row, china } = exposure;
    return {
      mineral: row.name,
      mineral_id: row.id,
      data_year: data.edition.dataYear,
      nir_printed: row.nir?.printed ?? '',
      china_share_pct: china.kind === 'printed' ? china.printed : '',
      china_share_period: china.kind === 'printed' ? china.period : '',
      china_export_control: controlText(exposure),
      source: sourceCell(exposure),
    };
  });
}
