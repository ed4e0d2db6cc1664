import { render } from '@testing-library/react';
import fc from 'fast-check';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { parseNir } from '../../src/data/pipeline/nir';
import type { DataYear, Dataset, Mineral, TimelineEvent } from '../../src/data/schema';
import { DashboardContext } from '../../src/components/dashboard-context';
import { shareLink } from '../../src/export/share-link';
import { ViewFigure } from '../../src/components/view-figure';
import type { AnyViewModule } from '../../src/components/views/contract';
import { changesView } from '../../src/components/views/changes';
import { chinaExposureView } from '../../src/components/views/china-exposure';
import { importSourcesView } from '../../src/components/views/import-sources';
import { overTimeView } from '../../src/components/views/over-time';
import { relianceView } from '../../src/components/views/reliance';
import { tableView } from '../../src/components/views/table';
import { timelineView } from '../../src/components/views/timeline';
import { toCsv, type ExportRecord } from '../../src/export/csv';
import { VIEW_FILES } from '../../src/export/view-files';
import { exportMeta } from '../../src/export/export-meta';
import { BANDS } from '../../src/state/bands';
import { createDashboardStore } from '../../src/state/store';
import { CHINA_FILTERS, SCOPES, SOURCE_SORTS, TABLE_COLUMNS, type View } from '../../src/state/view';
import { makeDataset, makeFigure, makeMineral } from '../factories';
import { readCsv } from '../read-csv';
import { illegalXmlChars, withoutIllegalXml } from './xml-text';

/*
 * Hostile data through every view's exports: whatever the dataset holds, the SVG is well-formed XML with nothing live
 * in it, the CSV neutralises formulas and reads back row for row, and the view draws without throwing.
 * Fixed seeds, so a failure is the same failure on every machine; fast-check prints the counterexample.
 */

const MODULES = [relianceView, chinaExposureView, overTimeView, changesView, importSourcesView, tableView, timelineView] as unknown as AnyViewModule[];
const DATA_YEARS = [2022, 2023, 2024, 2025] as const satisfies readonly DataYear[];
const NIR_PRINTED = ['100', '>75', '85', '60', '<25', '30', '0', 'E', 'W', 'NA'] as const;
const TODAY = '2026-03-01';

const EMOJI = '👩‍👩‍👧‍👦';
/** Pieces an attacker, a bad copy-paste or a broken pipeline could put in a text field. */
const HOSTILE_PIECES = [
  '<script>alert(1)</script>',
  '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
  '" onload="alert(1)',
  "' onload='alert(1)",
  '<a href="javascript:alert(1)">x</a>',
  ']]><!--',
  '&amp; &#0; &lt;',
  '=HYPERLINK("http://evil.example","click")',
  '+1',
  '-2',
  '@x',
  '\t=1',
  '\r=1',
  '\n',
  '\u0000',
  '\u0001',
  '\u001B[31m',
  '\u007F',
  '\uFFFE',
  '\uFFFF',
  '\u202Eevil\u202C',
  '\u200F',
  '😀',
  '😀'.slice(0, 1),
  '😀'.slice(1),
  EMOJI,
  EMOJI.slice(0, 5),
  'e\u0301',
  'China',
  'Mica (natural), sheet',
] as const;

const hostilePiece = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_PIECES), weight: 6 },
  // Any UTF-16 code units, lone surrogates included.
  { arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 6 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 2 },
  // Very long text, with and without spaces, ending anywhere (an emoji cut in half included).
  {
    arbitrary: fc
      .tuple(fc.constantFrom('a', 'word ', '😀', EMOJI, '<&>'), fc.integer({ min: 0, max: 3 }))
      .map(([unit, trim]) => unit.repeat(Math.ceil(2000 / unit.length)).slice(0, 2000 - trim)),
    weight: 1,
  },
);
const hostileText = fc.array(hostilePiece, { minLength: 0, maxLength: 4 }).map((pieces) => pieces.join(''));
/** Schema fields that must not be empty. */
const hostileName = hostileText.map((text) => (text === '' ? '\u0001' : text));
const printedNir = fc.constantFrom(...NIR_PRINTED);
const source = { file: 'MCS2026_T4_Export_Controls.csv', edition: 'MCS2026', line: 3 } as const;

const mineralArb = fc.record({
  idBase: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
  name: hostileName,
  note: hostileText,
  usgsLine: hostileText,
  group: fc.constantFrom('single', 'single', 'lanthanide', 'rare-earths'),
  criticalLists: fc.subarray(['2022', '2025'] as const),
  figures: fc.array(
    fc.record({
      dataYear: fc.constantFrom(...DATA_YEARS),
      printed: printedNir,
      usgsName: hostileName,
      importSources: fc.array(fc.oneof(fc.constant('China'), hostileName), { maxLength: 4 }),
      importSourcesPeriod: hostileText,
    }),
    { maxLength: 4 },
  ),
  nirSeries: fc.array(fc.record({ year: fc.constantFrom(...DATA_YEARS), printed: printedNir }), { maxLength: 3 }),
  importShares: fc.option(
    fc.record({
      period: hostileName,
      note: fc.option(hostileText, { nil: undefined }),
      shares: fc.array(
        fc.record({ country: fc.oneof(fc.constant('China'), fc.constant('Other'), hostileName), percentPrinted: fc.constantFrom('71', '<1', '>99', '12', '5') }),
        { minLength: 1, maxLength: 5 },
      ),
    }),
    { nil: null },
  ),
  chinaExportControls: fc.array(fc.record({ controlType: hostileName, year: fc.oneof(fc.constant('2023'), hostileName), printed: hostileName }), { maxLength: 2 }),
  otherExportControls: fc.array(fc.record({ country: hostileName, controlType: hostileName, printed: hostileName, matched: hostileName }), { maxLength: 2 }),
  worldProduction: fc.array(fc.record({ dataYear: fc.constantFrom(...DATA_YEARS), leadingCountry: hostileName, share: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) }), {
    maxLength: 2,
  }),
});

type MineralInput = typeof mineralArb extends fc.Arbitrary<infer T> ? T : never;

function toMineral(input: MineralInput, index: number): Mineral {
  const figures = [...new Map(input.figures.map((figure) => [figure.dataYear, figure])).values()].map(({ printed, ...figure }) =>
    makeFigure({ ...figure, printed }),
  );
  const nirSeries = [...new Map(input.nirSeries.map((point) => [point.year, point])).values()].map((point) => ({
    year: point.year,
    nir: parseNir(point.printed),
    source: { file: 'MCS2026_Commodities_Data.csv', edition: 'MCS2026', line: 10 + index },
  }));
  return makeMineral({
    // Unique, and valid for the schema's id pattern.
    id: `${input.idBase}-${index}`,
    name: input.name,
    note: input.note,
    usgsLine: input.usgsLine,
    group: input.group,
    criticalLists: input.criticalLists,
    figures,
    nirSeries,
    importShares: input.importShares && {
      period: input.importShares.period,
      ...(input.importShares.note === undefined ? {} : { note: input.importShares.note }),
      source,
      shares: input.importShares.shares.map((share) => ({
        ...share,
        percent: /^\d+$/.test(share.percentPrinted) ? Number(share.percentPrinted) : null,
        source,
      })),
    },
    chinaExportControls: input.chinaExportControls.map((control) => ({ ...control, source })),
    otherExportControls: input.otherExportControls.map((control) => ({ ...control, source })),
    worldProduction: input.worldProduction.map((production) => ({
      edition: `MCS${production.dataYear + 1}`,
      dataYear: production.dataYear,
      leadingCountry: production.leadingCountry,
      leadingCountryProductionPrinted: '1,000',
      leadingSharePrinted: production.share === null ? '' : String(production.share),
      leadingShare: production.share,
      worldTotalPrinted: '10,000',
      note: '',
      source,
    })),
  });
}

const eventArb = fc.record({
  date: fc.constantFrom('2023-07-03', '2024-12-03', '2025-04-04', '2026-01-14', '2026-07-13'),
  actor: fc.oneof(fc.constantFrom('China (MOFCOM)', 'United States (President)', 'USGS'), hostileName),
  event: hostileName,
  minerals: hostileText,
  computed: fc.boolean(),
});

const datasetArb = fc
  .tuple(fc.array(mineralArb, { minLength: 1, maxLength: 6 }), fc.array(eventArb, { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 4 }))
  .map(([inputs, events, picks]): Dataset => {
    const minerals = inputs.map(toMineral);
    const dataset = makeDataset(minerals);
    dataset.minerals.exportControls = [{ country: 'China', controlType: 'Export licensing', commodityYear: 'gallium (2023)', dataSource: '', notes: 'through March 1, 2026', source }];
    dataset.minerals.timeline = events.map(
      (event, index): TimelineEvent => ({
        ...event,
        sources: ['https://example.org/source'],
        computedFrom: event.computed ? { date: '2026-01-14', days: 180 } : null,
        mineralIds: picks.length > 0 ? [minerals[(picks[index % picks.length] ?? 0) % minerals.length]!.id] : [],
      }),
    );
    return dataset;
  });

const viewArb = (dataset: Dataset) =>
  fc
    .record({
      dataYear: fc.constantFrom(...DATA_YEARS),
      scope: fc.constantFrom(...SCOPES),
      levels: fc.subarray([...BANDS]),
      showLanthanides: fc.boolean(),
      chinaFilters: fc.subarray([...CHINA_FILTERS]),
      mineralId: fc.option(fc.constantFrom(...dataset.minerals.minerals.map((mineral) => mineral.id)), { nil: null }),
      fromYear: fc.option(fc.constantFrom(...DATA_YEARS), { nil: null }),
      toYear: fc.option(fc.constantFrom(...DATA_YEARS), { nil: null }),
      compareIds: fc.subarray(dataset.minerals.minerals.map((mineral) => mineral.id)),
      sourceSort: fc.constantFrom(...SOURCE_SORTS),
      tableSort: fc.option(fc.record({ column: fc.constantFrom(...TABLE_COLUMNS), descending: fc.boolean() }), { nil: null }),
      tableQuery: fc.oneof(fc.constant(''), hostileText),
    })
    // The store normalises a view as the app does (canonical order, cut search).
    .map((view): View => createDashboardStore({ dataset, view }).getState().view);

const caseArb = datasetArb.chain((dataset) => viewArb(dataset).map((view) => ({ dataset, view })));


const LIVE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'object', 'embed', 'handler', 'listener']);

/** Parses the SVG and lists whatever could run or navigate: checked in one assertion, so a run stays quick. */
function parseSafeSvg(svg: string, link: string): Document {
  expect(illegalXmlChars(svg)).toEqual([]);
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(document.documentElement.localName).toBe('svg');
  const live: string[] = [];
  for (const element of document.getElementsByTagName('*')) {
    if (LIVE_ELEMENTS.has(element.localName.toLowerCase())) live.push(`<${element.localName}>`);
    for (const attribute of element.attributes) {
      if (attribute.localName.toLowerCase().startsWith('on')) live.push(`<${element.localName} ${attribute.name}>`);
      const isShareLink = element.localName === 'a' && attribute.value === link && /^https?:$/.test(new URL(link).protocol);
      if (attribute.localName === 'href' && !isShareLink) live.push(`<${element.localName} ${attribute.name}="${attribute.value}">`);
    }
  }
  expect(live).toEqual([]);
  return document;
}

const FORMULA_START = /^[=+\-@\t\r]/;

function expectSafeCsv(columns: readonly string[], rows: readonly ExportRecord[]): void {
  const csv = toCsv(columns, rows);
  // What a Blob writes: the file's text survives UTF-8 unchanged.
  expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(csv))).toBe(csv);
  const parsed = readCsv(csv.replace(/^\uFEFF/, ''));
  expect(parsed).toHaveLength(rows.length + 1);
  expect(parsed[0]).toEqual(columns);
  // Every text cell reads back as written, a formula behind an apostrophe.
  const expected = rows.map((row) =>
    columns.map((column) => {
      const value = row[column];
      if (typeof value !== 'string') return value === null || value === undefined ? '' : String(value);
      const written = value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
      return FORMULA_START.test(value) ? `'${written}` : written;
    }),
  );
  expect(parsed.slice(1)).toEqual(expected);
}

for (const module of MODULES) describe(`the ${module.id} view with hostile data`, () => {
  it('exports a well-formed SVG with nothing live in it, and a CSV that neutralises formulas and reads back', async () => {
    const files = await VIEW_FILES[module.id]();
    fc.assert(
      fc.property(caseArb, ({ dataset, view }) => {
        const derived = module.derive(dataset, view, { today: TODAY });
        const link = shareLink(view);
        const text = module.text(derived, dataset, view);
        const { svg } = files.svg(derived, exportMeta(text, { link, date: new Date(2026, 2, 1) }));
        const title = parseSafeSvg(svg, link).querySelector('title')?.textContent;
        expect(title, 'the title says what the view says, less what XML cannot hold').toBe(withoutIllegalXml(text.title));
        expectSafeCsv(files.columns, files.exportRows(derived));
      }),
      { seed: 20_260_301, numRuns: 100 },
    );
  }, 30_000);

  it('draws on screen, toolbar and all, without throwing', () => {
    fc.assert(
      fc.property(caseArb, ({ dataset, view }) => {
        const store = createDashboardStore({ dataset, view });
        const { unmount } = render(createElement(DashboardContext.Provider, { value: store }, createElement(ViewFigure, { module })));
        unmount();
      }),
      { seed: 20_260_302, numRuns: 20 },
    );
  }, 30_000);
});
