import { editionFor, findMineral, rowsInView, sourceFiles, type RelianceRow } from '../derive';
import { editionLabel, mineralCount } from '../format';
import type { Band } from '../bands';
import type { SourceSort, View } from '../view';
import type { DataYear, Dataset, Edition, EditionInfo, ImportShares, Nir, SourceRef } from '../../data/schema';

type ImportShare = ImportShares['shares'][number];

/**
 * A share as printed, read for drawing: a plain number; a bound ("<1" under, ">99" at least); or a form that is
 * neither, said in words and never drawn as a number.
 */
export type ShareForm =
  | { kind: 'exact'; value: number }
  | { kind: 'under'; bound: number }
  | { kind: 'at-least'; bound: number }
  | { kind: 'unreadable' };

/** China in its own colour; other named countries alternate two neutrals; "Other" as printed has its own. */
export type ShareTone = 'china' | 'source-1' | 'source-2' | 'other';

export interface SourceSegment {
  /** 1-based position in USGS order. */
  rank: number;
  country: string;
  percentPrinted: string;
  form: ShareForm;
  isChina: boolean;
  isOther: boolean;
  tone: ShareTone;
  source: SourceRef;
}

/** One bar: a mineral (or the lanthanides carrying one line's shares) and its import shares in USGS order. */
export interface SourceBar {
  /** The id a click selects. */
  id: string;
  name: string;
  /** Every mineral the bar stands for: itself, or the rare-earths line and its lanthanides. */
  memberIds: string[];
  /** How many minerals in view the bar stands for (14 for the grouped lanthanides). */
  mineralsInView: number;
  /** The minerals in view the bar stands for, each with its own CSV rows. */
  members: { id: string; name: string }[];
  nir: Nir | null;
  band: Band;
  period: string;
  /** What the shares cover when USGS says (Hong Kong counted with China; the row label the shares are for). */
  note: string;
  segments: SourceSegment[];
  /** The printed numbers summed (a ">N" counts its bound); a "<1" adds nothing here and is drawn as a sliver. */
  printedTotal: number;
  china: SourceSegment | null;
}

/** A mineral in view for which USGS prints no import shares: listed in words, never dropped. */
export interface MineralWithoutShares {
  id: string;
  name: string;
  memberIds: string[];
  members: { id: string; name: string }[];
  note: string;
}

/** The major import sources of one edition, in USGS order. */
export interface EditionSources {
  edition: Edition;
  dataYear: DataYear;
  period: string;
  sources: string[];
  source: SourceRef | null;
}

export interface SelectedSources {
  id: string;
  name: string;
  /** Oldest first. */
  editions: EditionSources[];
}

export interface ImportSourcesViewData {
  /** Bars in the order chosen (reliance, or China's share). */
  bars: SourceBar[];
  withoutShares: MineralWithoutShares[];
  /** Minerals in view, each lanthanide counted (the same count as the reliance view). */
  mineralCount: number;
  sort: SourceSort;
  /** The edition of the data year whose levels and order the bars follow. */
  edition: EditionInfo;
  /** The editions and periods the shares were read from, as the data says (e.g. ["2021–24"]). */
  sharePeriods: string[];
  shareEditions: Edition[];
  /** How many lanthanides the one rare-earths bar stands for; 0 when they are not grouped here. */
  lanthanidesGrouped: number;
  /** The files the reliance values (levels and order) were read from, for the data year. */
  relianceFiles: string[];
  /** The percent the axis runs to: 100, or more where printed shares sum beyond it. */
  scaleMax: number;
  selectedId: string | null;
  selected: SelectedSources | null;
}

/** "71" → 71; "<1" → under 1; ">99" → at least 99; anything else is not a number and is said as printed. */
export function readShare(printed: string): ShareForm {
  const text = printed.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return { kind: 'exact', value: Number(text) };
  const bound = /^([<>])\s*(\d+(\.\d+)?)$/.exec(text);
  if (bound) return bound[1] === '<' ? { kind: 'under', bound: Number(bound[2]) } : { kind: 'at-least', bound: Number(bound[2]) };
  return { kind: 'unreadable' };
}

/** How much of the bar a share takes, in percent: a "<N" takes none (it is drawn as a sliver, never as N or 0). */
export function drawnPercent(form: ShareForm): number {
  if (form.kind === 'exact') return form.value;
  if (form.kind === 'at-least') return form.bound;
  return 0;
}

/** "China 55%", "Other countries <1%", "China >99%"; a form that is not a number is quoted. */
export function shareLabel(segment: Pick<SourceSegment, 'country' | 'percentPrinted' | 'form'>): string {
  return segment.form.kind === 'unreadable' ? `${segment.country} “${segment.percentPrinted}”` : `${segment.country} ${segment.percentPrinted}%`;
}

/** Orders China's share: a bound sorts just inside its bound ("<1" below 1), as sortKey does for reliance. */
export function chinaShareKey(bar: Pick<SourceBar, 'china'>): number | null {
  const form = bar.china?.form;
  if (!form) return null;
  switch (form.kind) {
    case 'exact':
      return form.value;
    case 'under':
      return form.bound - 0.5;
    case 'at-least':
      return form.bound + 0.5;
    case 'unreadable':
      return null;
  }
}

const isOtherCountry = (country: string) => /^other\b/i.test(country.trim());

function toSegments(shares: readonly ImportShare[]): SourceSegment[] {
  let neutral = 0;
  return shares.map((share, index) => {
    const isChina = share.country === 'China';
    const isOther = isOtherCountry(share.country);
    let tone: ShareTone = 'other';
    if (isChina) tone = 'china';
    else if (!isOther) tone = neutral++ % 2 === 0 ? 'source-1' : 'source-2';
    return {
      rank: index + 1,
      country: share.country,
      percentPrinted: share.percentPrinted,
      form: readShare(share.percentPrinted),
      isChina,
      isOther,
      tone,
      source: share.source,
    };
  });
}

function toBar(row: RelianceRow, shares: ImportShares, identity: Omit<Entry, 'row'>): SourceBar {
  const segments = toSegments(shares.shares);
  return {
    ...identity,
    nir: row.nir,
    band: row.band,
    period: shares.period,
    note: shares.note ?? '',
    segments,
    printedTotal: segments.reduce((total, segment) => total + drawnPercent(segment.form), 0),
    china: segments.find((segment) => segment.isChina) ?? null,
  };
}

/**
 * Bars already made, by the row that carries their shares and the minerals they stand for (the rare-earths bar stands
 * for the lanthanides in view). A filter change or a selection then hands the chart the same objects, and a bar it
 * only moves is not drawn again.
 */
const madeBars = new WeakMap<RelianceRow, Map<string, SourceBar>>();

function barOf(row: RelianceRow, shares: ImportShares, identity: Omit<Entry, 'row'>): SourceBar {
  let bars = madeBars.get(row);
  if (!bars) madeBars.set(row, (bars = new Map()));
  const key = `${identity.id}|${identity.name}|${identity.memberIds.join(' ')}`;
  let bar = bars.get(key);
  if (!bar) bars.set(key, (bar = toBar(row, shares, identity)));
  return bar;
}

/** The shares as a comparable key, so the lanthanides are grouped only while they really carry one set of shares. */
const sharesKey = (shares: ImportShares | null) =>
  shares === null ? 'none' : JSON.stringify([shares.period, shares.shares.map((share) => [share.country, share.percentPrinted])]);

interface Entry {
  row: RelianceRow;
  id: string;
  name: string;
  memberIds: string[];
  mineralsInView: number;
  members: { id: string; name: string }[];
}

/**
 * The 14 lanthanides carry the rare-earths line's shares: they become one entry named after that line
 * ("Rare earths (14 lanthanides)") where the first of them stands in the reliance order, so no bar repeats 14 times.
 */
function groupLanthanides(dataset: Dataset, rows: readonly RelianceRow[]): { entries: Entry[]; grouped: number } {
  const lanthanides = rows.filter((row) => row.group === 'lanthanide');
  const oneSet = new Set(lanthanides.map((row) => sharesKey(row.importShares))).size === 1;
  const single = (row: RelianceRow): Entry => ({ row, id: row.id, name: row.name, memberIds: [row.id], mineralsInView: 1, members: [{ id: row.id, name: row.name }] });
  if (lanthanides.length < 2 || !oneSet) return { entries: rows.map(single), grouped: 0 };
  const line = dataset.minerals.minerals.find((mineral) => mineral.group === 'rare-earths');
  const group: Entry = {
    row: lanthanides[0]!,
    id: line?.id ?? lanthanides[0]!.id,
    name: `${line?.name ?? 'Rare earths'} (${lanthanides.length} lanthanides)`,
    memberIds: [...(line ? [line.id] : []), ...lanthanides.map((row) => row.id)],
    mineralsInView: lanthanides.length,
    members: lanthanides.map((row) => ({ id: row.id, name: row.name })),
  };
  const entries: Entry[] = [];
  for (const row of rows) {
    if (row.group !== 'lanthanide') entries.push(single(row));
    else if (row === lanthanides[0]) entries.push(group);
  }
  return { entries, grouped: lanthanides.length };
}

/** By China's share, largest first; minerals where China is not listed after every share; ties keep the reliance order. */
export function sortByChinaShare(bars: readonly SourceBar[]): SourceBar[] {
  return bars
    .map((bar, index) => ({ bar, index, key: chinaShareKey(bar) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      return b.key - a.key || a.index - b.index;
    })
    .map(({ bar }) => bar);
}

function selectedSources(dataset: Dataset, mineralId: string | null): SelectedSources | null {
  const mineral = findMineral(dataset, mineralId);
  if (!mineral) return null;
  return {
    id: mineral.id,
    name: mineral.name,
    editions: [...mineral.figures]
      .sort((a, b) => a.dataYear - b.dataYear)
      .map((figure) => ({
        edition: figure.edition,
        dataYear: figure.dataYear,
        period: figure.importSourcesPeriod,
        sources: figure.importSources,
        source: figure.importSourcesSource,
      })),
  };
}

/** The import-sources view: one 100%-stacked bar per mineral in view, of its import shares as printed. */
export function deriveImportSources(dataset: Dataset, view: View): ImportSourcesViewData {
  const rows = rowsInView(dataset, view);
  const { entries, grouped } = groupLanthanides(dataset, rows);
  const bars: SourceBar[] = [];
  const withoutShares: MineralWithoutShares[] = [];
  for (const entry of entries) {
    const { row, ...identity } = entry;
    if (row.importShares) bars.push(barOf(row, row.importShares, identity));
    else withoutShares.push({ id: identity.id, name: identity.name, memberIds: identity.memberIds, members: identity.members, note: row.note });
  }
  const ordered = view.sourceSort === 'china-share' ? sortByChinaShare(bars) : bars;
  const selectedBar = view.mineralId === null ? undefined : ordered.find((bar) => bar.memberIds.includes(view.mineralId!));
  return {
    bars: ordered,
    withoutShares,
    mineralCount: rows.length,
    sort: view.sourceSort,
    edition: editionFor(dataset, view.dataYear),
    sharePeriods: [...new Set(bars.map((bar) => bar.period))],
    shareEditions: [...new Set(bars.flatMap((bar) => bar.segments.map((segment) => segment.source.edition)))].sort(),
    lanthanidesGrouped: grouped,
    relianceFiles: sourceFiles(rows),
    scaleMax: Math.max(100, ...bars.map((bar) => bar.printedTotal)),
    selectedId: selectedBar?.id ?? null,
    selected: selectedSources(dataset, view.mineralId),
  };
}

export const SOURCE_SORT_LABELS: Record<SourceSort, string> = {
  reliance: 'Net import reliance',
  'china-share': 'China’s share of imports',
};

export function hasSliver(bars: readonly SourceBar[]): boolean {
  return bars.some((bar) => bar.segments.some((segment) => segment.form.kind === 'under'));
}

/** "92", or "99 plus under 1" where a "<1" is printed too. */
export function totalText(bar: Pick<SourceBar, 'printedTotal' | 'segments'>): string {
  const unders = bar.segments.filter((segment) => segment.form.kind === 'under').map((segment) => segment.percentPrinted);
  return [String(bar.printedTotal), ...unders.map((printed) => `“${printed}”`)].join(' + ');
}

/** Bars whose printed shares sum to less than 100: the rest is left empty, never rescaled. */
export function shortBars(bars: readonly SourceBar[]): SourceBar[] {
  return bars.filter((bar) => bar.printedTotal < 100);
}

/** "Gallium: Canada, Japan, China, Germany (2021–24); …": a selected mineral's order in each edition, in one line. */
export function editionOrderText(selected: SelectedSources): string {
  const parts = selected.editions.map(
    (edition) =>
      `${edition.dataYear} (${editionLabel(edition.edition)}${edition.period ? `, ${edition.period}` : ''}): ` +
      (edition.sources.length > 0 ? edition.sources.join(', ') : 'none printed'),
  );
  return `Major import sources of ${selected.name} by edition, in USGS order: ${parts.length > 0 ? parts.join('; ') : 'no USGS figure'}.`;
}

/** What the chart leaves to words: the shares are not rescaled, empty remainders, slivers, the grouped lanthanides. */
export function chartNotes(data: ImportSourcesViewData): string[] {
  const notes = ['Shares as USGS prints them, in USGS order, not rescaled: where they sum to less than 100 the rest of the bar is left empty.'];
  const short = shortBars(data.bars);
  if (short.length > 0) {
    notes.push(`Printed shares sum to less than 100 for ${short.map((bar) => `${bar.name} (${totalText(bar)})`).join(', ')}.`);
  }
  if (hasSliver(data.bars)) {
    notes.push('A “<1” share is under 1%: drawn as a thin sliver (not to scale, never as 1 or 0) and labelled “<1”.');
  }
  if (data.lanthanidesGrouped > 0) {
    notes.push(
      `The ${data.lanthanidesGrouped} lanthanides carry the rare-earths line’s shares, so they are drawn as one bar and counted as ${mineralCount(data.lanthanidesGrouped)}.`,
    );
  }
  return notes;
}

/** "USGS prints no import shares for Cesium, Hafnium: not drawn.", or null when every mineral in view has shares. */
export function withoutSharesNote(data: Pick<ImportSourcesViewData, 'withoutShares'>): string | null {
  if (data.withoutShares.length === 0) return null;
  return `USGS prints no import shares for ${data.withoutShares.map((entry) => entry.name).join(', ')}: not drawn.`;
}

/** Every note of the image: the chart's, the minerals not drawn, and the selected mineral's order by edition. */
export function importSourcesNotes(data: ImportSourcesViewData): string[] {
  const without = withoutSharesNote(data);
  return [...chartNotes(data), ...(without ? [without] : []), ...(data.selected ? [editionOrderText(data.selected)] : [])];
}

/** Every USGS file the shares were read from. */
export function shareFiles(bars: readonly SourceBar[]): string[] {
  return [...new Set(bars.flatMap((bar) => bar.segments.map((segment) => segment.source.file)))].sort();
}

/** China's share as text, for the side of a bar and the phone's name line: "China 55%", or that it is not listed. */
export function chinaText(bar: Pick<SourceBar, 'china'>): string {
  return bar.china ? shareLabel(bar.china) : 'China not listed';
}

/** The whole bar in words, for tooltips, screen readers and the image's titles. */
export function barSentence(bar: SourceBar): string {
  const shares = bar.segments.map(shareLabel).join(', ');
  const short = bar.printedTotal < 100 ? `; printed shares sum to ${totalText(bar)}, the rest left empty` : '';
  return `${bar.name}: ${shares} (imports ${bar.period}, USGS order${short})`;
}

/** The periods of the shares in view, e.g. "2021–24"; "none in view" where no mineral in view has shares. */
export function periodsText(data: Pick<ImportSourcesViewData, 'sharePeriods'>): string {
  return data.sharePeriods.length > 0 ? data.sharePeriods.join(', ') : 'none in view';
}

/** The share axis's title, shorter on a phone; the image always has the long one. */
export function axisLabel(data: Pick<ImportSourcesViewData, 'sharePeriods'>, narrow: boolean): string {
  return narrow ? `% of U.S. imports, ${periodsText(data)}` : `Share of U.S. imports ${periodsText(data)}, % as printed`;
}
