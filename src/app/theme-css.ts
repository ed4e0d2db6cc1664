import {
  BAND_COLOURS,
  BAR_OUTLINE,
  CHINA_COLOUR,
  FONT_FAMILY,
  GRID,
  INK,
  LINK_INK,
  MUTED_INK,
  OTHER_SOURCE_COLOUR,
  PAGE_COLOURS,
  PAPER,
  SERIES_COLOURS,
  SOURCE_COLOURS,
} from '../charts/theme.ts';

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The design tokens of charts/theme.ts as CSS custom properties; the stylesheets use only these. */
export function themeVariables(): Record<string, string> {
  return {
    '--ink': INK,
    '--muted-ink': MUTED_INK,
    '--grid': GRID,
    '--bar-outline': BAR_OUTLINE,
    '--paper': PAPER,
    '--link-ink': LINK_INK,
    '--china': CHINA_COLOUR,
    '--other-source': OTHER_SOURCE_COLOUR,
    '--font-family': FONT_FAMILY,
    ...Object.fromEntries(SOURCE_COLOURS.map((colour, index) => [`--source-${index + 1}`, colour])),
    ...Object.fromEntries(SERIES_COLOURS.map((colour, index) => [`--series-${index + 1}`, colour])),
    ...Object.fromEntries(Object.entries(BAND_COLOURS).map(([band, colour]) => [`--band-${band}`, colour])),
    ...Object.fromEntries(Object.entries(PAGE_COLOURS).map(([name, colour]) => [`--${kebab(name)}`, colour])),
  };
}

/** The tokens as a stylesheet, written at build time (a file, so the first paint has the colours and style-src needs nothing inline). */
export function themeStylesheet(): string {
  const lines = Object.entries(themeVariables()).map(([name, value]) => `  ${name}: ${value};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}
