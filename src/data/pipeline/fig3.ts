import type { SourceRef } from '../schema';
import { cleanCountry } from './countries';
import { findColumn, parseCsvTable } from './csv';
import { sourceRef } from './editions';
import { formatPeriod } from './period';

export interface ImportShareRow {
  country: string;
  percentPrinted: string;
  source: SourceRef;
}

/** One commodity of a Fig. 3 with percent shares (MCS2026_Fig3): its import sources, in file order. */
export interface Fig3Commodity {
  usgsName: string;
  period: string;
  shares: ImportShareRow[];
  source: SourceRef;
}

/** A Fig. 3 with percent shares (MCS2026_Fig3_Major_Import_Sources.csv). Its NIR column is not used (it prints 0 for net exporters such as boron). */
export function parseFig3(text: string, file: string, edition: string): Fig3Commodity[] {
  const table = parseCsvTable(text, file);
  const countryColumn = findColumn(table, 'Import_Source_', file);
  const period = formatPeriod(countryColumn.slice('Import_Source_'.length));
  const byName = new Map<string, Fig3Commodity>();
  for (const row of table.rows) {
    const usgsName = row.get('Commodity').trim();
    const source = sourceRef(file, edition, row.line);
    const commodity = byName.get(usgsName) ?? { usgsName, period, shares: [], source };
    commodity.shares.push({ country: cleanCountry(row.get(countryColumn)), percentPrinted: row.get('Percent').trim(), source });
    byName.set(usgsName, commodity);
  }
  return [...byName.values()];
}
