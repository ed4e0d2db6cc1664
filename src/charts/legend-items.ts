import { BANDS, BAND_LABELS, type Band } from '../state/bands';
import type { RelianceRow } from '../state/derive';
import { editionLabel } from '../state/format';
import { BAND_COLOURS, MUTED_INK } from './theme';

/** How a legend entry is drawn; the same kinds as the marks in the chart. */
export type LegendSwatch =
  | { kind: 'square'; fill: string }
  | { kind: 'ring'; stroke: string }
  | { kind: 'dot'; fill: string }
  | { kind: 'diamond'; fill: string }
  | { kind: 'line'; stroke: string; dashed: boolean }
  | { kind: 'arrow'; fill: string }
  | { kind: 'dashed'; fill: string }
  | { kind: 'dagger' };

export interface LegendItem {
  key: string;
  label: string;
  swatch: LegendSwatch;
}

const STATE_LABELS: Partial<Record<Band, string>> = {
  exporter: 'Net exporter (E)',
  na: 'Not available: NA, W or no USGS figure',
};

/** The legend of what the rows show: their levels, and the bound marks only where a bound is drawn. One list for page and export. */
export function legendItems(rows: readonly RelianceRow[]): LegendItem[] {
  const bands = new Set(rows.map((row) => row.band));
  const items: LegendItem[] = BANDS.filter((band) => bands.has(band)).map((band) => ({
    key: band,
    label: STATE_LABELS[band] ?? BAND_LABELS[band],
    swatch:
      band === 'exporter' || band === 'na'
        ? { kind: 'ring', stroke: band === 'na' ? MUTED_INK : BAND_COLOURS[band] }
        : { kind: 'square', fill: BAND_COLOURS[band] },
  }));
  if (rows.some((row) => row.nir?.kind === 'bound' && row.nir.bound === '>')) {
    items.push({ key: 'at-least', label: '“>75”: at least the bound', swatch: { kind: 'arrow', fill: BAND_COLOURS['75-99'] } });
  }
  if (rows.some((row) => row.nir?.kind === 'bound' && row.nir.bound === '<')) {
    items.push({ key: 'under', label: '“<25”: under the bound', swatch: { kind: 'dashed', fill: BAND_COLOURS['under-25'] } });
  }
  const revised = rows.find((row) => row.revision !== null)?.revision;
  if (revised) {
    items.push({ key: 'revised', label: `revised later in ${editionLabel(revised.source.edition)} (see note)`, swatch: { kind: 'dagger' } });
  }
  return items;
}

/** The last line of every chart tooltip: where the printed forms are explained. */
export const HOW_TO_READ_HINT = 'Bounds, E, W and NA: see “How to read this” below the charts.';
