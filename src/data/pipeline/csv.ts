/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF line ends. */

export interface CsvRecord {
  fields: string[];
  /** 1-based physical line the record starts on (the header is line 1). */
  line: number;
}

const UNQUOTED_END = /[,\r\n]/g;

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let position = 0;

  while (position <= text.length) {
    let field: string;
    if (text[position] === '"') {
      // Quoted field: runs to the quote that is not doubled.
      let end = position + 1;
      for (;;) {
        end = text.indexOf('"', end);
        if (end === -1) throw new Error(`CSV: a quoted field opened on line ${line} is never closed`);
        if (text[end + 1] !== '"') break;
        end += 2;
      }
      field = text.slice(position + 1, end).replace(/""/g, '"');
      line += countLineBreaks(field);
      position = end + 1;
      // Characters between the closing quote and the delimiter are kept, as spreadsheets do.
      UNQUOTED_END.lastIndex = position;
      const rest = UNQUOTED_END.exec(text);
      const stop = rest ? rest.index : text.length;
      field += text.slice(position, stop);
      position = stop;
    } else {
      UNQUOTED_END.lastIndex = position;
      const match = UNQUOTED_END.exec(text);
      const stop = match ? match.index : text.length;
      field = text.slice(position, stop);
      position = stop;
    }
    fields.push(field);

    const delimiter = text[position];
    if (delimiter === ',') {
      position += 1;
      continue;
    }
    // End of record: a line break (CRLF, LF or a lone CR) or the end of the text.
    const isBlankLine = fields.length === 1 && fields[0] === '';
    if (!isBlankLine) records.push({ fields, line: recordLine });
    fields = [];
    if (delimiter === undefined) break;
    position += delimiter === '\r' && text[position + 1] === '\n' ? 2 : 1;
    line += 1;
    recordLine = line;
  }
  return records;
}

export interface CsvRow {
  line: number;
  /** Cell by header name; a missing cell reads as ''. */
  get: (column: string) => string;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** Parses a CSV whose first record is the header; header names are trimmed. */
export function parseCsvTable(text: string, file: string): CsvTable {
  const [headerRecord, ...records] = parseCsv(text);
  if (!headerRecord) throw new Error(`${file}: the file is empty`);
  const header = headerRecord.fields.map((name) => name.trim());
  const indexOf = new Map(header.map((name, index) => [name, index]));
  const rows = records.map((record): CsvRow => ({
    line: record.line,
    get: (column) => {
      const index = indexOf.get(column);
      if (index === undefined) throw new Error(`${file}: no column "${column}" (header: ${header.join(', ')})`);
      return record.fields[index] ?? '';
    },
  }));
  return { header, rows };
}

/** The one header column that starts with `prefix`, e.g. "Net_Import_Reliance_pct_" → "Net_Import_Reliance_pct_2025". */
export function findColumn(table: CsvTable, prefix: string, file: string): string {
  const matches = table.header.filter((name) => name.startsWith(prefix));
  if (matches.length !== 1 || !matches[0]) {
    throw new Error(`${file}: expected one column starting "${prefix}", found ${matches.length}`);
  }
  return matches[0];
}

/** Runs `read` for one row and prefixes any error with where the row is, keeping the error as its cause. */
export function atLine<T>(file: string, line: number, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new Error(`${file} line ${line}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
