import type { Edition, Nir } from '../data/schema';

/** Short label drawn at a bar's end: the printed value, plus what a bound or a letter means. */
export function nirLabel(nir: Nir | null): string {
  if (nir === null) return 'no USGS figure';
  switch (nir.kind) {
    case 'exact':
      return `${nir.printed}%`;
    case 'bound':
      return `${nir.printed}% (${nir.bound === '>' ? 'at least' : 'under'})`;
    case 'exporter':
      return 'E: net exporter';
    case 'withheld':
      return 'W: withheld';
    case 'not-available':
      return 'NA: not available';
  }
}

/** A sentence for screen readers and tooltips. */
export function nirSentence(nir: Nir | null): string {
  if (nir === null) return 'USGS prints no net import reliance figure';
  switch (nir.kind) {
    case 'exact':
      return `net import reliance ${nir.printed}%`;
    case 'bound':
      return `net import reliance printed as ${nir.printed}%: ${nir.bound === '>' ? 'more than' : 'less than'} ${nir.value}%, exact figure withheld`;
    case 'exporter':
      return 'net exporter (printed E)';
    case 'withheld':
      return 'withheld to avoid disclosing company proprietary data (printed W)';
    case 'not-available':
      return 'not available (printed NA)';
  }
}

/** "MCS2025" → "MCS 2025", as USGS writes it in prose. */
export function editionLabel(edition: Edition): string {
  return edition.replace('MCS', 'MCS ');
}

/** The narrow-screen label: the printed value alone (the legend says what a bound and each letter mean). */
export function nirShortLabel(nir: Nir | null): string {
  if (nir === null) return 'no figure';
  if (nir.kind === 'exact' || nir.kind === 'bound') return `${nir.printed}%`;
  if (nir.kind === 'exporter') return 'E: exporter';
  return nir.printed;
}
