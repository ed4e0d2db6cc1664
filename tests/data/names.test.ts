// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lookupAlias } from '../../src/data/pipeline/catalogue';
import { mineral } from './usgs-files';

const usgsNames = (id: string) => Object.fromEntries(mineral(id).figures.map((figure) => [figure.edition, figure.usgsName]));

describe('commodity names that differ between files and editions', () => {
  it.each([
    ['fig2', 'CHROMIUM, all forms ', 'chromium'],
    ['salient', 'Palladium ', 'palladium'],
    ['salient', 'Titanium ', 'titanium'],
    ['fig2', 'GALLIUM, metal', 'gallium'],
    ['fig2', 'GALLIUM', 'gallium'],
    ['fig2', 'YTTRIUM, compounds', 'yttrium'],
    ['fig2', 'BISMUTH, metal, alloys, and scrap', 'bismuth'],
    ['fig2', 'COBALT, metal, oxides, and salts', 'cobalt'],
    ['fig2', 'RARE EARTHS, compounds and metals', 'rare-earths'],
    ['salient', 'Rare earths (compounds and metals)', 'rare-earths'],
    ['salient', 'Rare earths (compounds and metals)9', 'rare-earths'],
    ['fig3', 'Rare Earths, compounds and metals', 'rare-earths'],
    ['fig2', 'NIOBIUM (COLUMBIUM)', 'niobium'],
    ['fig2', 'BAUXITE', 'aluminum'],
    ['fig2', 'ALUMINUM', 'aluminum-metal'],
    ['salient', 'Aluminum (bauxite)', 'aluminum'],
    ['fig3', 'Aluminum', 'aluminum-metal'],
    ['fig3', 'Magnesium, metal', 'magnesium'],
    ['fig3', 'Magnesium, compounds', 'magnesium-compounds'],
  ] as const)('%s "%s" → %s', (kind, printed, id) => {
    expect(lookupAlias(kind, printed)).toBe(id);
  });

  it('leaves unknown names unknown rather than guessing', () => {
    expect(lookupAlias('fig2', 'UNOBTAINIUM')).toBeUndefined();
    expect(lookupAlias('fig2', 'Aluminum (bauxite)')).toBeUndefined();
  });

  it('joins the editions of a line under one mineral, keeping each edition\'s printed name', () => {
    expect(usgsNames('gallium')).toEqual({ MCS2023: 'GALLIUM', MCS2024: 'GALLIUM', MCS2025: 'GALLIUM, metal', MCS2026: 'GALLIUM' });
    expect(usgsNames('yttrium')).toEqual({ MCS2023: 'YTTRIUM', MCS2024: 'YTTRIUM', MCS2025: 'YTTRIUM, compounds', MCS2026: 'YTTRIUM' });
    expect(usgsNames('bismuth')).toEqual({
      MCS2023: 'BISMUTH',
      MCS2024: 'BISMUTH',
      MCS2025: 'BISMUTH, metal, alloys, and scrap',
      MCS2026: 'BISMUTH',
    });
    expect(usgsNames('cobalt')).toEqual({ MCS2023: 'COBALT', MCS2024: 'COBALT', MCS2025: 'COBALT, metal, oxides, and salts', MCS2026: 'COBALT' });
    expect(usgsNames('selenium')).toEqual({ MCS2023: 'SELENIUM', MCS2024: 'SELENIUM', MCS2025: 'SELENIUM, metal', MCS2026: 'SELENIUM' });
  });

  it('joins MCS 2023\'s longer names to the same lines', () => {
    expect(usgsNames('rare-earths')).toMatchObject({ MCS2023: 'RARE EARTHS, compounds and metals, including lanthanides', MCS2026: 'RARE EARTHS, compounds and metals' });
    expect(usgsNames('titanium')).toMatchObject({ MCS2023: 'TITANIUM, sponge', MCS2026: 'TITANIUM, sponge metal' });
    expect(usgsNames('cadmium')).toMatchObject({ MCS2023: 'CADMIUM, unwrought' });
  });

  it('trims the trailing space of "CHROMIUM, all forms " and "Palladium "', () => {
    expect(usgsNames('chromium')).toEqual({
      MCS2023: 'CHROMIUM, all forms',
      MCS2024: 'CHROMIUM, all forms',
      MCS2025: 'CHROMIUM, all forms',
      MCS2026: 'CHROMIUM, all forms',
    });
    const palladium2025 = mineral('palladium').worldProduction.find((entry) => entry.edition === 'MCS2025');
    expect(palladium2025?.leadingCountry).toBe('Russia');
  });

  it('reads the MCS2026 T7 rare-earths row despite its footnote digit', () => {
    const rareEarths2025 = mineral('rare-earths').worldProduction.find((entry) => entry.edition === 'MCS2026');
    expect(rareEarths2025).toMatchObject({ leadingCountry: 'China', leadingSharePrinted: '69', leadingShare: 69 });
    expect(rareEarths2025?.source).toEqual({ file: 'MCS2026_T7_Critical_Minerals_Salient.csv', edition: 'MCS2026', line: 27 });
  });
});
