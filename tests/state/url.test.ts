import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANDS } from '../../src/state/bands';
import { parseViewQuery, serializeView } from '../../src/state/url';
import { CHINA_FILTERS, DEFAULT_VIEW, MAX_COMPARED, SCOPES, SOURCE_SORTS, TABLE_COLUMNS, VIEW_IDS, type View } from '../../src/state/view';

const MINERAL_IDS = ['gallium', 'rare-earths', 'aluminum-metal', 'antimony', 'bismuth', 'cobalt', 'nickel', 'tin', 'zinc', 'lithium'];
const DATA_YEARS = [2022, 2023, 2024, 2025];
const CONTEXT = { mineralIds: new Set(MINERAL_IDS), dataYears: DATA_YEARS };
const MINERALS = CONTEXT.mineralIds;

const year = fc.constantFrom(...DATA_YEARS);
const arbitraryView: fc.Arbitrary<View> = fc.record({
  activeView: fc.constantFrom(...VIEW_IDS),
  dataYear: year,
  scope: fc.constantFrom(...SCOPES),
  levels: fc.subarray([...BANDS]),
  showLanthanides: fc.boolean(),
  chinaFilters: fc.subarray([...CHINA_FILTERS]),
  mineralId: fc.option(fc.constantFrom(...MINERAL_IDS), { nil: null }),
  fromYear: fc.option(year, { nil: null }),
  toYear: fc.option(year, { nil: null }),
  compareIds: fc.uniqueArray(fc.constantFrom(...MINERAL_IDS), { maxLength: MAX_COMPARED }),
  sourceSort: fc.constantFrom(...SOURCE_SORTS),
  tableSort: fc.option(fc.record({ column: fc.constantFrom(...TABLE_COLUMNS), descending: fc.boolean() }), { nil: null }),
  tableQuery: fc.string({ maxLength: 100, unit: 'grapheme-composite' }).filter((text) => [...text].length <= 100),
});

describe('serializeView', () => {
  it('writes nothing for the default view', () => {
    expect(serializeView(DEFAULT_VIEW)).toBe('');
  });

  it('writes only what differs, in readable names', () => {
    const view: View = { ...DEFAULT_VIEW, dataYear: 2023, levels: ['100', '75-99'], mineralId: 'gallium' };
    expect(serializeView(view)).toBe('year=2023&levels=100,75-99&mineral=gallium');
    expect(serializeView({ ...DEFAULT_VIEW, activeView: 'changes', fromYear: 2023, toYear: 2024 })).toBe('view=changes&from=2023&to=2024');
    expect(serializeView({ ...DEFAULT_VIEW, chinaFilters: ['top-source', 'export-control'], compareIds: ['gallium', 'antimony'] })).toBe(
      'china=top-source,export-control&compare=gallium,antimony',
    );
    expect(serializeView({ ...DEFAULT_VIEW, scope: 'all', showLanthanides: false, levels: [] })).toBe('scope=all&levels=none&lanthanides=grouped');
  });
});

describe('parseViewQuery', () => {
  it('round-trips every view through the URL', () => {
    fc.assert(
      fc.property(arbitraryView, (view) => {
        const parsed = parseViewQuery(serializeView(view), CONTEXT);
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
        .array(fc.tuple(fc.constantFrom('view', 'year', 'scope', 'levels', 'lanthanides', 'china', 'mineral', 'from', 'to', 'compare', 'sort', 'order', 'q', 'other'), fc.string()), { maxLength: 8 })
        .map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(anyQuery, (query) => {
        const { view } = parseViewQuery(query, CONTEXT);
        const full = { ...DEFAULT_VIEW, ...view };
        expect(DATA_YEARS).toContain(full.dataYear);
        expect(VIEW_IDS).toContain(full.activeView);
        expect(SCOPES).toContain(full.scope);
        for (const level of full.levels) expect(BANDS).toContain(level);
        for (const filter of full.chinaFilters) expect(CHINA_FILTERS).toContain(filter);
        expect(full.mineralId === null || MINERALS.has(full.mineralId)).toBe(true);
        expect(full.compareIds.length).toBeLessThanOrEqual(MAX_COMPARED);
        expect({ ...DEFAULT_VIEW, ...parseViewQuery(serializeView(full), CONTEXT).view }).toEqual(full);
      }),
    );
  });

  it('keeps every good parameter of a view when junk parameters sit beside them', () => {
    const junk = fc.array(fc.tuple(fc.constantFrom('colour', 'utm_source', 'x', 'Year2'), fc.string()), { maxLength: 4 });
    fc.assert(
      fc.property(arbitraryView, junk, (view, pairs) => {
        const query = [serializeView(view), new URLSearchParams(pairs).toString()].filter((part) => part !== '').join('&');
        const parsed = parseViewQuery(query, CONTEXT);
        expect({ ...DEFAULT_VIEW, ...parsed.view }).toEqual(view);
        expect(parsed.notices).toHaveLength(pairs.length);
      }),
    );
  });

  it('reads the forms people type: capitals, the en dash the page shows, "+" or spaces, the file-name scope', () => {
    expect(parseViewQuery('?LEVELS=100+75–99&Scope=critical-2025&YEAR=2023', CONTEXT)).toEqual({
      view: { levels: ['100', '75-99'], scope: 'critical-2025', dataYear: 2023 },
      notices: [],
    });
    expect(parseViewQuery('?levels=', CONTEXT).notices).toEqual(['Ignored levels=“”: no level given.']);
  });

  it('drops a bad parameter with a notice and still applies the rest', () => {
    const { view, notices } = parseViewQuery('?year=2019&scope=2025&levels=100,bogus,50-74&colour=red&mineral=unobtainium', CONTEXT);
    expect(view).toEqual({ scope: 'critical-2025', levels: ['100', '50-74'] });
    expect(notices).toEqual([
      'Ignored year=“2019”: the data years are 2022, 2023, 2024, 2025.',
      'Ignored the unknown reliance level “bogus”: levels are 100, 75-99, 50-74, 25-49, under-25, exporter, na.',
      'Ignored the unknown parameter “colour”.',
      'Ignored mineral=“unobtainium”: no mineral has that id in this dataset.',
    ]);
  });

  it('reads the first of a repeated parameter and says so', () => {
    const { view, notices } = parseViewQuery('year=2023&year=2025', CONTEXT);
    expect(view).toEqual({ dataYear: 2023 });
    expect(notices).toEqual(['Ignored a repeated “year” parameter: the first one applies.']);
  });

  it('shortens a very long bad value in its notice', () => {
    const { notices } = parseViewQuery(`scope=${'x'.repeat(500)}`, CONTEXT);
    expect(notices[0]!.length).toBeLessThan(120);
  });

  it('reads the views, the China filters, the changes years and the compared minerals, each on its own', () => {
    const { view, notices } = parseViewQuery('?view=Over-Time&china=export-control,bogus&from=2022&to=2030&compare=gallium,unobtainium,antimony&sort=china', CONTEXT);
    expect(view).toEqual({ activeView: 'over-time', chinaFilters: ['export-control'], fromYear: 2022, compareIds: ['gallium', 'antimony'], sourceSort: 'china-share' });
    expect(notices).toEqual([
      'Ignored china=“bogus”: use top-source or export-control.',
      'Ignored to=“2030”: the data years are 2022, 2023, 2024, 2025.',
      'Ignored compare=“unobtainium”: no mineral has that id in this dataset.',
    ]);
    expect(parseViewQuery('view=map', CONTEXT).notices).toEqual(['Ignored view=“map”: the views are reliance, china-exposure, over-time, changes, import-sources, table, timeline.']);
    expect(parseViewQuery('order=china-share-desc&q=rare%20earth', CONTEXT).view).toEqual({ tableSort: { column: 'china-share', descending: true }, tableQuery: 'rare earth' });
    expect(parseViewQuery('order=colour', CONTEXT).notices[0]).toMatch(/^Ignored order=“colour”: use a column/);
    expect(parseViewQuery(`compare=${MINERAL_IDS.join(',')}`, CONTEXT).view.compareIds).toEqual(MINERAL_IDS.slice(0, MAX_COMPARED));
  });
});

describe('notices about hostile links', () => {
  it('removes direction and control characters and cuts long values by whole characters', () => {
    const { notices } = parseViewQuery(`scope=${encodeURIComponent('\u202Eevil\u0001')}&year=${encodeURIComponent('👩‍👩‍👧'.repeat(50))}`, CONTEXT);
    expect(notices[0]).toBe('Ignored scope=“evil”: use 2022, 2025 or all.');
    const shown = /“(.*)”/.exec(notices[1]!)?.[1] ?? '';
    expect(shown.endsWith('…')).toBe(true);
    // Every character before the ellipsis is a whole family emoji: nothing cut in half.
    expect(shown.slice(0, -1).replaceAll('👩‍👩‍👧', '')).toBe('');
  });

  it('says in words when a parameter has no name', () => {
    expect(parseViewQuery('=2023', CONTEXT).notices).toEqual(['Ignored a parameter with no name, =“2023”.']);
    expect(parseViewQuery('=', CONTEXT).notices).toEqual(['Ignored an empty parameter (a stray “&” or “=”).']);
  });
});
