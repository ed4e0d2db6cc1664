import { z } from 'zod/mini';
import { sourceText } from '../../state/format';
import type { OverTimeViewData } from '../../state/views/over-time';

/** One row of the over-time CSV or JSON: one mineral in view in one data year, as first published and as revised. */
export const OverTimeExportRowSchema = z.object({
  mineral: z.string().check(z.minLength(1)),
  mineral_id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  data_year: z.int(),
  nir_first_published: z
    .string()
    .check(z.describe('Net import reliance as the edition for this data year first printed it (">75", "E", "NA" as printed); empty where it printed none')),
  first_published_edition: z.string().check(z.describe('That edition, e.g. MCS2025; empty where there is no first-published value')),
  nir_revised: z.string().check(z.describe("The value in the latest edition's revised series for this year, as printed; empty where the series has none")),
  revised_edition: z.string().check(z.describe('The edition of the revised series, e.g. MCS2026; empty where there is no revised value')),
  source: z.string().check(z.minLength(1)).check(z.describe('File and line of each value, "; "-separated; says so where USGS prints no value for the year')),
});

export type OverTimeExportRow = z.infer<typeof OverTimeExportRowSchema>;

export const OVER_TIME_COLUMNS = Object.keys(OverTimeExportRowSchema.shape) as (keyof OverTimeExportRow)[];

/** Every mineral in view (not only the lines drawn) × every year any of them has a value for; empty cells where none exists. */
export function toOverTimeExportRows(derived: Pick<OverTimeViewData, 'inView' | 'inViewYears'>): OverTimeExportRow[] {
  return derived.inView.flatMap((mineral) =>
    derived.inViewYears.map((year) => {
      const entry = mineral.years.find((candidate) => candidate.year === year);
      const first = entry?.firstPublished ?? null;
      const revised = entry?.revised ?? null;
      const sources = [first, revised].flatMap((value) => (value ? [`USGS ${sourceText(value.source)}`] : []));
      return {
        mineral: mineral.name,
        mineral_id: mineral.id,
        data_year: year,
        nir_first_published: first?.nir.printed ?? '',
        first_published_edition: first?.edition ?? '',
        nir_revised: revised?.nir.printed ?? '',
        revised_edition: revised?.edition ?? '',
        source: sources.length > 0 ? sources.join('; ') : `No USGS value for ${year}`,
      };
    }),
  );
}
