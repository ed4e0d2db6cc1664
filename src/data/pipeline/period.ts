/** "2019_2022" or "2021_24" or "2021-24" → "2019–22" (en dash, end year in two digits), as MCS prints periods. */
export function formatPeriod(printed: string): string {
  const match = /^(\d{4})[_\-–](\d{2}|\d{4})$/.exec(printed.trim());
  if (!match?.[1] || !match[2]) throw new Error(`Unrecognised period "${printed}"`);
  return `${match[1]}–${match[2].slice(-2)}`;
}
