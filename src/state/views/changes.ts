import { compareNames } from '../../data/text';
import type { Band } from '../bands';
import { dataYears, editionFor, filterByChina, scopedRows, sortKey, type RelianceRow } from '../derive';
import { editionLabel, mineralCount, nirShortLabel } from '../format';
import type { View } from '../view';
import type { DataYear, Dataset, EditionInfo, Nir } from '../../data/schema';

/** Whether a change is known: from the numbers, or from bounds that cannot overlap (">95" to 80 fell). */
export type ChangeDirection = 'rise' | 'fall' | 'same' | 'unknown';

/** One mineral at both data years: the two ends of its dumbbell. */
export interface ChangeRow {
  id: string;
  name: string;
  group: RelianceRow['group'];
  from: RelianceRow;
  to: RelianceRow;
  /** Percentage points, only when both ends are exact numbers; never worked out from a bound or a letter. */
  points: number | null;
  direction: ChangeDirection;
  /** The change in words: "+3 points", "fell: from >95% to 80%", "now E: exporter (was NA)". */
  words: string;
}

/** Which minerals entered or left a group of levels between the two years. */
export interface Crossing {
  label: string;
  /** In the group at the "to" year and not at the "from" year, by reliance at the "to" year. */
  entered: ChangeRow[];
  /** In the group at the "from" year and not at the "to" year, by reliance at the "from" year. */
  left: ChangeRow[];
  fromCount: number;
  toCount: number;
}

/** forward: from the earlier year to the later; backward: the other way round, as chosen; same: one year twice. */
export type YearOrder = 'forward' | 'backward' | 'same';

export interface ChangesViewData {
  from: EditionInfo;
  to: EditionInfo;
  order: YearOrder;
  /** The dumbbells: scope, China filters and levels applied (a level or China filter holds if it holds in either year). */
  rows: ChangeRow[];
  /** Minerals in scope after the China filters, before the level filter: what the crossings count. */
  inScope: number;
  crossings: Crossing[];
}

/** "100%" is the 100 level; "50% or more" is 100, 75–99 and 50–74, a bound counting by its bound (CLAIMS.md). */
export const CROSSING_GROUPS: readonly { label: string; bands: readonly Band[] }[] = [
  { label: '100%', bands: ['100'] },
  { label: '50% or more', bands: ['100', '75-99', '50-74'] },
];

/** The two data years shown: the chosen ones where the dataset has them, else the earliest and the latest. */
export function changeYears(dataset: Dataset, view: Pick<View, 'fromYear' | 'toYear'>): { fromYear: DataYear; toYear: DataYear } {
  const years = dataYears(dataset);
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) throw new Error('The dataset has no data year.');
  const pick = (year: DataYear | null, fallback: DataYear) => (year !== null && years.includes(year) ? year : fallback);
  return { fromYear: pick(view.fromYear, first), toYear: pick(view.toYear, last) };
}

interface Range {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** Where a printed value can lie. A ">" bound is below 100 (USGS would print 100), a "<" bound at or above 0 (else E). */
function rangeOf(nir: Nir | null): Range | null {
  if (nir === null) return null;
  if (nir.kind === 'exact') return { low: nir.value, high: nir.value, lowOpen: false, highOpen: false };
  if (nir.kind === 'bound') {
    return nir.bound === '>'
      ? { low: nir.value, high: 100, lowOpen: true, highOpen: true }
      : { low: 0, high: nir.value, lowOpen: false, highOpen: true };
  }
  return null;
}

function isAbove(upper: Range, lower: Range): boolean {
  return upper.low > lower.high || (upper.low === lower.high && (upper.lowOpen || lower.highOpen));
}

export function changeDirection(from: Nir | null, to: Nir | null): ChangeDirection {
  if (from?.kind === 'exact' && to?.kind === 'exact') return to.value > from.value ? 'rise' : to.value < from.value ? 'fall' : 'same';
  const fromRange = rangeOf(from);
  const toRange = rangeOf(to);
  if (!fromRange || !toRange) return 'unknown';
  if (isAbove(toRange, fromRange)) return 'rise';
  if (isAbove(fromRange, toRange)) return 'fall';
  return 'unknown';
}

/** "+3 points", "−9 points", "no change": a difference of two exact values. */
export function pointsText(points: number): string {
  if (points === 0) return 'no change';
  const size = Math.abs(points);
  return `${points > 0 ? '+' : '−'}${size} ${size === 1 ? 'point' : 'points'}`;
}

const isState = (nir: Nir | null) => nir !== null && (nir.kind === 'exporter' || nir.kind === 'withheld' || nir.kind === 'not-available');

/** The change in words; a number only where both ends are exact. */
export function changeWords(from: Nir | null, to: Nir | null, fromYear: DataYear, toYear: DataYear): string {
  if (from?.kind === 'exact' && to?.kind === 'exact') return pointsText(to.value - from.value);
  if (from === null && to === null) return 'no USGS figure in either year';
  if (from === null) return `no USGS figure in ${fromYear}; now ${nirShortLabel(to)}`;
  if (to === null) return `no USGS figure in ${toYear} (was ${nirShortLabel(from)})`;
  if (from.printed === to.printed) return `printed ${nirShortLabel(to)} in both years`;
  if (isState(to)) return `now ${nirShortLabel(to)} (was ${nirShortLabel(from)})`;
  const span = `from ${nirShortLabel(from)} to ${nirShortLabel(to)}`;
  const direction = changeDirection(from, to);
  return direction === 'rise' ? `rose: ${span}` : direction === 'fall' ? `fell: ${span}` : span;
}

function toChangeRow(from: RelianceRow, to: RelianceRow, fromYear: DataYear, toYear: DataYear): ChangeRow {
  const points = from.nir?.kind === 'exact' && to.nir?.kind === 'exact' ? to.nir.value - from.nir.value : null;
  return {
    id: from.id,
    name: from.name,
    group: from.group,
    from,
    to,
    points,
    direction: changeDirection(from.nir, to.nir),
    words: changeWords(from.nir, to.nir, fromYear, toYear),
  };
}

/** Largest rise first, then by name; changes that are not a number (a bound or a letter at an end) follow, by name. */
function compareChanges(a: ChangeRow, b: ChangeRow): number {
  if (a.points !== null && b.points !== null && a.points !== b.points) return b.points - a.points;
  if ((a.points === null) !== (b.points === null)) return a.points === null ? 1 : -1;
  return compareNames(a.name, b.name);
}

function byReliance(end: 'from' | 'to') {
  return (a: ChangeRow, b: ChangeRow) => sortKey(b[end].nir) - sortKey(a[end].nir) || compareNames(a.name, b.name);
}

function crossingOf(rows: readonly ChangeRow[], label: string, bands: readonly Band[]): Crossing {
  const inAt = (row: ChangeRow, end: 'from' | 'to') => bands.includes(row[end].band);
  return {
    label,
    entered: rows.filter((row) => inAt(row, 'to') && !inAt(row, 'from')).sort(byReliance('to')),
    left: rows.filter((row) => inAt(row, 'from') && !inAt(row, 'to')).sort(byReliance('from')),
    fromCount: rows.filter((row) => inAt(row, 'from')).length,
    toCount: rows.filter((row) => inAt(row, 'to')).length,
  };
}

/**
 * Change rows already made, by their two ends. An end is a row of one data year (scopedRows keeps them), so the pair
 * fixes the years too. A filter change or a selection then hands the chart the same objects, and a dumbbell it only
 * moves is not drawn again.
 */
const madeRows = new WeakMap<RelianceRow, WeakMap<RelianceRow, ChangeRow>>();

function changeRowOf(from: RelianceRow, to: RelianceRow, fromYear: DataYear, toYear: DataYear): ChangeRow {
  let byTo = madeRows.get(from);
  if (!byTo) madeRows.set(from, (byTo = new WeakMap()));
  let row = byTo.get(to);
  if (!row) byTo.set(to, (row = toChangeRow(from, to, fromYear, toYear)));
  return row;
}

export function deriveChanges(dataset: Dataset, view: View): ChangesViewData {
  const { fromYear, toYear } = changeYears(dataset, view);
  const fromRows = scopedRows(dataset, { ...view, dataYear: fromYear });
  const toRows = new Map(scopedRows(dataset, { ...view, dataYear: toYear }).map((row) => [row.id, row]));
  // A China filter holds for a mineral if it holds in either year (China may be a top source in one year only).
  const passesChina = new Set(
    [...filterByChina(fromRows, view.chinaFilters), ...filterByChina([...toRows.values()], view.chinaFilters)].map((row) => row.id),
  );
  const candidates = fromRows.flatMap((from) => {
    const to = toRows.get(from.id);
    return to && passesChina.has(from.id) ? [changeRowOf(from, to, fromYear, toYear)] : [];
  });
  const rows = candidates.filter((row) => view.levels.includes(row.from.band) || view.levels.includes(row.to.band)).sort(compareChanges);
  return {
    from: editionFor(dataset, fromYear),
    to: editionFor(dataset, toYear),
    order: fromYear < toYear ? 'forward' : fromYear > toYear ? 'backward' : 'same',
    rows,
    inScope: candidates.length,
    crossings: CROSSING_GROUPS.map((group) => crossingOf(candidates, group.label, group.bands)),
  };
}

/** "2023 (MCS 2024)": a data year with its edition, as the selects and sentences say it. */
export function yearLabel(edition: EditionInfo): string {
  return `${edition.dataYear} (${editionLabel(edition.edition)})`;
}

const names = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** A name inside a sentence: "lithium", "graphite (natural)". */
function inSentence(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** "50% or more: lithium in; vanadium and nickel out (41 minerals in 2023, 40 in 2024)", or "100%: no change (…)". */
export function crossingSentence(crossing: Crossing, data: Pick<ChangesViewData, 'from' | 'to'>): string {
  const { from, to } = data;
  const parts = [
    ...(crossing.entered.length > 0 ? [`${names.format(crossing.entered.map((row) => inSentence(row.name)))} in`] : []),
    ...(crossing.left.length > 0 ? [`${names.format(crossing.left.map((row) => inSentence(row.name)))} out`] : []),
  ];
  const first = `${mineralCount(crossing.fromCount)} in ${from.dataYear}`;
  const counts =
    from.dataYear === to.dataYear
      ? first
      : crossing.fromCount === crossing.toCount
        ? `${first} and in ${to.dataYear}`
        : `${first}, ${crossing.toCount} in ${to.dataYear}`;
  return `${crossing.label}: ${parts.length > 0 ? parts.join('; ') : 'no change'} (${counts})`;
}

/** What the chosen order means, said on screen and in the image; null for the usual earlier-to-later. */
export function orderNote(data: Pick<ChangesViewData, 'from' | 'to' | 'order'>): string | null {
  if (data.order === 'backward') {
    return `Backwards in time: from ${yearLabel(data.from)} to ${yearLabel(data.to)}, as chosen; a rise here is a fall over time.`;
  }
  if (data.order === 'same') {
    return `From and to are the same data year, ${yearLabel(data.from)}: each mineral has one mark and nothing changes. Choose two different years.`;
  }
  return null;
}

/** How the rows were chosen and ordered, in words. */
export function selectionNotes(data: Pick<ChangesViewData, 'from' | 'to'>, view: Pick<View, 'chinaFilters'>): string[] {
  const years = `${data.from.dataYear} or in ${data.to.dataYear}`;
  return [
    `A mineral is shown if its level in ${years} is among the levels chosen${view.chinaFilters.length > 0 ? `, and the China filters hold in ${years}` : ''}.`,
    'Sorted by the change in percentage points, largest rise first; a change with a bound (“>75”), E, W, NA or no figure at an end is not a number and follows, by name.',
  ];
}
