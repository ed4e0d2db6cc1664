import type { Band } from '../state/bands';

/**
 * The design tokens: every colour and size the charts, the exports and the CSS use, in one place.
 * src/app/theme-css.ts hands them to the CSS as custom properties (`--ink`, `--band-100`, …).
 */

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

/** Characters of `fontSize` px text that fit in `width` px, by the 0.6 em average width every chart assumes. */
export function charsIn(width: number, fontSize = 12): number {
  return Math.floor(width / (fontSize * 0.6));
}

export const INK = '#1b1b1b';
export const MUTED_INK = '#555555';
export const GRID = '#e3e3e3';
/** An axis line: Recharts' own default stroke, which the value axes keep. */
export const AXIS_LINE = '#666';
export const BAR_OUTLINE = '#333333';
export const PAPER = '#ffffff';
export const LINK_INK = '#1f4a9e';
/** The band behind the hovered row of a chart. */
export const CURSOR_WASH = 'rgba(0, 0, 0, 0.05)';
/** China, wherever it appears (import-source segments, the exposure chart's controlled mark). */
export const CHINA_COLOUR = '#b2182b';
/** Import sources other than China, alternating so neighbours stay apart; "Other" as printed gets its own. */
export const SOURCE_COLOURS = ['#9e9e9e', '#cfcfcf'] as const;
export const OTHER_SOURCE_COLOUR = '#ececec';
/**
 * Lines of the reliance-over-time chart: Okabe–Ito, distinguishable with the common colour-vision deficiencies.
 * Each line is also named at its end, so colour is never the only signal.
 */
export const SERIES_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#1b1b1b', '#8c6d31'] as const;

/** The page's own colours, read by the CSS only. */
export const PAGE_COLOURS = {
  line: '#d9d9d9',
  page: '#f5f5f2',
  accent: '#3b528b',
  accentWash: '#eef1f8',
  match: '#1b6e3a',
  differ: '#8a3b00',
  failed: '#b00020',
  focus: '#1a73e8',
  field: '#8a8a8a',
  noticeWash: '#fff8e1',
  noticeLine: '#b8860b',
} as const;

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

/** Below this width a chart lays out for a phone. */
export const NARROW_BELOW = 560;
