import { compareNames } from '../../data/text';
import { editionFor, rowsInView, type RelianceRow } from '../derive';
import type { View } from '../view';
import type { Dataset, EditionInfo, Mineral, TimelineEvent } from '../../data/schema';

/** A lane of the chart: the events of one actor (or group of actors). */
export interface TimelineLane {
  id: string;
  /** As the list and the tooltip say it. */
  label: string;
  /** As the chart's lane axis says it, where room is short. */
  shortLabel: string;
}

/** A mineral an event names, as the dataset calls it. */
export interface NamedMineral {
  id: string;
  name: string;
}

/** One dated event as the view shows it. */
export interface TimelineEntry {
  /** Unique and stable: the date, with "-2", "-3" for a second or third event on the same date. */
  key: string;
  event: TimelineEvent;
  /** Days since 1970-01-01: the time axis. */
  day: number;
  lane: TimelineLane;
  /** After today; null when no date for today was given. */
  future: boolean | null;
  /** The date as shown: a computed date says how it was computed. */
  dateLabel: string;
  /** The dataset's minerals the event names (event.mineralIds), in the event's order. */
  minerals: NamedMineral[];
  /** The "minerals" cell as written, where the mineral names do not already say it all; else null. */
  asWritten: string | null;
  /** The minerals in view the event names (a lanthanide through the rare-earths line and back, see namedWithGroup). */
  inViewIds: string[];
  /** The event names the selected mineral. */
  selected: boolean;
}

export interface TimelineViewData {
  /** Every event, in date order (the file's order within a date); the filters never hide one. */
  entries: TimelineEntry[];
  /** The lanes that have events, in LANES order, then others as they first appear. */
  lanes: TimelineLane[];
  /** YYYY-MM-DD, or null when derive was given no date. */
  today: string | null;
  /** The data year whose minerals are "in view". */
  edition: EditionInfo;
  /** The minerals in view (rowsInView): what "names a mineral in view" is measured against. */
  rowsInView: RelianceRow[];
  /** The distinct minerals in view the events name, by name: the view's count. */
  namedInView: NamedMineral[];
  selected: NamedMineral | null;
}

/** The known actors of data/timeline.csv, by how the actor cell begins; most specific first. */
const KNOWN_LANES: readonly (TimelineLane & { begins: string })[] = [
  { id: 'china', label: 'China', shortLabel: 'China', begins: 'China' },
  { id: 'us-china', label: 'United States and China', shortLabel: 'U.S. and China', begins: 'United States and China' },
  { id: 'united-states', label: 'United States', shortLabel: 'United States', begins: 'United States' },
  { id: 'interior-usgs', label: 'U.S. Department of the Interior / USGS', shortLabel: 'Interior / USGS', begins: 'U.S. Department of the Interior' },
  { id: 'usgs', label: 'USGS', shortLabel: 'USGS', begins: 'USGS' },
];

/** The lane order of the chart: China first, the United States after, then anyone else as they appear. */
const LANE_ORDER: readonly string[] = KNOWN_LANES.map((lane) => lane.id);

const startsWithWord = (text: string, start: string) => text === start || (text.startsWith(start) && /[\s(,/]/.test(text.charAt(start.length)));

/**
 * The lane of an actor: "China (MOFCOM)" → China, "United States (President)" → United States,
 * "USGS (MCS 2026 Table 4, …)" → USGS. An actor not foreseen gets a lane of its own, named before any "(".
 */
export function laneOf(actor: string): TimelineLane {
  const trimmed = actor.trim();
  const known = KNOWN_LANES.find((lane) => startsWithWord(trimmed, lane.begins));
  if (known) return { id: known.id, label: known.label, shortLabel: known.shortLabel };
  const label = trimmed.split(' (')[0]!.trim() || trimmed;
  const id = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return { id: `actor-${id}`, label, shortLabel: label };
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (UTC, so no time zone moves it). */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Date.UTC(year!, month! - 1, day!) / 86_400_000;
}

/** "2026-07-13 (computed: 2026-01-14 + 180 days, not printed in a source)"; the date alone for a printed one. */
export function dateLabel(event: Pick<TimelineEvent, 'date' | 'computed' | 'computedFrom'>): string {
  if (!event.computed) return event.date;
  const how = event.computedFrom ? `${event.computedFrom.date} + ${event.computedFrom.days} days` : 'computed here';
  return `${event.date} (computed: ${how}, not printed in a source)`;
}

/** "2026-01-14 + 180 days" for a computed date, else empty. */
export function computedFromText(event: Pick<TimelineEvent, 'computedFrom'>): string {
  return event.computedFrom ? `${event.computedFrom.date} + ${event.computedFrom.days} days` : '';
}

/** After today: an event on today's date is not upcoming. */
export function isFuture(date: string, today: string): boolean {
  return date > today;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The minerals an id stands for besides itself: the 14 lanthanides carry the rare-earths line (data/README.md),
 * so an event naming "rare earths" names each lanthanide, and one naming a lanthanide names the rare-earths line.
 */
export function namedWithGroup(ids: readonly string[], minerals: readonly Mineral[]): Set<string> {
  const lanthanides = minerals.filter((mineral) => mineral.group === 'lanthanide').map((mineral) => mineral.id);
  const rareEarths = minerals.find((mineral) => mineral.group === 'rare-earths')?.id;
  const named = new Set<string>();
  for (const id of ids) {
    named.add(id);
    if (rareEarths && lanthanides.includes(id)) named.add(rareEarths);
    if (id === rareEarths) for (const lanthanide of lanthanides) named.add(lanthanide);
  }
  return named;
}

/** The cell as written, when the names of the linked minerals do not already say it all ("graphite" → "Graphite (natural)"). */
function asWrittenText(cell: string, minerals: readonly NamedMineral[]): string | null {
  const written = cell.trim();
  if (written === '') return null;
  const names = minerals.map((mineral) => mineral.name).join('; ');
  return names.toLowerCase() === written.toLowerCase() ? null : written;
}

function sortedEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  // Array.prototype.sort is stable: events of one date keep the file's order.
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function orderLanes(entries: readonly { lane: TimelineLane }[]): TimelineLane[] {
  const seen = new Map<string, TimelineLane>();
  for (const entry of entries) if (!seen.has(entry.lane.id)) seen.set(entry.lane.id, entry.lane);
  const rank = (id: string) => {
    const index = LANE_ORDER.indexOf(id);
    return index === -1 ? LANE_ORDER.length : index;
  };
  // Unknown lanes keep their first appearance (a stable sort on equal ranks).
  return [...seen.values()].sort((a, b) => rank(a.id) - rank(b.id));
}

/** Sets today's date on derived data made without one (the Body's fallback to the local date). */
export function withToday(data: TimelineViewData, today: string): TimelineViewData {
  if (!ISO_DATE.test(today)) return data;
  return { ...data, today, entries: data.entries.map((entry) => ({ ...entry, future: isFuture(entry.event.date, today) })) };
}

export function deriveTimeline(dataset: Dataset, view: View, context?: { today: string }): TimelineViewData {
  const today = context && ISO_DATE.test(context.today) ? context.today : null;
  const minerals = dataset.minerals.minerals;
  const byId = new Map(minerals.map((mineral) => [mineral.id, mineral]));
  const rows = rowsInView(dataset, view);
  const selectedMineral = view.mineralId ? (byId.get(view.mineralId) ?? null) : null;

  const perDate = new Map<string, number>();
  const entries: TimelineEntry[] = sortedEvents(dataset.minerals.timeline).map((event) => {
    const nth = (perDate.get(event.date) ?? 0) + 1;
    perDate.set(event.date, nth);
    const named: NamedMineral[] = event.mineralIds.flatMap((id) => {
      const mineral = byId.get(id);
      return mineral ? [{ id: mineral.id, name: mineral.name }] : [];
    });
    const reach = namedWithGroup(
      named.map((mineral) => mineral.id),
      minerals,
    );
    return {
      key: nth === 1 ? event.date : `${event.date}-${nth}`,
      event,
      day: dayNumber(event.date),
      lane: laneOf(event.actor),
      future: today === null ? null : isFuture(event.date, today),
      dateLabel: dateLabel(event),
      minerals: named,
      asWritten: asWrittenText(event.minerals, named),
      inViewIds: rows.filter((row) => reach.has(row.id)).map((row) => row.id),
      selected: selectedMineral !== null && reach.has(selectedMineral.id),
    };
  });

  const namedIds = new Set(entries.flatMap((entry) => entry.inViewIds));
  const namedInView = rows
    .filter((row) => namedIds.has(row.id))
    .map((row) => ({ id: row.id, name: row.name }))
    .sort((a, b) => compareNames(a.name, b.name));

  return {
    entries,
    lanes: orderLanes(entries),
    today,
    edition: editionFor(dataset, view.dataYear),
    rowsInView: rows,
    namedInView,
    selected: selectedMineral ? { id: selectedMineral.id, name: selectedMineral.name } : null,
  };
}

// ---- Words, on screen and in the image ----

const countOf = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "23 events" */
export function eventCount(count: number): string {
  return countOf(count, 'event', 'events');
}

/** "Today, 2026-11-29": the label of the today line. */
export function todayLabel(today: string): string {
  return `Today, ${today}`;
}

/** The first and last dates of the events, or null when there are none. */
export function dateSpan(data: Pick<TimelineViewData, 'entries'>): { first: string; last: string } | null {
  const first = data.entries[0]?.event.date;
  const last = data.entries.at(-1)?.event.date;
  return first && last ? { first, last } : null;
}

/** "23 events, 2022-02-24 to 2026-07-13, in date order; today is 2026-11-29: 23 past, none upcoming." */
export function summarySentence(data: Pick<TimelineViewData, 'entries' | 'today'>): string {
  const span = dateSpan(data);
  if (!span) return 'No dated events in the data.';
  const head = `${eventCount(data.entries.length)}, ${span.first} to ${span.last}, in date order`;
  if (data.today === null) return `${head}.`;
  const upcoming = data.entries.filter((entry) => entry.future === true).length;
  const past = data.entries.length - upcoming;
  return `${head}; today is ${data.today}: ${past} past, ${upcoming === 0 ? 'none' : upcoming} upcoming.`;
}

/** Which events are bold, and why the filters hide none. */
export function inViewSentence(data: Pick<TimelineViewData, 'entries' | 'rowsInView' | 'namedInView' | 'edition'>): string {
  const bold = data.entries.filter((entry) => entry.inViewIds.length > 0).length;
  const minerals = countOf(data.rowsInView.length, 'mineral', 'minerals');
  return (
    `Events are not minerals, so the filters hide none. Bold: the ${countOf(bold, 'event', 'events')} naming at least one of the ` +
    `${minerals} in view (data year ${data.edition.dataYear}); together they name ${countOf(data.namedInView.length, 'mineral', 'minerals')} in view.`
  );
}

/** Said once: how the rare-earths line and the lanthanides count for each other. */
export const GROUP_NOTE =
  'An event naming rare earths counts for each of the 14 lanthanides when they are shown one by one, and one naming a lanthanide for the rare-earths line when they are grouped.';

/** "2026-07-13: computed here as 2026-01-14 + 180 days, not printed in a source." for each computed date. */
export function computedNotes(data: Pick<TimelineViewData, 'entries'>): string[] {
  return data.entries
    .filter((entry) => entry.event.computed)
    .map((entry) => {
      const how = computedFromText(entry.event);
      return `${entry.event.date}: ${how ? `computed here as ${how}` : 'computed here'}, not printed in a source.`;
    });
}

/** "Highlighted: the 6 events naming Gallium." or null when nothing is selected. */
export function selectionSentence(data: Pick<TimelineViewData, 'entries' | 'selected'>): string | null {
  if (!data.selected) return null;
  const count = data.entries.filter((entry) => entry.selected).length;
  return count === 0
    ? `No event names ${data.selected.name}.`
    : `Highlighted: the ${countOf(count, 'event', 'events')} naming ${data.selected.name}.`;
}

/** One source cell: the address, and any words after it ("https://… (copy of White House fact sheet)"). */
export interface SourceLink {
  url: string | null;
  /** The site, for the link's text: "thompsonhinesmartrade.com". */
  site: string;
  note: string;
}

export function sourceLink(source: string): SourceLink {
  const [first = '', ...rest] = source.trim().split(/\s+/);
  const note = rest.join(' ');
  try {
    const url = new URL(first);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not a web address');
    return { url: first, site: url.hostname.replace(/^www\./, ''), note };
  } catch {
    return { url: null, site: source.trim(), note: '' };
  }
}

/** Whether any event names the rare-earths line or a lanthanide: then GROUP_NOTE applies. */
function namesRareEarths(data: Pick<TimelineViewData, 'entries'>, dataset: Dataset): boolean {
  const grouped = new Set(dataset.minerals.minerals.filter((mineral) => mineral.group !== 'single').map((mineral) => mineral.id));
  return data.entries.some((entry) => entry.minerals.some((mineral) => grouped.has(mineral.id)));
}

/** What the view says under its chart and inside its image, in order. */
export function timelineNotes(data: TimelineViewData, dataset: Dataset): string[] {
  const selection = selectionSentence(data);
  return [
    summarySentence(data),
    inViewSentence(data),
    ...(selection ? [selection] : []),
    ...computedNotes(data),
    ...(namesRareEarths(data, dataset) ? [GROUP_NOTE] : []),
  ];
}
