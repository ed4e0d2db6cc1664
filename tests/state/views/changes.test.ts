import { describe, expect, it } from 'vitest';
import { dataYears, figureFor } from '../../../src/state/derive';
import {
  changeWords,
  crossingSentence,
  deriveChanges,
  orderNote,
  type ChangesViewData,
} from '../../../src/state/views/changes';
import { parseNir } from '../../../src/data/pipeline/nir';
import { DEFAULT_VIEW, type View } from '../../../src/state/view';
import { loadCommittedDataset } from '../../committed-dataset';
import { makeDataset, makeMineral } from '../../factories';

const changesView = (changes: Partial<View> = {}): View => ({ ...DEFAULT_VIEW, activeView: 'changes', ...changes });

const dataset = makeDataset([
  makeMineral({ id: 'gallium', nir: { 2022: '100', 2023: '100', 2024: '100', 2025: '100' } }),
  makeMineral({ id: 'vanadium', nir: { 2023: '58', 2024: '40', 2025: '41' } }),
  makeMineral({ id: 'nickel', nir: { 2023: '57', 2024: '48', 2025: '41' } }),
  makeMineral({ id: 'platinum', nir: { 2023: '83', 2024: '85', 2025: '89' } }),
  makeMineral({ id: 'lithium', nir: { 2023: '>25', 2024: '>50', 2025: '>50' } }),
  makeMineral({ id: 'cerium', group: 'lanthanide', nir: { 2023: '>95', 2024: '80', 2025: '67' } }),
  makeMineral({ id: 'titanium', nir: { 2023: '>95', 2024: '>95', 2025: '100' } }),
  makeMineral({ id: 'beryllium', nir: { 2023: 'NA', 2024: 'E', 2025: 'E' } }),
  makeMineral({ id: 'iridium', nir: {} }),
  makeMineral({ id: 'copper', criticalLists: ['2025'], nir: { 2023: '45', 2024: '45', 2025: '45' } }),
]);

const rowOf = (data: ChangesViewData, id: string) => {
  const row = data.rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`${id} is not shown`);
  return row;
};
const sentences = (data: ChangesViewData) => data.crossings.map((crossing) => crossingSentence(crossing, data));

describe('deriveChanges on factory data', () => {
  it('compares the earliest and the latest data year when none is chosen', () => {
    const data = deriveChanges(dataset, changesView());
    expect([data.from.dataYear, data.to.dataYear]).toEqual([2022, 2025]);
    expect([data.from.edition, data.to.edition]).toEqual(['MCS2023', 'MCS2026']);
    expect(data.order).toBe('forward');
  });

  it('falls back to the default for a year the dataset does not have', () => {
    const data = deriveChanges(dataset, changesView({ fromYear: 2019, toYear: 2024 }));
    expect([data.from.dataYear, data.to.dataYear]).toEqual([2022, 2024]);
  });

  it('gives a change in points only when both ends are exact, and says every other change in words', () => {
    const data = deriveChanges(dataset, changesView({ fromYear: 2023, toYear: 2024 }));
    expect(rowOf(data, 'vanadium')).toMatchObject({ points: -18, words: '−18 points', direction: 'fall' });
    expect(rowOf(data, 'platinum')).toMatchObject({ points: 2, words: '+2 points', direction: 'rise' });
    expect(rowOf(data, 'gallium')).toMatchObject({ points: 0, words: 'no change', direction: 'same' });
    // ">25" to ">50": the first could have been 60, so no direction and no number.
    expect(rowOf(data, 'lithium')).toMatchObject({ points: null, words: 'from >25% to >50%', direction: 'unknown' });
    // ">95" to 80 fell whatever the withheld value was, but by how much is not known.
    expect(rowOf(data, 'cerium')).toMatchObject({ points: null, words: 'fell: from >95% to 80%', direction: 'fall' });
    expect(rowOf(data, 'titanium')).toMatchObject({ points: null, words: 'printed >95% in both years' });
    expect(rowOf(data, 'beryllium')).toMatchObject({ points: null, words: 'now E: exporter (was NA)' });
    expect(rowOf(data, 'iridium')).toMatchObject({ points: null, words: 'no USGS figure in either year' });
    expect(rowOf(data, 'iridium').from.nir).toBeNull();
  });

  it('words a missing end and bounds that cannot overlap', () => {
    expect(changeWords(null, parseNir('80'), 2022, 2023)).toBe('no USGS figure in 2022; now 80%');
    expect(changeWords(parseNir('80'), null, 2022, 2023)).toBe('no USGS figure in 2023 (was 80%)');
    expect(changeWords(parseNir('>95'), parseNir('100'), 2024, 2025)).toBe('rose: from >95% to 100%');
    expect(changeWords(parseNir('74'), parseNir('>75'), 2024, 2025)).toBe('rose: from 74% to >75%');
    expect(changeWords(parseNir('<25'), parseNir('30'), 2024, 2025)).toBe('rose: from <25% to 30%');
    expect(changeWords(parseNir('<50'), parseNir('<25'), 2024, 2025)).toBe('from <50% to <25%');
    expect(changeWords(parseNir('W'), parseNir('80'), 2024, 2025)).toBe('from W to 80%');
  });

  it('sorts by change, largest rise first, then by name; changes that are not numbers follow by name', () => {
    const data = deriveChanges(dataset, changesView({ fromYear: 2023, toYear: 2024 }));
    expect(data.rows.map((row) => row.id)).toEqual([
      'platinum',
      'gallium',
      'nickel',
      'vanadium',
      'beryllium',
      'cerium',
      'iridium',
      'lithium',
      'titanium',
    ]);
  });

  it('keeps a mineral whose level in either year is among those chosen', () => {
    const data = deriveChanges(dataset, changesView({ fromYear: 2024, toYear: 2025, levels: ['100'] }));
    // Titanium is at 100 only in 2025; gallium in both; the rest in neither.
    expect(data.rows.map((row) => row.id).sort()).toEqual(['gallium', 'titanium']);
    const back = deriveChanges(dataset, changesView({ fromYear: 2025, toYear: 2024, levels: ['100'] }));
    expect(back.rows.map((row) => row.id).sort()).toEqual(['gallium', 'titanium']);
  });

  it('counts the crossings over every mineral in scope, whatever levels are ticked', () => {
    const data = deriveChanges(dataset, changesView({ fromYear: 2023, toYear: 2024, levels: ['100'] }));
    expect(sentences(data)).toEqual([
      '100%: no change (1 mineral in 2023 and in 2024)',
      '50% or more: lithium in; vanadium and nickel out (6 minerals in 2023, 5 in 2024)',
    ]);
    expect(data.inScope).toBe(9);
  });

  it('applies a China filter if it holds in either year', () => {
    const onlyFrom = makeMineral({ id: 'tin', nir: { 2023: '74', 2024: '73' } });
    onlyFrom.figures[1] = { ...onlyFrom.figures[1]!, importSources: ['Peru'] };
    const never = makeMineral({ id: 'zinc', nir: { 2023: '77', 2024: '73' } });
    never.figures = never.figures.map((figure) => ({ ...figure, importSources: ['Canada'] }));
    const data = deriveChanges(makeDataset([onlyFrom, never]), changesView({ fromYear: 2023, toYear: 2024, chinaFilters: ['top-source'] }));
    expect(data.rows.map((row) => row.id)).toEqual(['tin']);
  });

  it('keeps the order chosen when "from" is later, and says so', () => {
    const data = deriveChanges(dataset, changesView({ fromYear: 2024, toYear: 2023 }));
    expect(data.order).toBe('backward');
    expect(rowOf(data, 'vanadium')).toMatchObject({ points: 18, words: '+18 points' });
    expect(orderNote(data)).toBe('Backwards in time: from 2024 (MCS 2025) to 2023 (MCS 2024), as chosen; a rise here is a fall over time.');
    expect(sentences(data)[1]).toBe('50% or more: vanadium and nickel in; lithium out (5 minerals in 2024, 6 in 2023)');
  });

  it('shows one year against itself as no change, and says to choose two years', () => {
    const data = deriveChanges(dataset, changesView({ fromYear: 2024, toYear: 2024 }));
    expect(data.order).toBe('same');
    expect(data.rows.filter((row) => row.points !== null).every((row) => row.points === 0)).toBe(true);
    expect(orderNote(data)).toContain('same data year, 2024 (MCS 2025)');
    expect(sentences(data)).toEqual(['100%: no change (1 mineral in 2024)', '50% or more: no change (5 minerals in 2024)']);
  });
});

describe('deriveChanges on the committed USGS data (2022 list, lanthanides one by one)', () => {
  const committed = loadCommittedDataset();

  it('2023 → 2024: lithium enters "50% or more", vanadium and nickel leave; "100%" does not change (CLAIMS.md)', () => {
    const data = deriveChanges(committed, changesView({ fromYear: 2023, toYear: 2024 }));
    expect(data.rows).toHaveLength(50);
    const [hundred, fifty] = data.crossings;
    expect(hundred).toMatchObject({ entered: [], left: [], fromCount: 12, toCount: 12 });
    expect(fifty?.entered.map((row) => row.id)).toEqual(['lithium']);
    expect(fifty?.left.map((row) => row.id)).toEqual(['vanadium', 'nickel']);
    // 12 + 29 further in 2023, 12 + 28 in 2024: the article's counts.
    expect([fifty?.fromCount, fifty?.toCount]).toEqual([41, 40]);
    expect(sentences(data)[0]).toMatch(/^100%: no change/);
    expect(sentences(data)[1]).toMatch(/^50% or more: lithium in; vanadium and nickel out/);
    expect(rowOf(data, 'vanadium')).toMatchObject({ points: -18 });
    expect(rowOf(data, 'nickel')).toMatchObject({ points: -9 });
    expect(rowOf(data, 'lithium')).toMatchObject({ points: null, words: 'from >25% to >50%' });
  });

  it('2024 → 2025: titanium comes in at 100%, palladium at 50% or more', () => {
    const data = deriveChanges(committed, changesView({ fromYear: 2024, toYear: 2025 }));
    expect(data.crossings[0]?.entered.map((row) => row.id)).toEqual(['titanium']);
    expect(data.crossings[1]?.entered.map((row) => row.id)).toEqual(['palladium']);
    expect(data.crossings[1]?.left).toEqual([]);
    expect(rowOf(data, 'titanium').words).toBe('rose: from >95% to 100%');
  });

  it('has data year 2022 (MCS 2023) and opens on it: 2022 → 2023, tellurium leaves "50% or more" (>75 → >25), 100% unchanged', () => {
    expect(dataYears(committed)).toContain(2022);
    expect(deriveChanges(committed, changesView()).from).toMatchObject({ dataYear: 2022, edition: 'MCS2023' });
    const data = deriveChanges(committed, changesView({ fromYear: 2022, toYear: 2023 }));
    expect(sentences(data)[0]).toMatch(/^100%: no change \(12 minerals in 2022 and in 2023\)/);
    expect(sentences(data)[1]).toMatch(/^50% or more: tellurium out \(42 minerals in 2022, 41 in 2023\)/);
    expect(rowOf(data, 'tellurium')).toMatchObject({ points: null, words: 'from >75% to >25%' });
    expect(rowOf(data, 'tellurium').from.figure?.nirSource.file).toBe('MCS2023_Fig2_Net_Import_Reliance.csv');
  });

  it('shows every value as its edition printed it, and a number only where both are exact', () => {
    const years = dataYears(committed);
    for (const fromYear of years) {
      for (const toYear of years) {
        const data = deriveChanges(committed, changesView({ fromYear, toYear, scope: 'all' }));
        for (const row of data.rows) {
          const mineral = committed.minerals.minerals.find((candidate) => candidate.id === row.id)!;
          expect(row.from.nir?.printed).toBe(figureFor(mineral, fromYear)?.nir.printed);
          expect(row.to.nir?.printed).toBe(figureFor(mineral, toYear)?.nir.printed);
          const bothExact = row.from.nir?.kind === 'exact' && row.to.nir?.kind === 'exact';
          expect(row.points !== null).toBe(bothExact);
        }
      }
    }
  });
});
