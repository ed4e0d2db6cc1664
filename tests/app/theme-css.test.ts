// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeStylesheet, themeVariables } from '../../src/app/theme-css';
import { BAND_COLOURS, CHINA_COLOUR, INK } from '../../src/charts/theme';

/** Every stylesheet of src/, read as text. */
function stylesheets(): [string, string][] {
  const found: [string, string][] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.css')) found.push([path, readFileSync(path, 'utf8')]);
    }
  };
  walk(join(process.cwd(), 'src'));
  return found;
}

describe('design tokens', () => {
  it('hands the theme\'s colours to the CSS under one name each', () => {
    const variables = themeVariables();
    expect(variables['--ink']).toBe(INK);
    expect(variables['--china']).toBe(CHINA_COLOUR);
    expect(variables['--band-75-99']).toBe(BAND_COLOURS['75-99']);
  });

  it('leaves no raw colour in any stylesheet, and every var() names a token', () => {
    const defined = new Set(Object.keys(themeVariables()));
    const sheets = stylesheets();
    expect(sheets.length).toBeGreaterThan(0);
    for (const [path, css] of sheets) {
      expect(css.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi), path).toBeNull();
      const used = [...css.matchAll(/var\((--[\w-]+)/g)].map((match) => match[1]);
      expect(used.filter((name) => name && !defined.has(name)), path).toEqual([]);
    }
  });
});

describe('the theme stylesheet', () => {
  it('declares every token on :root, with the value of theme.ts', () => {
    const css = themeStylesheet();
    expect(css.startsWith(':root {')).toBe(true);
    for (const [name, value] of Object.entries(themeVariables())) expect(css).toContain(`  ${name}: ${value};\n`);
    expect(css.match(/;\n/g)).toHaveLength(Object.keys(themeVariables()).length);
  });
});
