import type { Band } from '../state/bands';

/**
 * Viridis steps for the ordered levels (colour-blind safe, ordered in lightness), grey for the states.
 * Every bar also carries its printed value as text, so colour is never the only signal.
 */
export const BAND_COLOURS: Record<Band, string> = {
  '100': '#440154',
  '75-99': '#3b528b',
  '50-74': '#21918c',
  '25-49': '#5ec962',
  'under-25': '#c8e020',
  exporter: '#8c6d31',
  na: '#bdbdbd',
};

export const INK = '#1b1b1b';
export const MUTED_INK = '#555555';
export const GRID = '#e3e3e3';
export const BAR_OUTLINE = '#333333';
/** Dash pattern of an "under" bound. */
export const DASH = '4 3';
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const RELIANCE_CHART = {
  rowHeight: 24,
  barThickness: 16,
  /** Narrow screens: a name line above each bar. */
  rowHeightStacked: 36,
  barThicknessStacked: 14,
  axisHeight: 44,
  top: 8,
  /** Room for the longest value label ("NA not available") right of 100%. */
  right: 132,
  rightNarrow: 78,
  nameWidthWide: 210,
} as const;
