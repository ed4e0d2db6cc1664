/** Country names as USGS prints them, cleaned of footnote marks and stray spaces; never renamed. */

export function cleanCountry(printed: string): string {
  // Footnote digits stick to the name: "China3" → "China".
  return printed.replace(/\d+\s*$/, '').replace(/\s+/g, ' ').trim();
}

/** "China, Germany" → ["China", "Germany"]; "NA" or an empty cell means no list. */
export function splitCountryList(printed: string): string[] {
  const list = printed.trim();
  if (list === '' || list === 'NA') return [];
  return list
    .split(',')
    .map(cleanCountry)
    .filter((country) => country !== '');
}
