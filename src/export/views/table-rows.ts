import { z } from 'zod/mini';
import { BANDS } from '../../state/bands';
import { sourceText } from '../../state/format';
import type { TableViewData } from '../../state/views/table';

/** One row of the table view's CSV or JSON: the table as shown (same rows, same order, same search), values as printed. */
export const TableExportRowSchema = z.object({
  mineral: z.string().check(z.minLength(1)),
  mineral_id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  data_year: z.int(),
  nir_printed: z.string().check(z.describe('Net import reliance exactly as USGS prints it (">75", "E", "NA"); empty when USGS prints no figure')),
  level: z.enum(BANDS).check(z.describe('Reliance level: 100, 75-99, 50-74, 25-49, under-25, exporter, or na (NA, W or no USGS figure)')),
  nir_revised: z
    .string()
    .check(z.describe('The value for the same year as a later edition revised it, where that differs from nir_printed; empty otherwise')),
  revised_edition: z.string().check(z.describe('The edition that revised it (e.g. MCS2026); empty where nothing was revised')),
  china_share_pct: z.string().check(z.describe("China's share of U.S. imports as printed (\"18\", \"<1\"); empty when China is not listed or no shares are printed")),
  china_share_period: z.string().check(z.describe('The years the shares cover (e.g. 2021–24); empty when there is no China share')),
  top_import_sources: z
    .string()
    .check(z.describe('The data year\'s major import sources in USGS order, "; "-separated, then their period in brackets; empty when none are printed')),
  china_export_control: z.string().check(z.describe("The items of China's export-licensing row that name the mineral, as USGS writes them, \"; \"-separated; empty if none")),
  leading_producer: z.string().check(z.describe('Leading world producer (data year, else the latest year printed); empty when none is printed')),
  leading_producer_share_pct: z.string().check(z.describe('Its share of world production as printed ("99", "W", "NA"); empty when none')),
  leading_producer_year: z.nullable(z.int()).check(z.describe('The year of that production figure; null when none')),
  source: z.string().check(z.minLength(1)).check(z.describe('File and line of the net import reliance figure, or why there is none')),
});

export type TableExportRow = z.infer<typeof TableExportRowSchema>;

export const TABLE_EXPORT_COLUMNS = Object.keys(TableExportRowSchema.shape) as (keyof TableExportRow)[];

export function toTableExportRows(data: Pick<TableViewData, 'edition' | 'rows'>): TableExportRow[] {
  return data.rows.map(({ row, chinaShare, producer, name, id }) => {
    const { figure, nir } = row;
    const period = figure?.importSourcesPeriod ? ` (${figure.importSourcesPeriod})` : '';
    const sources = figure && figure.importSources.length > 0 ? `${figure.importSources.join('; ')}${period}` : '';
    return {
      mineral: name,
      mineral_id: id,
      data_year: data.edition.dataYear,
      nir_printed: nir?.printed ?? '',
      level: row.band,
      nir_revised: row.revision?.nir.printed ?? '',
      revised_edition: row.revision?.source.edition ?? '',
      china_share_pct: chinaShare.kind === 'printed' ? chinaShare.printed : '',
      china_share_period: chinaShare.kind === 'printed' ? chinaShare.period : '',
      top_import_sources: sources,
      china_export_control: row.chinaExportControls.map((control) => control.printed).join('; '),
      leading_producer: producer?.leadingCountry ?? '',
      leading_producer_share_pct: producer?.leadingSharePrinted ?? '',
      leading_producer_year: producer?.dataYear ?? null,
      source: figure ? `USGS ${sourceText(figure.nirSource)}` : row.note || 'No USGS figure',
    };
  });
}
