import { BANDS, BAND_LABELS } from '../bands';
import { editionFor, rowsInView, sortKey, type RelianceRow } from '../derive';
import { countText, editionLabel, importSourcesText, mineralCount, nirLabel, nirShortLabel, sourceSentence, sourceText, worldShareText } from '../format';
import type { TableColumn, TableSort, View } from '../view';
import type { Dataset, Edition, EditionInfo, Mineral, Nir, SourceRef, WorldProduction } from '../../data/schema';

/** China's entry in the latest edition's import shares: as printed, not among the countries listed, or no shares at all. */
export type ChinaShareCell =
  | { kind: 'printed'; printed: string; period: string; note: string; source: SourceRef }
  | { kind: 'not-listed'; period: string }
  | { kind: 'no-shares' };

/** One mineral as the table shows it: the reliance row plus every cell's text, computed once for screen, image and search. */
export interface TableRow {
  id: string;
  name: string;
  row: RelianceRow;
  /** The USGS lines of the mineral's figures, every edition, as printed ("GALLIUM, metal"). */
  usgsNames: string[];
  chinaShare: ChinaShareCell;
  /** The data year's leading producer where USGS prints one, else the latest year printed. */
  producer: WorldProduction | null;
  cells: Record<TableColumn, string>;
}

export interface TableViewData {
  edition: EditionInfo;
  /** The order shown: the chosen one, or the default (net import reliance, highest first). */
  sort: TableSort;
  /** No order chosen: the reliance order every view starts from, which is net import reliance descending. */
  isDefaultSort: boolean;
  /** The search as applied: trimmed; empty shows every row in view. */
  query: string;
  /** Rows in view before the search (scope, levels and China filters applied). */
  inView: number;
  /** The rows shown, searched and sorted. */
  rows: TableRow[];
}

/** The order of rowsInView, said as a column: a null tableSort reports itself as this. */
export const DEFAULT_TABLE_SORT: TableSort = { column: 'nir', descending: true };

export const TABLE_COLUMN_LABELS: Record<TableColumn, string> = {
  mineral: 'Mineral',
  nir: 'Net import reliance (as printed)',
  level: 'Level',
  revised: 'Revised value',
  'china-share': 'China’s share of imports',
  sources: 'Top import sources',
  control: 'Chinese export control',
  producer: 'Leading world producer (share of world production)',
  source: 'Source',
};

/** Columns ordered by a number (ascending = lowest first); the others are text (ascending = A to Z). */
const NUMBER_COLUMNS: ReadonlySet<TableColumn> = new Set(['nir', 'level', 'revised', 'china-share', 'producer']);

export const NO_VALUE = '—';

export function chinaShareOf(mineral: Pick<Mineral, 'importShares'>): ChinaShareCell {
  const shares = mineral.importShares;
  if (!shares) return { kind: 'no-shares' };
  const china = shares.shares.find((share) => share.country === 'China');
  if (!china) return { kind: 'not-listed', period: shares.period };
  return { kind: 'printed', printed: china.percentPrinted, period: shares.period, note: shares.note ?? '', source: china.source };
}

/** "18% (2021–24)", "<1% (2021–24)", "China not listed", "no shares printed": as printed, never a guess. */
export function chinaShareText(cell: ChinaShareCell): string {
  switch (cell.kind) {
    case 'printed':
      return /^[<>]?\d+(\.\d+)?$/.test(cell.printed) ? `${cell.printed}% (${cell.period})` : `“${cell.printed}” (${cell.period})`;
    case 'not-listed':
      return 'China not listed';
    case 'no-shares':
      return 'no shares printed';
  }
}

/** The data year's entry where USGS prints one, else the latest. */
export function leadingProducerFor(mineral: Pick<Mineral, 'worldProduction'>, dataYear: number): WorldProduction | null {
  const sameYear = mineral.worldProduction.find((production) => production.dataYear === dataYear);
  if (sameYear) return sameYear;
  return [...mineral.worldProduction].sort((a, b) => b.dataYear - a.dataYear)[0] ?? null;
}

/** "China, 99% of world production in 2024"; the year is always said, as it may not be the data year. */
export function producerText(production: WorldProduction | null): string {
  if (!production) return NO_VALUE;
  return `${production.leadingCountry}, ${worldShareText(production)} in ${production.dataYear}`;
}

/** "53% (MCS 2026)": the later edition's value for the same year, where it differs from the one first published. */
export function revisedText(row: Pick<RelianceRow, 'revision'>): string {
  if (!row.revision) return NO_VALUE;
  return `${nirShortLabel(row.revision.nir)} (${editionLabel(row.revision.source.edition)})`;
}

/** The items of China's export-licensing row that name the mineral, as USGS writes them. */
export function controlText(row: Pick<RelianceRow, 'chinaExportControls'>): string {
  return row.chinaExportControls.length > 0 ? row.chinaExportControls.map((control) => control.printed).join('; ') : NO_VALUE;
}

export function toTableRow(mineral: Mineral, row: RelianceRow, dataYear: number): TableRow {
  const chinaShare = chinaShareOf(mineral);
  const producer = leadingProducerFor(mineral, dataYear);
  return {
    id: row.id,
    name: row.name,
    row,
    usgsNames: [...new Set(mineral.figures.map((figure) => figure.usgsName))],
    chinaShare,
    producer,
    cells: {
      mineral: row.name,
      nir: nirLabel(row.nir),
      level: BAND_LABELS[row.band],
      revised: revisedText(row),
      'china-share': chinaShareText(chinaShare),
      sources: importSourcesText(row.figure),
      control: controlText(row),
      producer: producerText(producer),
      source: row.figure ? sourceText(row.figure.nirSource) : row.note || 'no USGS figure',
    },
  };
}

// ---- Search ----

function searchable(text: string): string {
  return text.toLocaleLowerCase('en');
}

/** Case-insensitive: the name, the id, the USGS lines of its figures, the import sources and the producer shown. */
export function matchesQuery(row: TableRow, query: string): boolean {
  const needle = searchable(query.trim());
  if (needle === '') return true;
  const haystack = [row.name, row.id, ...row.usgsNames, row.cells.sources, row.cells.producer];
  return haystack.some((text) => searchable(text).includes(needle));
}

// ---- Sorting ----

/**
 * Where a cell sorts: rank 0 holds the values that order by the chosen direction; ranks 1 and up come after them in
 * both directions, in a fixed order (E, W, NA, no figure), each by name.
 */
interface SortPlace {
  rank: number;
  value: number | string;
}

const VALUE = 0;
const MISSING = 9;

/** A number as printed: a plain number, or a bound just beyond its bound, as sortKey in derive.ts places it. */
function printedNumber(printed: string): number | null {
  const match = /^([<>]?)(\d+(?:\.\d+)?)$/.exec(printed.trim());
  if (!match) return null;
  const value = Number(match[2]);
  return match[1] === '>' ? value + 0.5 : match[1] === '<' ? value - 0.5 : value;
}

function nirPlace(nir: Nir | null): SortPlace {
  if (nir === null) return { rank: 4, value: 0 };
  switch (nir.kind) {
    case 'exact':
    case 'bound':
      return { rank: VALUE, value: sortKey(nir) };
    case 'exporter':
      return { rank: 1, value: 0 };
    case 'withheld':
      return { rank: 2, value: 0 };
    case 'not-available':
      return { rank: 3, value: 0 };
  }
}

function textPlace(text: string): SortPlace {
  return text === NO_VALUE || text === '' ? { rank: MISSING, value: '' } : { rank: VALUE, value: text };
}

function placeOf(row: TableRow, column: TableColumn): SortPlace {
  switch (column) {
    case 'mineral':
      return { rank: VALUE, value: row.name };
    case 'nir':
      return nirPlace(row.row.nir);
    case 'level': {
      // The numeric levels rank by reliance (100 highest); Net exporter, then Not available, follow in both directions.
      if (row.row.band === 'exporter') return { rank: 1, value: 0 };
      if (row.row.band === 'na') return { rank: 2, value: 0 };
      return { rank: VALUE, value: -BANDS.indexOf(row.row.band) };
    }
    case 'revised':
      return row.row.revision ? nirPlace(row.row.revision.nir) : { rank: MISSING, value: 0 };
    case 'china-share': {
      const cell = row.chinaShare;
      if (cell.kind === 'no-shares') return { rank: 3, value: 0 };
      if (cell.kind === 'not-listed') return { rank: 2, value: 0 };
      const number = printedNumber(cell.printed);
      return number === null ? { rank: 1, value: 0 } : { rank: VALUE, value: number };
    }
    case 'producer': {
      if (!row.producer) return { rank: 2, value: 0 };
      return row.producer.leadingShare === null ? { rank: 1, value: 0 } : { rank: VALUE, value: row.producer.leadingShare };
    }
    case 'source':
      return row.row.figure ? { rank: VALUE, value: row.cells.source } : { rank: MISSING, value: '' };
    case 'sources':
    case 'control':
      return textPlace(row.cells[column]);
  }
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** Rows in the chosen order; E, W, NA, no figure, no share and empty cells last in both directions; ties by name. */
export function sortTableRows(rows: readonly TableRow[], sort: TableSort): TableRow[] {
  const sign = sort.descending ? -1 : 1;
  return rows
    .map((row) => ({ row, place: placeOf(row, sort.column) }))
    .sort((a, b) => {
      if (a.place.rank !== b.place.rank) return a.place.rank - b.place.rank;
      if (a.place.rank === VALUE) {
        const order =
          typeof a.place.value === 'number' && typeof b.place.value === 'number'
            ? a.place.value - b.place.value
            : byText(String(a.place.value), String(b.place.value));
        if (order !== 0) return sign * order;
      }
      return byText(a.row.name, b.row.name);
    })
    .map(({ row }) => row);
}

/** What a click on a column's header asks for: the other direction of the column shown, else ascending. Default → null. */
export function nextSort(current: TableSort, column: TableColumn): TableSort | null {
  const next = current.column === column ? { column, descending: !current.descending } : { column, descending: false };
  return next.column === DEFAULT_TABLE_SORT.column && next.descending === DEFAULT_TABLE_SORT.descending ? null : next;
}

/** The th's aria-sort: only the column the rows are ordered by says so. */
export function ariaSort(sort: TableSort, column: TableColumn): 'ascending' | 'descending' | undefined {
  if (sort.column !== column) return undefined;
  return sort.descending ? 'descending' : 'ascending';
}

/** What each column orders by, inside a sentence. */
const SORT_NAMES: Record<TableColumn, string> = {
  mineral: 'mineral name',
  nir: 'net import reliance',
  level: 'level',
  revised: 'revised value',
  'china-share': 'China’s share of imports',
  sources: 'top import sources',
  control: 'Chinese export control',
  producer: 'the leading producer’s share of world production',
  source: 'source',
};

/** "sorted by net import reliance, highest first": said in the subtitle and the image. */
export function sortText(sort: TableSort): string {
  const words = NUMBER_COLUMNS.has(sort.column)
    ? sort.descending
      ? 'highest first'
      : 'lowest first'
    : sort.descending
      ? 'Z to A'
      : 'A to Z';
  return `sorted by ${SORT_NAMES[sort.column]}, ${words}`;
}

// ---- The view ----

export function deriveTable(dataset: Dataset, view: View): TableViewData {
  const minerals = new Map(dataset.minerals.minerals.map((mineral) => [mineral.id, mineral]));
  const inView = rowsInView(dataset, view).flatMap((row) => {
    const mineral = minerals.get(row.id);
    return mineral ? [toTableRow(mineral, row, view.dataYear)] : [];
  });
  const query = view.tableQuery.trim();
  const sort = view.tableSort ?? DEFAULT_TABLE_SORT;
  return {
    edition: editionFor(dataset, view.dataYear),
    sort,
    isDefaultSort: view.tableSort === null,
    query,
    inView: inView.length,
    rows: sortTableRows(
      inView.filter((row) => matchesQuery(row, query)),
      sort,
    ),
  };
}

/** "12 of 50 minerals match “ga”", or "50 minerals" with no search: the table's live status. */
export function matchText(data: Pick<TableViewData, 'query' | 'inView' | 'rows'>): string {
  if (data.query === '') return mineralCount(data.rows.length);
  return `${countText(data.rows.length)} of ${mineralCount(data.inView)} ${data.rows.length === 1 ? 'matches' : 'match'} “${data.query}”`;
}

/** USGS's notes on the shares shown (Hong Kong counted with China; which row the shares are for), each with its minerals. */
export function shareNotes(rows: readonly TableRow[]): string[] {
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    if (row.chinaShare.kind !== 'printed' || row.chinaShare.note === '') continue;
    groups.set(row.chinaShare.note, [...(groups.get(row.chinaShare.note) ?? []), row.name]);
  }
  return [...groups].map(([note, names]) => `China’s share: ${note.replace(/\.$/, '')} (USGS note) for ${names.join(', ')}.`);
}

/** Every USGS file a shown cell was read from, by edition. */
function filesByEdition(rows: readonly TableRow[]): Map<Edition, Set<string>> {
  const files = new Map<Edition, Set<string>>();
  const add = (source: SourceRef | null | undefined) => {
    if (!source) return;
    files.set(source.edition, (files.get(source.edition) ?? new Set()).add(source.file));
  };
  for (const row of rows) {
    add(row.row.figure?.nirSource);
    add(row.row.figure?.importSourcesSource);
    add(row.row.revision?.source);
    if (row.chinaShare.kind === 'printed') add(row.chinaShare.source);
    for (const control of row.row.chinaExportControls) add(control.source);
    add(row.producer?.source);
  }
  return files;
}

/** The data year's edition and its files, then each other edition a column was read from (revisions, shares, controls, producers). */
export function tableSource(dataset: Dataset, data: Pick<TableViewData, 'edition' | 'rows'>): string {
  const files = filesByEdition(data.rows);
  const sorted = (edition: Edition) => [...(files.get(edition) ?? [])].sort();
  const others = [...files.keys()]
    .filter((edition) => edition !== data.edition.edition)
    .sort()
    .flatMap((edition) => {
      const info = dataset.minerals.editions.find((candidate) => candidate.edition === edition);
      if (!info) return [];
      const where = info.doi ? `data release doi:${info.doi}` : `report ${info.reportUrl}`;
      return [`Also U.S. Geological Survey, ${info.title} (${sorted(edition).join(', ')}); ${where}.`];
    });
  return [sourceSentence(data.edition, sorted(data.edition.edition)), ...others].join(' ');
}
