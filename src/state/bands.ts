import type { Nir } from '../data/schema';

/** Reliance levels, in display order. Ids are also the URL form. */
export const BANDS = ['100', '75-99', '50-74', '25-49', 'under-25', 'exporter', 'na'] as const;
export type Band = (typeof BANDS)[number];

export const BAND_LABELS: Record<Band, string> = {
  '100': '100%',
  '75-99': '75–99%',
  '50-74': '50–74%',
  '25-49': '25–49%',
  'under-25': 'Under 25%',
  exporter: 'Net exporter',
  na: 'Not available',
};

export function isBand(text: string): text is Band {
  return (BANDS as readonly string[]).includes(text);
}

function bandOfPercent(percent: number): Band {
  if (percent >= 100) return '100';
  if (percent >= 75) return '75-99';
  if (percent >= 50) return '50-74';
  if (percent >= 25) return '25-49';
  return 'under-25';
}

/**
 * A bound counts by its bound: ">75" is at least 75 (75–99%), ">95" can't be 100 or it would be printed so;
 * "<50" is under 50 and counts in the band just below it (25–49%), "<25" in Under 25%.
 * `null` is "no USGS figure" and, like W and NA, is Not available.
 */
export function bandOf(nir: Nir | null): Band {
  if (nir === null) return 'na';
  switch (nir.kind) {
    case 'exact':
      return bandOfPercent(nir.value);
    case 'bound':
      return nir.bound === '>' ? bandOfPercent(Math.min(nir.value, 99)) : bandOfPercent(nir.value - 1);
    case 'exporter':
      return 'exporter';
    case 'withheld':
    case 'not-available':
      return 'na';
  }
}

