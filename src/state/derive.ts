import { compareNames } from '../data/text';
import { BANDS, BAND_LABELS, bandOf, type Band } from './bands';
import type {
  ChinaExportControl,
  Claim,
  DataYear,
  Dataset,
  EditionFigure,
  EditionInfo,
  ImportShares,
  Mineral,
  Nir,
  NirSeriesPoint,
} from '../data/schema';
import type { ChinaFilter, Scope, View } from './view';
import { CHINA_FILTERS } from './view';
import { editionLabel } from './format';
import type { UrlContext } from './url';

/** One mineral as the reliance chart, the table and the exports show it for one data year. */
export interface RelianceRow {
  id: string;
  name: string;
  group: Mineral['group'];
  /** null: USGS prints no figure for this mineral in this edition. */
  figure: EditionFigure | null;
  nir: Nir | null;
  band: Band;
  note: string;
  /** The value as the latest edition revised it, where that differs from the one first published (CLAIMS.md: keep both). */
  revision: NirSeriesPoint | null;
  importShares: ImportShares | null;
  /** China is among the import sources this edition lists for the line. */
  chinaTopSource: boolean;
  /** The items of China's export-licensing row (latest T4) that name this mineral. */
  chinaExportControls: ChinaExportControl[];
}

/**
 * The edition whose revised series the dataset carries (MCS 2026 today): read from the series itself, since the newest
 * edition may come without a commodities-data file. The newest edition where no mineral has a series.
 */
export function revisingEdition(dataset: Dataset): EditionInfo {
  const edition = dataset.minerals.minerals.find((mineral) => mineral.nirSeries.length > 0)?.nirSeries[0]?.source.edition;
  return dataset.minerals.editions.find((info) => info.edition === edition) ?? latestEdition(dataset);
}

/** The data years the dataset has, oldest first: one per edition. */
export function dataYears(dataset: Dataset): DataYear[] {
  return dataset.minerals.editions.map((edition) => edition.dataYear).sort((a, b) => a - b);
}

const urlContexts = new WeakMap<Dataset, UrlContext>();

/**
 * What a link is read against: this dataset's mineral ids and data years. Made once per dataset (a dataset is never
 * changed): the app reads the opening link with it, and the dashboard keeps the address in step with it.
 */
export function urlContext(dataset: Dataset): UrlContext {
  let context = urlContexts.get(dataset);
  if (!context) {
    context = { mineralIds: new Set(dataset.minerals.minerals.map((mineral) => mineral.id)), dataYears: dataYears(dataset) };
    urlContexts.set(dataset, context);
  }
  return context;
}

/** The newest edition: the one whose revised series and shares the dataset carries. */
export function latestEdition(dataset: Dataset): EditionInfo {
  const [latest] = [...dataset.minerals.editions].sort((a, b) => b.dataYear - a.dataYear);
  if (!latest) throw new Error('The dataset has no edition.');
  return latest;
}

export function editionFor(dataset: Dataset, dataYear: DataYear): EditionInfo {
  const edition = dataset.minerals.editions.find((info) => info.dataYear === dataYear);
  if (!edition) throw new Error(`The dataset has no edition for data year ${dataYear}.`);
  return edition;
}

export function figureFor(mineral: Mineral, dataYear: DataYear): EditionFigure | null {
  return mineral.figures.find((figure) => figure.dataYear === dataYear) ?? null;
}

export function inScope(mineral: Mineral, scope: Scope, showLanthanides: boolean): boolean {
  if (mineral.group === 'lanthanide' && !showLanthanides) return false;
  if (mineral.group === 'rare-earths' && showLanthanides) return false;
  if (scope === 'critical-2022') return mineral.criticalLists.includes('2022');
  if (scope === 'critical-2025') return mineral.criticalLists.includes('2025');
  return true;
}

/** Higher reliance first; a bound sorts just beyond its bound; states after every number. */
export function sortKey(nir: Nir | null): number {
  if (nir === null) return -4;
  switch (nir.kind) {
    case 'exact':
      return nir.value;
    case 'bound':
      return nir.value + (nir.bound === '>' ? 0.5 : -0.5);
    case 'exporter':
      return -1;
    case 'withheld':
      return -2;
    case 'not-available':
      return -3;
  }
}

/** The revised series' value for the figure's year, when a later edition printed something else. */
export function revisionOf(mineral: Mineral, figure: EditionFigure | null): NirSeriesPoint | null {
  if (!figure) return null;
  const point = mineral.nirSeries.find((candidate) => candidate.year === figure.dataYear);
  if (!point || point.source.edition === figure.edition || point.nir.printed === figure.nir.printed) return null;
  return point;
}

export function toRow(mineral: Mineral, dataYear: DataYear): RelianceRow {
  const figure = figureFor(mineral, dataYear);
  const nir = figure?.nir ?? null;
  return {
    id: mineral.id,
    name: mineral.name,
    group: mineral.group,
    figure,
    nir,
    band: bandOf(nir),
    note: mineral.note,
    revision: revisionOf(mineral, figure),
    importShares: mineral.importShares,
    chinaTopSource: figure?.importSources.includes('China') ?? false,
    chinaExportControls: mineral.chinaExportControls,
  };
}

export function matchesChinaFilter(row: RelianceRow, filter: ChinaFilter): boolean {
  return filter === 'top-source' ? row.chinaTopSource : row.chinaExportControls.length > 0;
}

export function filterByChina(rows: readonly RelianceRow[], filters: readonly ChinaFilter[]): RelianceRow[] {
  return filters.length === 0 ? [...rows] : rows.filter((row) => filters.every((filter) => matchesChinaFilter(row, filter)));
}

/** How many of the rows each China filter would keep: the live counts beside its checkbox. */
export function countByChinaFilter(rows: readonly RelianceRow[]): Record<ChinaFilter, number> {
  const counts = Object.fromEntries(CHINA_FILTERS.map((filter) => [filter, 0])) as Record<ChinaFilter, number>;
  for (const row of rows) for (const filter of CHINA_FILTERS) if (matchesChinaFilter(row, filter)) counts[filter] += 1;
  return counts;
}

/** The minerals in view for the data year: scope, levels and China filters applied, sorted by reliance. Every view starts here. */
export function rowsInView(
  dataset: Dataset,
  view: Pick<View, 'dataYear' | 'scope' | 'showLanthanides' | 'levels' | 'chinaFilters'>,
): RelianceRow[] {
  return filterByChina(filterByLevels(scopedRows(dataset, view), view.levels), view.chinaFilters);
}

function compareRows(a: RelianceRow, b: RelianceRow): number {
  return sortKey(b.nir) - sortKey(a.nir) || compareNames(a.name, b.name);
}

/** The scoped rows already made, per dataset: the filters, the figure and every view ask for the same ones. */
const scopedCache = new WeakMap<Dataset, Map<string, readonly RelianceRow[]>>();

/**
 * Every mineral in the chosen scope for the chosen year, sorted, before the level filter. Made once per dataset,
 * year, scope and lanthanide setting (a level or China filter change reuses them), so the array is frozen.
 */
export function scopedRows(dataset: Dataset, view: Pick<View, 'dataYear' | 'scope' | 'showLanthanides'>): readonly RelianceRow[] {
  let cache = scopedCache.get(dataset);
  if (!cache) scopedCache.set(dataset, (cache = new Map()));
  const key = `${view.dataYear}|${view.scope}|${view.showLanthanides}`;
  let rows = cache.get(key);
  if (!rows) {
    rows = Object.freeze(
      dataset.minerals.minerals
        .filter((mineral) => inScope(mineral, view.scope, view.showLanthanides))
        .map((mineral) => toRow(mineral, view.dataYear))
        .sort(compareRows),
    );
    cache.set(key, rows);
  }
  return rows;
}

export function countByBand(rows: readonly RelianceRow[]): Record<Band, number> {
  const counts = Object.fromEntries(BANDS.map((band) => [band, 0])) as Record<Band, number>;
  for (const row of rows) counts[row.band] += 1;
  return counts;
}

export function filterByLevels(rows: readonly RelianceRow[], levels: readonly Band[]): RelianceRow[] {
  return rows.filter((row) => levels.includes(row.band));
}

/** The USGS files the rows' values were read from, for source lines. */
export function sourceFiles(rows: readonly RelianceRow[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.figure ? [row.figure.nirSource.file] : [])))].sort();
}

export interface RevisionGroup {
  names: string[];
  from: Nir;
  to: Nir;
}

/** Revised values grouped by change ("Cerium, … 80 → 53"), so fourteen lanthanides make one line. */
export function revisionGroups(rows: readonly RelianceRow[]): RevisionGroup[] {
  const groups = new Map<string, RevisionGroup>();
  for (const row of rows) {
    if (!row.revision || !row.nir) continue;
    const key = `${row.nir.printed}→${row.revision.nir.printed}`;
    const group = groups.get(key) ?? { names: [], from: row.nir, to: row.revision.nir };
    group.names.push(row.name);
    groups.set(key, group);
  }
  return [...groups.values()];
}

// ---- The article's claims, checked ----

/** The view whose rows a claim counts: the 2022 list, lanthanides one by one (CLAIMS.md). */
const CLAIM_SCOPE = { scope: 'critical-2022', showLanthanides: true } as const;
const FURTHER_LEVELS: Band[] = ['75-99', '50-74'];

export interface ClaimCheck {
  claim: Claim;
  /** What the data give, formatted like the article's figure. */
  dataFigure: string;
  /** Where dataFigure comes from, in a few words. */
  dataLabel: string;
  verdict: 'matches' | 'differs';
  explanation: string;
  /** What clicking the claim applies to the view. */
  view: Partial<View>;
}

function rowsCounted(dataset: Dataset, dataYear: DataYear, levels: readonly Band[]): RelianceRow[] {
  return filterByLevels(scopedRows(dataset, { ...CLAIM_SCOPE, dataYear }), levels);
}

function joinNames(rows: readonly RelianceRow[]): string {
  return rows.length === 0 ? 'none' : rows.map((row) => row.name).join(', ');
}

function checkCount(dataset: Dataset, claim: Claim, dataYear: DataYear, levels: Band[]): ClaimCheck {
  const counted = (year: DataYear) => rowsCounted(dataset, year, levels);
  const current = counted(dataYear);
  const edition = editionFor(dataset, dataYear);
  const levelText = levels.map((band) => BAND_LABELS[band]).join(' or ');
  const view: Partial<View> = { ...CLAIM_SCOPE, levels, chinaFilters: [], activeView: 'reliance' };
  const base = `${editionLabel(edition.edition)} (data year ${dataYear}) gives ${current.length} minerals at ${levelText}.`;
  if (current.length === claim.value) {
    return { claim, dataFigure: String(current.length), dataLabel: 'USGS data', verdict: 'matches', explanation: `${base} That matches the article.`, view };
  }
  const matchingYears = dataYears(dataset).filter((year) => counted(year).length === claim.value);
  const latestMatch = matchingYears.at(-1);
  let explanation = base;
  if (latestMatch !== undefined) {
    const then = counted(latestMatch);
    const thenIds = new Set(then.map((row) => row.id));
    const nowIds = new Set(current.map((row) => row.id));
    const cameIn = current.filter((row) => !thenIds.has(row.id));
    const droppedOut = then.filter((row) => !nowIds.has(row.id));
    const years = matchingYears
      .map((year) => `${year} (${editionLabel(editionFor(dataset, year).edition)})`)
      .join(' and ');
    explanation +=
      ` The article's ${claim.figure} is what ${matchingYears.length > 1 ? `data years ${years} give` : `data year ${years} gives`}.` +
      ` Compared with ${latestMatch}, in: ${joinNames(cameIn)}; out: ${joinNames(droppedOut)}.`;
  } else {
    explanation += ` No data year here gives the article's ${claim.figure}.`;
  }
  return { claim, dataFigure: String(current.length), dataLabel: 'USGS data', verdict: 'differs', explanation, view };
}

function checkChinaShare(dataset: Dataset, claim: Claim): ClaimCheck {
  const rareEarths = dataset.minerals.minerals.find((mineral) => mineral.group === 'rare-earths');
  const china = rareEarths?.importShares?.shares.find((share) => share.country === 'China');
  const quote = claim.usgsQuote;
  const parts: string[] = [];
  if (quote) parts.push(`USGS prints ${quote.value}% for ${quote.period} (${quote.source}).`);
  if (rareEarths?.importShares && china) {
    parts.push(
      `The USGS data release gives ${china.percentPrinted}% for ${rareEarths.importShares.period} (${rareEarths.importShares.source.file}).`,
    );
  }
  const usgsValue = quote?.value ?? china?.percent ?? null;
  const matches = usgsValue === claim.value;
  if (!matches) parts.push(`No USGS rare-earth figure of ${claim.figure} was found.`);
  return {
    claim,
    dataFigure: usgsValue === null ? 'no USGS figure' : `${usgsValue}%`,
    dataLabel: quote ? `USGS, ${quote.period}` : `USGS data, ${rareEarths?.importShares?.period ?? ''}`,
    verdict: matches ? 'matches' : 'differs',
    explanation: parts.join(' '),
    view: { mineralId: rareEarths?.id ?? null },
  };
}

export function checkClaim(dataset: Dataset, claim: Claim, dataYear: DataYear): ClaimCheck {
  switch (claim.measure) {
    case 'count-at-100':
      return checkCount(dataset, claim, dataYear, ['100']);
    case 'count-further-50':
      return checkCount(dataset, claim, dataYear, FURTHER_LEVELS);
    case 'china-share-rare-earths':
      return checkChinaShare(dataset, claim);
  }
}

export function checkClaims(dataset: Dataset, dataYear: DataYear): ClaimCheck[] {
  return dataset.claims.claims.map((claim) => checkClaim(dataset, claim, dataYear));
}

export function findMineral(dataset: Dataset, id: string | null): Mineral | null {
  if (id === null) return null;
  return dataset.minerals.minerals.find((mineral) => mineral.id === id) ?? null;
}
