import type { Edition, Nir, SourceRef } from '../schema';
import { cleanCountry } from './countries';
import { type CsvRow, atLine, findColumn, parseCsvTable } from './csv';
import { sourceRef } from './editions';
import { parseNir } from './nir';
import { formatPeriod } from './period';

/** Leading world producer, as MCS2025_T5 and MCS2026_T7 print it. */
export interface SalientWorldProduction {
  leadingCountry: string;
  leadingCountryProductionPrinted: string;
  leadingSharePrinted: string;
  worldTotalPrinted: string;
  note: string;
}

/** One row of a critical-minerals salient table (MCS2024_T5, MCS2025_T5, MCS2026_T7). */
export interface SalientRow {
  usgsName: string;
  nir: Nir;
  primaryImportSource: string;
  importSourcesPeriod: string;
  worldProduction: SalientWorldProduction | null;
  source: SourceRef;
}

// MCS2025_T5 prints the period in each row's note ("Average 2020 to 2023."), MCS2026_T7 in the column name.
function periodOf(row: CsvRow, header: string[], editionPeriod: string): string {
  const sourcesColumn = header.find((name) => name.startsWith('Primary_import_sources_'));
  if (sourcesColumn) return formatPeriod(sourcesColumn.slice('Primary_import_sources_'.length));
  if (header.includes('Import_source_notes')) {
    const average = /Average (\d{4}) to (\d{4})/.exec(row.get('Import_source_notes'));
    if (average?.[1] && average[2]) return formatPeriod(`${average[1]}_${average[2]}`);
  }
  // MCS2024_T5 prints no period; its import sources are those of the edition (2019–22).
  return editionPeriod;
}

function worldProductionOf(row: CsvRow, header: string[]): SalientWorldProduction | null {
  if (!header.includes('Leading_source_country')) return null;
  const leadingCountry = cleanCountry(row.get('Leading_source_country'));
  if (leadingCountry === '') return null;
  return {
    leadingCountry,
    leadingCountryProductionPrinted: row.get('Leading_country_prod').trim(),
    leadingSharePrinted: row.get('Leading_source_precent_world').trim(),
    worldTotalPrinted: row.get('World_total_prod').trim(),
    note: row.get('World_prod_notes').trim(),
  };
}

/**
 * The salient tables differ by edition: MCS2024_T5 has Source (the primary import source) and prints bounds
 * without their sign (">75" as "75"), so it is only used where Fig. 2 has no line; MCS2025_T5 and MCS2026_T7 add
 * the leading world producer.
 */
export function parseSalientTable(text: string, file: string, edition: Edition, editionPeriod: string): SalientRow[] {
  const table = parseCsvTable(text, file);
  const nirColumn = findColumn(table, 'Net_Import_Reliance', file);
  // In MCS2025/2026 "Source" is the edition and a Primary_import_source column follows; in MCS2024 "Source" is the primary import source.
  const hasPrimaryColumn = table.header.some((name) => name.startsWith('Primary_import_source'));
  const sourceColumn = hasPrimaryColumn ? findColumn(table, 'Primary_import_source', file) : 'Source';
  return table.rows.map((row) =>
    atLine(file, row.line, () => ({
      usgsName: row.get('Critical_mineral').trim(),
      nir: parseNir(row.get(nirColumn)),
      primaryImportSource: cleanCountry(row.get(sourceColumn)),
      importSourcesPeriod: periodOf(row, table.header, editionPeriod),
      worldProduction: worldProductionOf(row, table.header),
      source: sourceRef(file, edition, row.line),
    })),
  );
}
