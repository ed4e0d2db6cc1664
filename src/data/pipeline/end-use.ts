import type { SourceRef } from '../schema';
import { parseCsvTable } from './csv';
import { sourceRef } from './editions';

export interface EndUseRow {
  name: string;
  uses: string;
  note: string;
  source: SourceRef;
}

/** An end-use table (MCS2023_T4, MCS2024_T4, MCS2026_T6): the critical minerals as USGS lists them, and their uses. */
export function parseEndUseTable(text: string, file: string, edition: string): EndUseRow[] {
  const table = parseCsvTable(text, file);
  const column = (spaced: string) => (table.header.includes(spaced.replaceAll(' ', '_')) ? spaced.replaceAll(' ', '_') : spaced);
  const hasNote = table.header.includes('Category_Note');
  return table.rows.map((row) => ({
    name: row.get(column('Critical Mineral')).trim(),
    uses: row.get(column('Primary Applications')).trim(),
    note: hasNote ? row.get('Category_Note').trim() : '',
    source: sourceRef(file, edition, row.line),
  }));
}
