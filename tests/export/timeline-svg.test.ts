import { describe, expect, it } from 'vitest';
import { timelineView } from '../../src/components/views/timeline';
import { toCsv } from '../../src/export/csv';
import { exportMeta } from '../../src/export/export-meta';
import { TIMELINE_COLUMNS, TimelineExportRowSchema, toTimelineExportRows } from '../../src/export/views/timeline-rows';
import { timelineFiles, timelineSvg } from '../../src/export/views/timeline-svg';
import { DEFAULT_VIEW, type View } from '../../src/state/view';
import { loadCommittedDataset } from '../committed-dataset';
import { readCsv } from '../read-csv';

const dataset = loadCommittedDataset();
const view: View = { ...DEFAULT_VIEW, activeView: 'timeline' };
const link = 'https://example.org/minerals/?view=timeline';
const derive = (today: string, changes: Partial<View> = {}) => timelineView.derive(dataset, { ...view, ...changes }, { today });
const metaFor = (derived: ReturnType<typeof derive>, changes: Partial<View> = {}) =>
  exportMeta(timelineView.text(derived, dataset, { ...view, ...changes }), { link, date: new Date(2026, 10, 29) });
const derived = derive('2026-11-29');
const meta = metaFor(derived);

function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('timelineSvg', () => {
  it('gives the same bytes twice for the same today', () => {
    expect(timelineFiles.svg(derived, meta).svg).toBe(timelineFiles.svg(derive('2026-11-29'), metaFor(derive('2026-11-29'))).svg);
    expect(timelineFiles.svg(derived, meta).svg).not.toBe(timelineFiles.svg(derive('2026-03-01'), metaFor(derive('2026-03-01'))).svg);
  });

  it('is well-formed XML holding title, subtitle, legend, every event, the today line, notes, source and link', () => {
    const { svg, width, height } = timelineFiles.svg(derived, meta);
    const document = parse(svg);
    expect(document.querySelector('parsererror')).toBeNull();
    const text = document.documentElement.textContent ?? '';
    expect(document.querySelector('title')?.textContent).toBe('Policy and export-control events on critical minerals, 2022–2026');
    expect(text).toContain('23 events, 2022-02-24 to 2026-07-13 · Today, 2026-11-29 · bold: naming a mineral in view (Data year 2024 (MCS 2025) · 2022 critical list · all levels)');
    for (const label of ['Filled: past (on or before today)', 'Larger mark, bold in the list: names a mineral in view', 'Today, 2026-11-29']) {
      expect(text).toContain(label);
    }
    expect(document.querySelectorAll('[data-mark]')).toHaveLength(23);
    expect(document.querySelectorAll('[data-event]')).toHaveLength(23);
    for (const lane of ['China', 'U.S. and China', 'United States', 'Interior / USGS', 'USGS']) expect(text).toContain(lane);
    for (const year of ['2022', '2023', '2024', '2025', '2026', '2027']) expect(text).toContain(year);
    expect(text).toContain('Source: U.S. Geological Survey, Mineral Commodity Summaries 2025');
    expect(text).toContain('Events: data/timeline.csv');
    expect(text).toContain('Exported 2026-11-29');
    expect(document.querySelector('a')?.getAttribute('href')).toBe(link);
    expect(width).toBe(960);
    expect(document.documentElement.getAttribute('height')).toBe(String(height));
    expect(svg).not.toMatch(/\bid="/);
  });

  it('draws the today line, labelled, right of every event on 2026-11-29', () => {
    const document = parse(timelineFiles.svg(derived, meta).svg);
    const today = document.querySelector('[data-today="2026-11-29"]');
    expect(today?.querySelector('text')?.textContent).toBe('Today, 2026-11-29');
    const lineX = Number(today?.querySelector('line')?.getAttribute('x1'));
    const markXs = [...document.querySelectorAll('[data-mark] circle, [data-mark] polygon')].map((shape) =>
      Number(shape.getAttribute('cx') ?? shape.getAttribute('points')?.split(' ')[0]?.split(',')[0]),
    );
    expect(Math.max(...markXs)).toBeLessThan(lineX);
    expect(document.querySelectorAll('[data-future="true"]')).toHaveLength(0);
  });

  it('labels the computed 2026-07-13 as computed, and draws it upcoming (dashed) with today 2026-03-01', () => {
    const document = parse(timelineFiles.svg(derived, meta).svg);
    const row = document.querySelector('[data-event="2026-07-13"]');
    expect(row?.textContent).toContain('2026-07-13 (computed: 2026-01-14 + 180 days, not printed in a source)');
    expect(document.querySelector('[data-mark="2026-07-13"]')?.getAttribute('data-computed')).toBe('true');
    expect(document.documentElement.textContent).toContain('2026-07-13: computed here as 2026-01-14 + 180 days, not printed in a source.');

    const march = derive('2026-03-01');
    const marchDocument = parse(timelineFiles.svg(march, metaFor(march)).svg);
    const mark = marchDocument.querySelector('[data-mark="2026-07-13"]');
    expect(mark?.getAttribute('data-future')).toBe('true');
    expect(mark?.querySelector('polygon')?.getAttribute('stroke-dasharray')).toBe('4 3');
    expect(marchDocument.querySelector('[data-event="2026-07-13"]')?.textContent).toContain('(upcoming)');
    expect(marchDocument.querySelector('[data-mark="2026-01-14"]')?.getAttribute('data-future')).toBe('false');
    expect(marchDocument.documentElement.textContent).toContain('Open, dashed outline: upcoming (after today)');
  });

  it('cuts long event text by whole characters in the image, bolds events naming a mineral in view', () => {
    const document = parse(timelineFiles.svg(derived, meta).svg);
    const october = document.querySelector('[data-event="2025-10-09"] text');
    expect(october?.textContent).toMatch(/^2025-10-09 · China · Rare-earth export controls expanded: .*…$/);
    expect(october?.getAttribute('font-weight')).toBe('700');
    const firstList = document.querySelector('[data-event="2022-02-24"] text');
    expect(firstList?.getAttribute('font-weight')).toBeNull();
  });

  it('escapes text so an event cannot break the XML', () => {
    const [first] = derived.entries;
    const odd = { ...derived, entries: [{ ...first!, event: { ...first!.event, event: 'Rock & <roll> "quoted"', actor: 'A & B' } }] };
    const { svg } = timelineSvg(odd, { ...meta, title: 'A & B' });
    expect(parse(svg).querySelector('parsererror')).toBeNull();
    expect(svg).toContain('Rock &amp; &lt;roll&gt; &quot;quoted&quot;');
  });
});

describe('timeline CSV and JSON rows', () => {
  const rows = toTimelineExportRows(derived);

  it('has the columns of the issue, in order, and gives the module’s rows', () => {
    expect(timelineFiles.exportRows(derived)).toEqual(rows);
    expect(timelineFiles.columns).toEqual(['date', 'actor', 'event', 'minerals', 'mineral_ids', 'computed', 'computed_from', 'sources', 'is_future']);
    expect(TIMELINE_COLUMNS).toEqual(timelineFiles.columns);
  });

  it('holds one valid row per event, in date order, the text in full', () => {
    expect(rows).toHaveLength(23);
    for (const row of rows) TimelineExportRowSchema.parse(row);
    expect(rows.map((row) => row.date)).toEqual(derived.entries.map((entry) => entry.event.date));
    const april = rows.find((row) => row.date === '2025-04-04');
    expect(april).toMatchObject({
      actor: 'China (MOFCOM and General Administration of Customs, Announcement 18 [2025])',
      minerals: 'samarium; gadolinium; terbium; dysprosium; lutetium; scandium; yttrium',
      mineral_ids: 'samarium; gadolinium; terbium; dysprosium; lutetium; scandium; yttrium',
      computed: 'no',
      computed_from: '',
      is_future: 'no',
    });
    expect(april?.sources.split(' | ')).toHaveLength(3);
    expect(rows.find((row) => row.date === '2025-10-09')?.event).toMatch(/ytterbium\.”?"?$/);
    expect(rows.at(-1)).toMatchObject({ date: '2026-07-13', computed: 'yes', computed_from: '2026-01-14 + 180 days', is_future: 'no', mineral_ids: '' });
  });

  it('says is_future relative to the today it was given', () => {
    const march = timelineFiles.exportRows(derive('2026-03-01'));
    expect(march.filter((row) => row.is_future === 'yes').map((row) => row.date)).toEqual(['2026-07-13']);
  });

  it('writes a CSV whose cells read back', () => {
    const table = readCsv(toCsv(timelineFiles.columns, rows).replace(/^\uFEFF/, ''));
    expect(table[0]).toEqual([...timelineFiles.columns]);
    expect(table).toHaveLength(24);
    const line = (date: string) => table.find((cells) => cells[0] === date)!;
    expect(line('2023-07-03').slice(3, 7)).toEqual(['gallium; germanium', 'gallium; germanium', 'no', '']);
    expect(line('2026-07-13').slice(5, 7)).toEqual(['yes', '2026-01-14 + 180 days']);
    expect(line('2026-07-13')[8]).toBe('no');
  });

  it('names its files after the view', () => {
    expect(timelineView.fileSlug(view)).toBe('critical-minerals-policy-timeline');
  });
});
