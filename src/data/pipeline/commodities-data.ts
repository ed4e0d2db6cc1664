import type { SourceRef } from '../schema';
import { cleanCountry } from './countries';
import { parseCsvTable } from './csv';
import { sourceRef } from './editions';
import { formatPeriod } from './period';

/** A row of MCS2026_Commodities_Data.csv, reduced to what the pipeline reads. */
export interface CommodityDataRow {
  commodity: string;
  detail: string;
  country: string;
  year: string;
  valuePrinted: string;
  notes: string;
  source: SourceRef;
}

export interface CommoditiesData {
  netImportReliance: CommodityDataRow[];
  importSources: CommodityDataRow[];
  /** e.g. "2021–24", from the Statistics label "Import sources 2021-2024". */
  importSourcesPeriod: string;
}

const IMPORT_SOURCES = /^Import sources (\d{4})-(\d{4})$/;

/**
 * MCS2026_Commodities_Data.csv (Windows-1252; decode it first): every chapter's statistics, one value per row.
 * Values stay as printed, thousands commas included.
 */
export function parseCommoditiesData(text: string, file: string, edition: string): CommoditiesData {
  const table = parseCsvTable(text, file);
  const netImportReliance: CommodityDataRow[] = [];
  const importSources: CommodityDataRow[] = [];
  let importSourcesPeriod = '';
  for (const row of table.rows) {
    const statistics = row.get('Statistics').trim();
    const record: CommodityDataRow = {
      commodity: row.get('Commodity').trim(),
      detail: row.get('Statistics_detail').trim(),
      country: cleanCountry(row.get('Country')),
      year: row.get('Year').trim(),
      valuePrinted: row.get('Value').trim(),
      notes: row.get('Notes').trim(),
      source: sourceRef(file, edition, row.line),
    };
    const importPeriod = IMPORT_SOURCES.exec(statistics);
    if (statistics === 'Net import reliance') netImportReliance.push(record);
    else if (importPeriod?.[1] && importPeriod[2]) {
      importSources.push(record);
      importSourcesPeriod = formatPeriod(`${importPeriod[1]}_${importPeriod[2]}`);
    }
  }
  return { netImportReliance, importSources, importSourcesPeriod };
}
