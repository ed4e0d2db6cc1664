/** One CSV or JSON record: a view's row, by column name. */
export type ExportCell = string | number | null;
export type ExportRecord = Record<string, ExportCell>;

/** Characters that make a spreadsheet run a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell, RFC 4180 quoted. A text cell a spreadsheet would run as a formula gets a leading apostrophe,
 * as OWASP advises; numbers stay numbers (a negative number is data, not a formula).
 */
export function csvCell(value: ExportCell | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A surrogate without its pair: with the u flag a paired one is a single code point above U+FFFF, so only lone ones match. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/**
 * RFC 4180: CRLF line ends, a header row; a UTF-8 byte-order mark so spreadsheets read the en dashes right.
 * Text stays as the data has it (a CSV may hold any character), except a lone surrogate, which UTF-8 cannot encode:
 * it becomes U+FFFD here, as TextEncoder and new Blob([text]) would write it anyway, so the string is the file's bytes.
 */
export function toCsv(columns: readonly string[], rows: readonly ExportRecord[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`.replace(LONE_SURROGATE, '\uFFFD');
}
