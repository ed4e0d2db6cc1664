import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/data/pipeline/decode';
import { parseNir } from '../../../src/data/pipeline/nir';
import type { Mineral, NirSeriesPoint } from '../../../src/data/schema';
import { latestEdition } from '../../../src/state/derive';
import { DEFAULT_VIEW, MAX_COMPARED, type View } from '../../../src/state/view';
import {
  DEFAULT_COMPARED,
  deriveOverTime,
  largestRevision,
  overTimeMineral,
  rankByRevision,
  revisedRange,
  revisionPairs,
  type OverTimeMineral,
} from '../../../src/state/views/over-time';
import { loadCommittedDataset } from '../../committed-dataset';
import { makeDataset, makeMineral } from '../../factories';

/** A revised series as the latest edition prints it: year → printed value. */
function series(values: Record<number, string>): NirSeriesPoint[] {
  return Object.entries(values).map(([year, printed], index) => ({
    year: Number(year),
    nir: parseNir(printed),
    source: { file: 'MCS2026_Commodities_Data.csv', edition: 'MCS2026', line: 100 + index },
  }));
}

function mineral(id: string, nir: Record<number, string>, revised: Record<number, string>, overrides: Partial<Mineral> = {}): Mineral {
  return makeMineral({ id, nir, nirSeries: series(revised), ...overrides });
}

/** A 1-based physical line of a USGS file, read without the pipeline's CSV parser. */
const linesOf = new Map<string, string[]>();
function physicalLine(file: string, line: number): string {
  if (!linesOf.has(file)) linesOf.set(file, decodeText(readFileSync(join(process.cwd(), 'data', 'usgs', file))).split(/\r?\n/));
  return linesOf.get(file)![line - 1] ?? '';
}

const view = (changes: Partial<View> = {}): View => ({ ...DEFAULT_VIEW, ...changes });
const ids = (minerals: readonly { id: string }[]) => minerals.map((item) => item.id);

describe('overTimeMineral', () => {
  const rareEarths = overTimeMineral(mineral('rare-earths', { 2023: '>95', 2024: '80', 2025: '67' }, { 2021: '>95', 2023: '>90', 2024: '53', 2025: '67' }));

  it('puts each edition’s first-published value beside the revised value of the same year, as printed', () => {
    expect(rareEarths.years.map((entry) => entry.year)).toEqual([2021, 2023, 2024, 2025]);
    const year2024 = rareEarths.years.find((entry) => entry.year === 2024)!;
    expect(year2024.firstPublished).toMatchObject({ edition: 'MCS2025', nir: { printed: '80' } });
    expect(year2024.revised).toMatchObject({ edition: 'MCS2026', nir: { printed: '53' } });
    expect(rareEarths.years[0]).toMatchObject({ firstPublished: null, revision: false });
  });

  it('calls a pair a revision only when a later edition printed something else', () => {
    expect(rareEarths.years.map((entry) => entry.revision)).toEqual([false, true, true, false]);
    expect(revisionPairs([rareEarths])).toEqual(['Rare-earths 2023: >95 (MCS 2024) → >90 (MCS 2026)', 'Rare-earths 2024: 80 (MCS 2025) → 53 (MCS 2026)']);
  });

  it('measures a revision and a range with a bound at its bound, and never measures E, W or NA', () => {
    expect(largestRevision(rareEarths)).toBe(27);
    expect(revisedRange(rareEarths)).toBe(95 - 53);
    const states = overTimeMineral(mineral('beryllium', { 2023: 'NA', 2024: 'E' }, { 2023: 'E', 2024: 'E', 2022: '7' }));
    expect(largestRevision(states)).toBe(0);
    expect(revisedRange(states)).toBe(0);
  });
});

describe('the default rule', () => {
  const minerals = [
    mineral('gallium', { 2024: '100' }, { 2023: '100', 2024: '100' }),
    mineral('nickel', { 2023: '57', 2024: '48' }, { 2023: '41', 2024: '43' }),
    mineral('cobalt', { 2024: '76' }, { 2023: '69', 2024: '74' }),
    mineral('vanadium', { 2024: '40' }, { 2023: '55', 2024: '46' }),
    mineral('talc', { 2024: '10' }, { 2021: '7', 2022: '20', 2024: '10' }),
    mineral('zinc', { 2024: '73' }, { 2023: '76', 2024: '73' }),
    mineral('magnesium', { 2024: '>75' }, { 2024: '>50' }),
    mineral('iridium', {}, {}),
  ];
  const dataset = makeDataset(minerals);

  it('draws the minerals in view with the largest revisions, then the widest range, then by name, at most 5', () => {
    const derived = deriveOverTime(dataset, view());
    expect(derived.rule).toBe('largest-revisions');
    // magnesium >75 → >50 (25), nickel 57 → 41 (16), vanadium 40 → 46 (6), cobalt 76 → 74 (2); then talc's range 13 beats zinc's 3.
    expect(ids(derived.series)).toEqual(['magnesium', 'nickel', 'vanadium', 'cobalt', 'talc']);
    expect(derived.series).toHaveLength(DEFAULT_COMPARED);
    expect(derived.series.map((line) => line.colourIndex)).toEqual([0, 1, 2, 3, 4]);
    expect(derived.ruleText).toMatch(/^Showing the 5 minerals in view with the largest revisions: /);
    expect(derived.ruleText).toContain('a bound counts at its bound; E, W and NA are not measured');
  });

  it('gives the same lines whatever order the minerals come in', () => {
    const forward = rankByRevision(minerals.map(overTimeMineral));
    const backward = rankByRevision([...minerals].reverse().map(overTimeMineral));
    expect(ids(backward)).toEqual(ids(forward));
  });

  it('breaks ties by range, then by name, and leaves out a mineral with no value', () => {
    const tied: OverTimeMineral[] = [
      overTimeMineral(mineral('beta', { 2024: '50' }, { 2023: '40', 2024: '50' })),
      overTimeMineral(mineral('alpha', { 2024: '50' }, { 2023: '40', 2024: '50' })),
      overTimeMineral(mineral('wide', { 2024: '50' }, { 2023: '10', 2024: '50' })),
      overTimeMineral(mineral('empty', {}, {})),
    ];
    expect(ids(rankByRevision(tied))).toEqual(['wide', 'alpha', 'beta']);
  });

  it('only ranks the minerals in view', () => {
    const derived = deriveOverTime(dataset, view({ levels: ['100'] }));
    expect(ids(derived.series)).toEqual(['gallium']);
    expect(derived.ruleText).toMatch(/^Showing all 1 mineral in view with a value, ordered by the largest revisions/);
  });

  it('draws the selected mineral when one is selected and none are chosen', () => {
    const derived = deriveOverTime(dataset, view({ mineralId: 'zinc' }));
    expect(derived.rule).toBe('selected');
    expect(ids(derived.series)).toEqual(['zinc']);
    expect(derived.ruleText).toMatch(/^Showing the selected mineral, Zinc\. With no mineral selected, the view shows the 5 minerals in view with the largest revisions/);
  });

  it('draws the chosen minerals in the order chosen, at most 8, ignoring ids the dataset lacks', () => {
    const many = Array.from({ length: 10 }, (_, index) => mineral(`m${index}`, { 2024: '50' }, { 2024: '50' }));
    const big = makeDataset(many);
    const chosen = ['unknown', ...many.map((item) => item.id).reverse()];
    const derived = deriveOverTime(big, view({ compareIds: chosen, mineralId: 'm0' }));
    expect(derived.rule).toBe('chosen');
    expect(derived.series).toHaveLength(MAX_COMPARED);
    expect(ids(derived.series)).toEqual(['m9', 'm8', 'm7', 'm6', 'm5', 'm4', 'm3', 'm2']);
  });

  it('offers every mineral in view to add, and puts every mineral in view in the table for the CSV', () => {
    const derived = deriveOverTime(dataset, view());
    expect(ids(derived.choices)).toEqual(['cobalt', 'gallium', 'iridium', 'magnesium', 'nickel', 'talc', 'vanadium', 'zinc']);
    expect(ids(derived.inView)).toHaveLength(minerals.length);
    expect(derived.inViewYears).toEqual([2021, 2022, 2023, 2024]);
    expect(derived.years).toEqual([2021, 2022, 2023, 2024]);
  });
});

describe('the 14 lanthanides', () => {
  const shared = { 2024: '80' };
  const revised = { 2023: '>90', 2024: '53', 2025: '67' };
  const lanthanides = ['cerium', 'neodymium', 'terbium'].map((id) => mineral(id, shared, revised, { group: 'lanthanide' }));
  const others = [mineral('nickel', { 2024: '48' }, { 2024: '43' }), mineral('cobalt', { 2024: '76' }, { 2024: '74' })];

  it('count once in the default, as the rare-earths line, so it never draws identical lines', () => {
    const rareEarths = mineral('rare-earths', shared, revised, { group: 'rare-earths' });
    const derived = deriveOverTime(makeDataset([...lanthanides, rareEarths, ...others]), view({ showLanthanides: true }));
    expect(ids(derived.series)).toEqual(['rare-earths', 'nickel', 'cobalt']);
    expect(ids(derived.choices)).toEqual(['cobalt', 'nickel', 'rare-earths']);
    expect(derived.ruleText).toContain('The 14 lanthanides carry the rare-earths values, so they count once, as Rare-earths.');
    // The CSV still lists each lanthanide in view.
    expect(ids(derived.inView)).toEqual(expect.arrayContaining(['cerium', 'neodymium', 'terbium']));
  });

  it('are stood in for by the first lanthanide by name where the dataset has no rare-earths line', () => {
    const derived = deriveOverTime(makeDataset([...lanthanides].reverse().concat(others)), view());
    expect(ids(derived.series)).toEqual(['cerium', 'nickel', 'cobalt']);
  });
});

describe('on the committed USGS data', () => {
  const dataset = loadCommittedDataset();
  const latest = latestEdition(dataset);
  const drawn = (id: string) => deriveOverTime(dataset, view({ compareIds: [id] })).series[0]!;
  const year = (line: OverTimeMineral, at: number) => line.years.find((entry) => entry.year === at)!;

  it('keeps rare earths 2024 as first published (80, MCS 2025) and as revised (53, MCS 2026)', () => {
    const entry = year(drawn('rare-earths'), 2024);
    expect(entry.firstPublished).toMatchObject({ edition: 'MCS2025', nir: { kind: 'exact', printed: '80' }, source: { file: 'MCS2025_Fig2_Net_Import_Reliance.csv' } });
    expect(entry.revised).toMatchObject({ edition: 'MCS2026', nir: { kind: 'exact', printed: '53' }, source: { file: 'MCS2026_Commodities_Data.csv' } });
    expect(entry.revision).toBe(true);
    expect(revisionPairs([drawn('rare-earths')])).toContain('Rare earths 2024: 80 (MCS 2025) → 53 (MCS 2026)');
  });

  // As MCS2026_Commodities_Data.csv prints them (its "Net import reliance" rows, 2021–2025).
  const printed = {
    antimony: { 2021: '85', 2022: '81', 2023: '81', 2024: '86', 2025: '91' },
    gallium: { 2021: '100', 2022: '100', 2023: '100', 2024: '100', 2025: '100' },
  };
  for (const [id, values] of Object.entries(printed)) {
    it(`draws ${id} as MCS2026_Commodities_Data.csv prints it, each value from its own line`, () => {
      const revised = drawn(id).years.flatMap((entry) => (entry.revised ? [{ year: entry.year, ...entry.revised }] : []));
      expect(Object.fromEntries(revised.map((value) => [value.year, value.nir.printed]))).toEqual(values);
      for (const value of revised) {
        expect(value.edition).toBe(latest.edition);
        expect(value.source.file).toBe('MCS2026_Commodities_Data.csv');
        const text = physicalLine(value.source.file, value.source.line);
        expect(text.startsWith(`${id.toUpperCase()},`)).toBe(true);
        expect(text).toContain(`,Net import reliance,`);
        expect(text).toContain(`,percent,${value.year},${value.nir.printed},`);
      }
    });
  }

  it('keeps a bound a bound and E and NA states: lithium ">25", beryllium "E", hafnium "NA"', () => {
    expect(year(drawn('lithium'), 2021).revised?.nir).toEqual({ kind: 'bound', printed: '>25', bound: '>', value: 25 });
    expect(year(drawn('zirconium'), 2021).revised?.nir).toMatchObject({ kind: 'bound', printed: '<25', bound: '<' });
    expect(year(drawn('beryllium'), 2024).revised?.nir).toEqual({ kind: 'exporter', printed: 'E' });
    expect(drawn('hafnium').years.every((entry) => entry.revised?.nir.kind === 'not-available')).toBe(true);
  });

  it('by default draws five distinct minerals, the rare-earths line once and no lanthanide', () => {
    for (const showLanthanides of [true, false]) {
      const derived = deriveOverTime(dataset, view({ showLanthanides }));
      const drawnIds = ids(derived.series);
      expect(drawnIds).toHaveLength(DEFAULT_COMPARED);
      expect(new Set(drawnIds).size).toBe(drawnIds.length);
      expect(drawnIds[0]).toBe('rare-earths');
      expect(derived.series.filter((line) => line.group === 'lanthanide')).toEqual([]);
      const printed = derived.series.map((line) => JSON.stringify(line.years.map((entry) => [entry.firstPublished?.nir.printed, entry.revised?.nir.printed])));
      expect(new Set(printed).size, 'no two lines carry the same values').toBe(printed.length);
    }
  });
});
