import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANDS } from '../../src/state/bands';
import { parseViewQuery, serializeView } from '../../src/state/url';
import { DEFAULT_VIEW, SCOPES, type View } from '../../src/state/view';
import { DATA_YEARS } from '../../src/data/schema';

const MINERALS = new Set(['gallium', 'rare-earths', 'aluminum-metal']);

const arbitraryView: fc.Arbitrary<View> = fc.record({
  dataYear: fc.constantFrom(...DATA_YEARS),
  scope: fc.constantFrom(...SCOPES),
  levels: fc.subarray([...BANDS]),
  showLanthanides: fc.boolean(),
  mineral: fc.option(fc.constantFrom(...MINERALS), { nil: null }),
});

describe('serializeView', () => {
  it('writes nothing for the default view', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
  });

  it('writes only what differs, in readable names', () => {
    const view: View = { ...DEFAULT_VIEW, dataYear: 2023, levels: ['100', '75-99'], mineral: 'gallium' };
    expect(serializeView(view)).toBe('year=2023&levels=100,75-99&mineral=gallium');
    expect(serializeView({ ...DEFAULT_VIEW, scope: 'all', showLanthanides: false, levels: [] })).toBe('scope=all&levels=none&lanthanides=grouped');
  });
});

describe('parseViewQuery', () => {
  it('round-trips every view through the URL', () => {
    fc.assert(
      fc.property(arbitraryView, (view) => {
        const parsed = parseViewQuery(serializeView(view), MINERALS);
        expect(parsed.notices).toEqual([]);
        expect({ ...DEFAULT_VIEW, ...parsed.view }).toEqual(view);
      }),
    );
  });

  it('never throws on an arbitrary query string, and what it keeps is a valid view that survives a round trip', () => {
    const anyQuery = fc.oneof(
      fc.string(),
      fc.webQueryParameters(),
      fc
        .array(fc.tuple(fc.constantFrom('year', 'scope', 'levels', 'lanthanides', 'mineral', 'other'), fc.string()), { maxLength: 6 })
        .map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(anyQuery, (query) => {
        const { view } = parseViewQuery(query, MINERALS);
        const full = { ...DEFAULT_VIEW, ...view };
        expect(DATA_YEARS).toContain(full.dataYear);
        expect(SCOPES).toContain(full.scope);
        for (const level of full.levels) expect(BANDS).toContain(level);
        expect(full.mineral === null || MINERALS.has(full.mineral)).toBe(true);
        expect({ ...DEFAULT_VIEW, ...parseViewQuery(serializeView(full), MINERALS).view }).toEqual(full);
      }),
    );
  });

  it('keeps every good parameter of a view when junk parameters sit beside them', () => {
    const junk = fc.array(fc.tuple(fc.constantFrom('colour', 'utm_source', 'x', 'Year2'), fc.string()), { maxLength: 4 });
    fc.assert(
      fc.property(arbitraryView, junk, (view, pairs) => {
        const query = [serializeView(view), new URLSearchParams(pairs).toString()].filter((part) => part !== '').join('&');
        const parsed = parseViewQuery(query, MINERALS);
        expect({ ...DEFAULT_VIEW, ...parsed.view }).toEqual(view);
        expect(parsed.notices).toHaveLength(pairs.length);
      }),
    );
  });

  it('reads the forms people type: capitals, the en dash the page shows, "+" or spaces, the file-name scope', () => {
    expect(parseViewQuery('?LEVELS=100+75–99&Scope=critical-2025&YEAR=2023', MINERALS)).toEqual({
      view: { levels: ['100', '75-99'], scope: 'critical-2025', dataYear: 2023 },
      notices: [],
    });
    expect(parseViewQuery('?levels=', MINERALS).notices).toEqual(['Ignored levels=“”: no level given.']);
  });

  it('drops a bad parameter with a notice and still applies the rest', () => {
    const { view, notices } = parseViewQuery('?year=2019&scope=2025&levels=100,bogus,50-74&colour=red&mineral=unobtainium', MINERALS);
    expect(view).toEqual({ scope: 'critical-2025', levels: ['100', '50-74'] });
    expect(notices).toEqual([
      'Ignored year=“2019”: the data years are 2023, 2024, 2025.',
      'Ignored the unknown reliance level “bogus”: levels are 100, 75-99, 50-74, 25-49, under-25, exporter, na.',
      'Ignored the unknown parameter “colour”.',
      'Ignored mineral=“unobtainium”: no mineral has that id in this dataset.',
    ]);
  });

  it('reads the first of a repeated parameter and says so', () => {
    const { view, notices } = parseViewQuery('year=2023&year=2025', MINERALS);
    expect(view).toEqual({ dataYear: 2023 });
    expect(notices).toEqual(['Ignored a repeated “year” parameter: the first one applies.']);
  });

  it('shortens a very long bad value in its notice', () => {
    const { notices } = parseViewQuery(`scope=${'x'.repeat(500)}`, MINERALS);
    expect(notices[0]!.length).toBeLessThan(120);
  });
});
