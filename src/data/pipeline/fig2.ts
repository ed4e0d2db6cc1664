import type { Edition, Nir, SourceRef } from '../schema';
import { splitCountryList } from './countries';
import { atLine, findColumn, parseCsvTable } from './csv';
import { sourceRef } from './editions';
import { parseNir } from './nir';
import { formatPeriod } from './period';

/** One commodity line of a Fig. 2 net import reliance file. */
export interface Fig2Line {
  usgsName: string;
  nir: Nir;
  /** Cleaned, in descending order of import share; [] where the file prints NA. */
  importSources: string[];
  /** e.g. "2020–23", from the column name. */
  importSourcesPeriod: string;
  notes: string;
  source: SourceRef;
}

/** MCS20xx_Fig2_Net_Import_Reliance.csv: the year and the import-source period live in the column names. */
export function parseFig2(text: string, file: string, edition: Edition): Fig2Line[] {
  const table = parseCsvTable(text, file);
  const nirColumn = findColumn(table, 'Net_Import_Reliance_pct_', file);
  const sourcesColumn = findColumn(table, 'Major_Import_Sources_', file);
  const period = formatPeriod(sourcesColumn.slice('Major_Import_Sources_'.length));
  const hasNotes = table.header.includes('Notes');
  return table.rows.map((row) =>
    atLine(file, row.line, () => ({
      usgsName: row.get('Commodity').trim(),
      nir: parseNir(row.get(nirColumn)),
      importSources: splitCountryList(row.get(sourcesColumn)),
      importSourcesPeriod: period,
      // MCS2023's Fig. 2 has no Notes column.
      notes: hasNotes ? row.get('Notes').trim() : '',
      source: sourceRef(file, edition, row.line),
    })),
  );
}
