import { describe, expect, it } from 'vitest';
import type { Dataset, TimelineEvent } from '../../../src/data/schema';
import { DEFAULT_VIEW, type View } from '../../../src/state/view';
import {
  dateLabel,
  deriveTimeline,
  laneOf,
  sourceLink,
  summarySentence,
  timelineNotes,
  withToday,
} from '../../../src/state/views/timeline';
import { loadCommittedDataset } from '../../committed-dataset';
import { makeDataset, makeMineral, makeRareEarths } from '../../factories';

function makeEvent(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    date: '2025-01-01',
    actor: 'China (MOFCOM)',
    event: 'An event.',
    minerals: '',
    sources: ['https://example.org/a'],
    computed: false,
    computedFrom: null,
    mineralIds: [],
    ...overrides,
  };
}

const proclamation = makeEvent({ date: '2026-01-14', actor: 'United States (President)', event: 'Proclamation 11001 signed.' });
const windowEnd = makeEvent({
  date: '2026-07-13',
  actor: 'United States (computed deadline)',
  event: 'End of the 180-day negotiation window. Date computed here (Jan 14 + 180 days), not printed in a source.',
  computed: true,
  computedFrom: { date: '2026-01-14', days: 180 },
});

function datasetWith(timeline: TimelineEvent[]): Dataset {
  const dataset = makeDataset([
    makeMineral({ id: 'gallium', nir: { 2024: '100' } }),
    makeMineral({ id: 'germanium', nir: { 2024: '>50' }, criticalLists: ['2022', '2025'] }),
    makeMineral({ id: 'copper', nir: { 2024: '45' }, criticalLists: ['2025'] }),
    makeMineral({ id: 'samarium', group: 'lanthanide', nir: { 2024: '80' } }),
    makeMineral({ id: 'cerium', group: 'lanthanide', nir: { 2024: '80' } }),
    makeRareEarths(),
  ]);
  return { ...dataset, minerals: { ...dataset.minerals, timeline } };
}

const view = (changes: Partial<View> = {}): View => ({ ...DEFAULT_VIEW, activeView: 'timeline', ...changes });

describe('deriveTimeline on factory data', () => {
  it('puts the events in date order, keeping the file order within a date, each with its own key', () => {
    const dataset = datasetWith([
      windowEnd,
      makeEvent({ date: '2023-07-03', event: 'Gallium and germanium controls announced.' }),
      makeEvent({ date: '2025-11-07', actor: 'U.S. Department of the Interior / USGS', event: 'First of the day.' }),
      proclamation,
      makeEvent({ date: '2025-11-07', event: 'Second of the day.' }),
    ]);
    const { entries } = deriveTimeline(dataset, view(), { today: '2026-11-29' });
    expect(entries.map((entry) => entry.event.date)).toEqual(['2023-07-03', '2025-11-07', '2025-11-07', '2026-01-14', '2026-07-13']);
    expect(entries.map((entry) => entry.event.event).slice(1, 3)).toEqual(['First of the day.', 'Second of the day.']);
    expect(entries.map((entry) => entry.key)).toEqual(['2023-07-03', '2025-11-07', '2025-11-07-2', '2026-01-14', '2026-07-13']);
  });

  it('labels the computed end of the 180-day window as computed, with how', () => {
    const { entries } = deriveTimeline(datasetWith([proclamation, windowEnd]), view(), { today: '2026-11-29' });
    expect(entries[1]?.dateLabel).toBe('2026-07-13 (computed: 2026-01-14 + 180 days, not printed in a source)');
    expect(entries[0]?.dateLabel).toBe('2026-01-14');
  });

  it('marks events after today as upcoming, and none on or before it', () => {
    const dataset = datasetWith([proclamation, windowEnd]);
    const late = deriveTimeline(dataset, view(), { today: '2026-11-29' });
    expect(late.today).toBe('2026-11-29');
    expect(late.entries.map((entry) => entry.future)).toEqual([false, false]);
    const early = deriveTimeline(dataset, view(), { today: '2026-03-01' });
    expect(early.entries.map((entry) => entry.future)).toEqual([false, true]);
    // An event on today's date has happened.
    expect(deriveTimeline(dataset, view(), { today: '2026-07-13' }).entries[1]?.future).toBe(false);
    expect(summarySentence(early)).toBe('2 events, 2026-01-14 to 2026-07-13, in date order; today is 2026-03-01: 1 past, 1 upcoming.');
  });

  it('knows no today without one, and takes one later (the page falls back to the local date)', () => {
    const without = deriveTimeline(datasetWith([proclamation, windowEnd]), view());
    expect(without.today).toBeNull();
    expect(without.entries.map((entry) => entry.future)).toEqual([null, null]);
    const filled = withToday(without, '2026-03-01');
    expect(filled.entries.map((entry) => entry.future)).toEqual([false, true]);
    expect(deriveTimeline(datasetWith([proclamation]), view(), { today: 'tomorrow' }).today).toBeNull();
  });

  it('names the minerals of an event by the dataset’s names, and keeps words that name none as written', () => {
    const dataset = datasetWith([
      makeEvent({ minerals: 'gallium; germanium', mineralIds: ['gallium', 'germanium'] }),
      makeEvent({ minerals: 'gallium; superhard materials', mineralIds: ['gallium'] }),
      makeEvent({ minerals: 'processed critical minerals and derivative products', mineralIds: [] }),
    ]);
    const [both, partly, none] = deriveTimeline(dataset, view(), { today: '2026-11-29' }).entries;
    expect(both?.minerals).toEqual([
      { id: 'gallium', name: 'Gallium' },
      { id: 'germanium', name: 'Germanium' },
    ]);
    expect(both?.asWritten).toBeNull();
    expect(partly?.asWritten).toBe('gallium; superhard materials');
    expect(none?.minerals).toEqual([]);
    expect(none?.asWritten).toBe('processed critical minerals and derivative products');
  });

  it('keeps every event whatever the filters, and counts the minerals in view the events name', () => {
    const dataset = datasetWith([
      makeEvent({ minerals: 'gallium; germanium', mineralIds: ['gallium', 'germanium'] }),
      makeEvent({ date: '2025-08-26', actor: 'U.S. Department of the Interior / USGS', minerals: 'copper', mineralIds: ['copper'] }),
    ]);
    const all = deriveTimeline(dataset, view(), { today: '2026-11-29' });
    expect(all.entries).toHaveLength(2);
    // Copper is not on the 2022 list: its event stays, not bold.
    expect(all.entries.map((entry) => entry.inViewIds)).toEqual([['gallium', 'germanium'], []]);
    expect(all.namedInView.map((mineral) => mineral.id)).toEqual(['gallium', 'germanium']);
    const onlyFull = deriveTimeline(dataset, view({ levels: ['100'] }), { today: '2026-11-29' });
    expect(onlyFull.entries).toHaveLength(2);
    expect(onlyFull.entries[0]?.inViewIds).toEqual(['gallium']);
    expect(onlyFull.namedInView).toEqual([{ id: 'gallium', name: 'Gallium' }]);
    expect(timelineNotes(onlyFull, dataset)[1]).toBe(
      'Events are not minerals, so the filters hide none. Bold: the 1 event naming at least one of the 1 mineral in view (data year 2024); together they name 1 mineral in view.',
    );
  });

  it('lets rare earths and the lanthanides stand for each other, as the lanthanides carry that line', () => {
    const dataset = datasetWith([
      makeEvent({ date: '2025-04-04', minerals: 'samarium', mineralIds: ['samarium'] }),
      makeEvent({ date: '2025-10-30', actor: 'United States and China (leaders)', minerals: 'rare earths', mineralIds: ['rare-earths'] }),
    ]);
    const oneByOne = deriveTimeline(dataset, view(), { today: '2026-11-29' });
    expect(oneByOne.entries[0]?.inViewIds).toEqual(['samarium']);
    expect([...(oneByOne.entries[1]?.inViewIds ?? [])].sort()).toEqual(['cerium', 'samarium']);
    const grouped = deriveTimeline(dataset, view({ showLanthanides: false }), { today: '2026-11-29' });
    expect(grouped.entries.map((entry) => entry.inViewIds)).toEqual([['rare-earths'], ['rare-earths']]);
    expect(grouped.namedInView).toEqual([{ id: 'rare-earths', name: 'Rare earths' }]);
  });

  it('highlights the events that name the selected mineral', () => {
    const dataset = datasetWith([
      makeEvent({ minerals: 'gallium', mineralIds: ['gallium'] }),
      makeEvent({ date: '2025-02-04', minerals: 'germanium', mineralIds: ['germanium'] }),
    ]);
    const data = deriveTimeline(dataset, view({ mineralId: 'germanium' }), { today: '2026-11-29' });
    expect(data.entries.map((entry) => entry.selected)).toEqual([false, true]);
    expect(data.selected).toEqual({ id: 'germanium', name: 'Germanium' });
    expect(timelineNotes(data, dataset)).toContain('Highlighted: the 1 event naming Germanium.');
  });
});

describe('lanes and sources', () => {
  it('puts each actor of the file in a lane by its first words', () => {
    const lanes = (actor: string) => laneOf(actor).label;
    expect(lanes('China (MOFCOM and General Administration of Customs)')).toBe('China');
    expect(lanes('China (MOFCOM, Announcement No. 46 [2024])')).toBe('China');
    expect(lanes('United States (President)')).toBe('United States');
    expect(lanes('United States (computed deadline)')).toBe('United States');
    expect(lanes('United States and China (leaders)')).toBe('United States and China');
    expect(lanes('U.S. Department of the Interior / USGS')).toBe('U.S. Department of the Interior / USGS');
    expect(lanes('USGS (MCS 2026 Table 4, data through Nov 21, 2025)')).toBe('USGS');
    expect(lanes('USGS')).toBe('USGS');
    // An actor not foreseen gets a lane of its own, not someone else's.
    expect(laneOf('European Union (Council)')).toEqual({ id: 'actor-european-union', label: 'European Union', shortLabel: 'European Union' });
    expect(laneOf('Chinalco').label).toBe('Chinalco');
  });

  it('splits a source into its address, its site and the words after it', () => {
    expect(sourceLink('https://projectfinance.com.cn/?p=4694 (copy of White House fact sheet)')).toEqual({
      url: 'https://projectfinance.com.cn/?p=4694',
      site: 'projectfinance.com.cn',
      note: '(copy of White House fact sheet)',
    });
    expect(sourceLink('https://www.bis.gov/press-release/x').site).toBe('bis.gov');
    expect(sourceLink('javascript:alert(1)').url).toBeNull();
    expect(sourceLink('USGS MCS 2026, p. 12')).toEqual({ url: null, site: 'USGS MCS 2026, p. 12', note: '' });
  });

  it('says how a computed date was computed, and a printed date alone', () => {
    expect(dateLabel(windowEnd)).toContain('computed');
    expect(dateLabel(windowEnd)).toContain('2026-01-14 + 180 days');
    expect(dateLabel(proclamation)).toBe('2026-01-14');
  });
});

describe('deriveTimeline on the committed data', () => {
  const dataset = loadCommittedDataset();
  const data = deriveTimeline(dataset, view(), { today: '2026-11-29' });

  it('holds the 23 events of data/timeline.csv, in date order', () => {
    expect(data.entries).toHaveLength(23);
    const dates = data.entries.map((entry) => entry.event.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2022-02-24');
    expect(dates.at(-1)).toBe('2026-07-13');
    expect(new Set(data.entries.map((entry) => entry.key)).size).toBe(23);
    expect(timelineNotes(data, dataset)[0]).toBe('23 events, 2022-02-24 to 2026-07-13, in date order; today is 2026-11-29: 23 past, none upcoming.');
  });

  it('labels the one computed date, 2026-07-13, past on 2026-11-29 and upcoming on 2026-03-01', () => {
    const computed = data.entries.filter((entry) => entry.event.computed);
    expect(computed.map((entry) => entry.dateLabel)).toEqual(['2026-07-13 (computed: 2026-01-14 + 180 days, not printed in a source)']);
    expect(computed[0]?.future).toBe(false);
    const march = deriveTimeline(dataset, view(), { today: '2026-03-01' });
    expect(march.entries.filter((entry) => entry.future).map((entry) => entry.event.date)).toEqual(['2026-07-13']);
  });

  it('names the seven rare earths of 2025-04-04 by the dataset’s names', () => {
    const april = data.entries.find((entry) => entry.event.date === '2025-04-04');
    expect(april?.minerals.map((mineral) => mineral.name)).toEqual(['Samarium', 'Gadolinium', 'Terbium', 'Dysprosium', 'Lutetium', 'Scandium', 'Yttrium']);
    expect(april?.asWritten).toBeNull();
  });

  it('puts the actors in five lanes, China first', () => {
    expect(data.lanes.map((lane) => lane.label)).toEqual(['China', 'United States and China', 'United States', 'U.S. Department of the Interior / USGS', 'USGS']);
  });

  it('keeps all 23 events under a China filter, fewer of them bold', () => {
    const controlled = deriveTimeline(dataset, view({ chinaFilters: ['export-control'] }), { today: '2026-11-29' });
    expect(controlled.entries).toHaveLength(23);
    const bold = controlled.entries.filter((entry) => entry.inViewIds.length > 0);
    expect(bold.length).toBeGreaterThan(0);
    expect(bold.length).toBeLessThan(23);
    // The 2025 draft list names seven minerals; of the 2022 list under a Chinese control, only tellurium.
    expect(controlled.entries.find((entry) => entry.event.date === '2025-08-26')?.inViewIds).toEqual(['tellurium']);
    for (const mineral of controlled.namedInView) expect(controlled.rowsInView.some((row) => row.id === mineral.id)).toBe(true);
  });
});
