import type { ExportControl } from '../schema';
import { parseCsvTable } from './csv';
import { sourceRef } from './editions';

/** Every row of an export-control table (MCS2026_T4_Country_Export_Control.csv), trimmed. */
export function parseExportControls(text: string, file: string, edition: string): ExportControl[] {
  return parseCsvTable(text, file).rows.map((row) => ({
    country: row.get('Country').trim(),
    controlType: row.get('Control_Type').trim(),
    commodityYear: row.get('Commodity_Year').trim(),
    dataSource: row.get('Data_source').trim(),
    notes: row.get('Notes').trim(),
    source: sourceRef(file, edition, row.line),
  }));
}

export interface ControlledItem {
  /** The item's words, first letter capitalised as at the start of the cell: "Magnesium materials". */
  item: string;
  year: string;
  /** As printed in the cell: "magnesium materials (2024)". */
  printed: string;
}

/** "Antimony (2024), bismuth (2025), …, and items related to … (2025)." → one item per "(year)". */
export function splitControlledItems(commodityYear: string): ControlledItem[] {
  const items: ControlledItem[] = [];
  for (const match of commodityYear.matchAll(/(?:^|,\s*)(?:and\s+)?([^,]+?)\s+\((\d{4})\)/g)) {
    const words = match[1]?.trim() ?? '';
    const year = match[2] ?? '';
    items.push({ item: words.charAt(0).toUpperCase() + words.slice(1), year, printed: `${words} (${year})` });
  }
  if (items.length === 0) throw new Error(`No "item (year)" found in "${commodityYear}"`);
  return items;
}
