import { parseCsvTable } from './csv';

/** The critical-mineral names of an end-use table (MCS2024_T4, MCS2026_T6): the list as USGS prints it. */
export function parseEndUseNames(text: string, file: string): { name: string; line: number }[] {
  const table = parseCsvTable(text, file);
  const column = table.header.includes('Critical_Mineral') ? 'Critical_Mineral' : 'Critical Mineral';
  return table.rows.map((row) => ({ name: row.get(column).trim(), line: row.line }));
}
