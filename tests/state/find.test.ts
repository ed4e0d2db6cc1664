import { describe, expect, it } from 'vitest';
import {
  ELEMENT_SYMBOLS,
  MAX_FINDER_OPTIONS,
  buildFinderIndex,
  findMinerals,
  findStatus,
  moreText,
  searchForm,
  type FindResult,
} from '../../src/state/find';
import type { Mineral } from '../../src/data/schema';
import { loadCommittedDataset } from '../committed-dataset';
import { makeFigure, makeMineral, makeRareEarths } from '../factories';

const committed = loadCommittedDataset();
const committedIndex = buildFinderIndex(committed.minerals.minerals);
const find = (query: string, limit?: number) => findMinerals(committedIndex, query, limit);
const ids = (result: FindResult) => result.matches.map((match) => match.id);
const first = (query: string) => find(query).matches[0];

describe('searchForm', () => {
  it('drops accents, case and punctuation', () => {
    expect(searchForm('  GALLIUM, metal ')).toBe('gallium metal');
    expect(searchForm('Phosphate (rock)')).toBe('phosphate rock');
    expect(searchForm('Níquel')).toBe('niquel');
    expect(searchForm('rare-earth  elements')).toBe('rare earth elements');
  });
});

describe('findMinerals on the committed data', () => {
  it('finds niobium by its old name columbium, and says why', () => {
    expect(first('columbium')).toEqual({ id: 'niobium', name: 'Niobium', tier: 'exact', hint: 'Nb · columbium' });
    expect(first('Columb')?.id).toBe('niobium');
  });

  it.each(['REE', 'ree', 'rare earths', 'rare-earth elements', 'Rare earth elements', 'lanthanides'].map((query) => ({ query })))('finds the rare-earths line by $query', ({ query }) => {
    expect(first(query)?.id).toBe('rare-earths');
  });

  it.each([
    { symbol: 'Ga', id: 'gallium' },
    { symbol: 'ge', id: 'germanium' },
    { symbol: 'SB', id: 'antimony' },
    { symbol: 'Nd', id: 'neodymium' },
    { symbol: 'Dy', id: 'dysprosium' },
    { symbol: 'W', id: 'tungsten' },
    { symbol: 'y', id: 'yttrium' },
    { symbol: 'in', id: 'indium' },
  ])('finds $id by its symbol $symbol', ({ symbol, id }) => {
    const best = first(symbol);
    expect(best?.id).toBe(id);
    expect(best?.tier).toBe('exact');
    expect(best?.hint).toBe(ELEMENT_SYMBOLS[id]);
  });

  it('matches a symbol only exactly: "ind" finds indium by its name, "gal" offers no symbol', () => {
    expect(first('ind')).toEqual({ id: 'indium', name: 'Indium', tier: 'name-prefix', hint: '' });
    expect(find('gal').matches.every((match) => match.hint === '')).toBe(true);
  });

  it('gives every element of the dataset a symbol, each lanthanide included', () => {
    const lanthanides = committed.minerals.minerals.filter((mineral) => mineral.group === 'lanthanide');
    expect(lanthanides).toHaveLength(14);
    for (const mineral of lanthanides) expect(ELEMENT_SYMBOLS[mineral.id], mineral.id).toMatch(/^[A-Z][a-z]?$/);
    const symbols = Object.values(ELEMENT_SYMBOLS);
    for (const symbol of new Set(symbols)) {
      const found = find(symbol).matches.filter((match) => match.tier === 'exact');
      expect(found.length, symbol).toBeGreaterThan(0);
    }
    for (const id of Object.keys(ELEMENT_SYMBOLS)) expect(committed.minerals.minerals.some((mineral) => mineral.id === id), id).toBe(true);
  });

  it('finds gallium by the USGS line "GALLIUM, metal", whatever the case and commas', () => {
    const result = find('gallium, metal');
    expect(ids(result)).toEqual(['gallium']);
    expect(result.matches[0]).toMatchObject({ tier: 'usgs-line', hint: 'USGS line: GALLIUM, metal' });
    expect(first('NIOBIUM (COLUMBIUM)')?.id).toBe('niobium');
  });

  it('finds minerals by the words of the ores and lines they are named by', () => {
    expect(first('bauxite')).toMatchObject({ id: 'aluminum', tier: 'exact', hint: 'Al · bauxite' });
    expect(first('potash')?.id).toBe('potash');
    expect(first('phosphate rock')?.id).toBe('phosphate');
    expect(first('wolfram')?.id).toBe('tungsten');
    if (committed.minerals.minerals.some((mineral) => mineral.id === 'fluorspar')) expect(first('fluorite')?.id).toBe('fluorspar');
  });

  it('ignores accents and case', () => {
    expect(first('GÁLLIUM')?.id).toBe('gallium');
    expect(first('tântalum')?.id).toBe('tantalum');
    expect(first('  nickel  ')).toEqual({ id: 'nickel', name: 'Nickel', tier: 'exact', hint: '' });
  });

  it('ranks exact, then name prefix, then word prefix, then substring, then USGS line; ties by name', () => {
    // "in": indium by symbol, then names starting "in…" (none else), then words, then substrings such as tin.
    const tiers = find('in', 100).matches.map((match) => match.tier);
    expect(tiers[0]).toBe('exact');
    expect([...tiers].sort((a, b) => order(a) - order(b))).toEqual(tiers);
    expect(ids(find('aluminum'))).toEqual(['aluminum', 'aluminum-metal', 'abrasives-fused-aluminum-oxide']);
    expect(find('magnesium').matches.map((match) => match.name)).toEqual(['Magnesium (metal)', 'Magnesium compounds']);
  });

  it('lists every mineral by name when nothing is typed, capped', () => {
    const result = find('');
    expect(result.total).toBe(committed.minerals.minerals.length);
    expect(result.matches).toHaveLength(MAX_FINDER_OPTIONS);
    expect(result.matches[0]?.name).toBe('Abrasives, fused aluminum oxide');
  });
});

const order = (tier: string | null) => ['exact', 'name-prefix', 'word-prefix', 'substring', 'usgs-line'].indexOf(tier ?? '');

describe('findMinerals on factory data', () => {
  const minerals: Mineral[] = [
    makeMineral({ id: 'tin', usgsLine: 'TIN, refined' }),
    makeMineral({ id: 'indium' }),
    makeMineral({ id: 'tinium', name: 'Tinium' }),
    makeMineral({ id: 'cassiterite-tin', name: 'Cassiterite tin' }),
    makeMineral({ id: 'platinum' }),
    makeMineral({ id: 'stannite', name: 'Stannité', usgsLine: 'STANNITE', figures: [makeFigure({ usgsName: 'TIN ORE, stannite' })] }),
    makeRareEarths({ id: 'ree-line', name: 'Rare-earth line' }),
  ];
  const index = buildFinderIndex(minerals);

  it('orders exact, name prefix, word prefix, substring and USGS line, with the reason for a line match', () => {
    const result = findMinerals(index, 'tin');
    expect(result.matches.map((match) => [match.name, match.tier])).toEqual([
      ['Tin', 'exact'],
      ['Tinium', 'name-prefix'],
      ['Cassiterite tin', 'word-prefix'],
      ['Platinum', 'substring'],
      ['Stannité', 'usgs-line'],
    ]);
    expect(result.matches.at(-1)?.hint).toBe('USGS line: TIN ORE, stannite');
  });

  it('finds an accented name without the accent', () => {
    expect(findMinerals(index, 'stannite').matches[0]).toEqual({ id: 'stannite', name: 'Stannité', tier: 'exact', hint: '' });
  });

  it('sends the rare-earth aliases to the mineral of the rare-earths group, whatever its id', () => {
    expect(findMinerals(index, 'REE').matches[0]).toMatchObject({ id: 'ree-line', hint: 'REE' });
  });

  it('matches nothing by an alias whose mineral the dataset lacks', () => {
    expect(findMinerals(index, 'columbium').total).toBe(0);
  });

  it('caps the options at the limit, best first, and counts the rest', () => {
    const many = Array.from({ length: 1000 }, (_, n) => makeMineral({ id: `mineral-${String(n).padStart(4, '0')}` }));
    const result = findMinerals(buildFinderIndex([makeMineral({ id: 'min' }), ...many]), 'min');
    expect(result.total).toBe(1001);
    expect(result.matches).toHaveLength(MAX_FINDER_OPTIONS);
    expect(result.matches[0]).toMatchObject({ id: 'min', tier: 'exact' });
    expect(result.matches[1]?.id).toBe('mineral-0000');
    expect(moreText(result)).toBe('and 989 more: keep typing');
    expect(findStatus(result)).toBe('1,001 minerals match; the best 12 are listed: keep typing.');
  });
});

describe('findStatus', () => {
  const index = buildFinderIndex([makeMineral({ id: 'gallium' }), makeMineral({ id: 'germanium' }), makeMineral({ id: 'galena' })]);

  it('says how many minerals match', () => {
    expect(findStatus(findMinerals(index, 'ga'))).toBe('2 minerals match');
    expect(findStatus(findMinerals(index, 'gallium'))).toBe('1 mineral matches');
    expect(moreText(findMinerals(index, 'ga'))).toBeNull();
  });

  it('says what to try when nothing matches', () => {
    expect(findStatus(findMinerals(index, ' xyz '))).toBe('No mineral matches “xyz”: try a name, a symbol such as Ga, or a USGS line name.');
    expect(findMinerals(index, '((')).toMatchObject({ total: 0, matches: [] });
  });
});
