import { compareNames } from '../../data/text';
import { dataYears, findMineral, revisingEdition, rowsInView } from '../derive';
import { editionLabel, mineralCount, nirLabel } from '../format';
import { MAX_COMPARED, type View } from '../view';
import type { Dataset, Edition, EditionInfo, Mineral, Nir, SourceRef } from '../../data/schema';

/** How many lines the default rule draws when nothing is chosen or selected. */
export const DEFAULT_COMPARED = 5;

/** A value as one edition printed it, and where it was read. */
export interface PrintedValue {
  nir: Nir;
  edition: Edition;
  source: SourceRef;
}

/** One mineral in one year: the value as first published and as the latest edition revised it. */
export interface OverTimeYear {
  year: number;
  /** The figure of the edition whose data year this is; null where no edition here printed one. */
  firstPublished: PrintedValue | null;
  /** The point of the latest edition's revised series; null where the series has none. */
  revised: PrintedValue | null;
  /** A later edition printed something else for the same year (e.g. 80 in MCS 2025, 53 in MCS 2026). */
  revision: boolean;
}

export interface OverTimeMineral {
  id: string;
  name: string;
  group: Mineral['group'];
  note: string;
  /** Only the years with a value, oldest first. */
  years: OverTimeYear[];
}

/** A mineral drawn as a line. */
export interface OverTimeSeries extends OverTimeMineral {
  /** Its place among the lines: the colour (SERIES_COLOURS[colourIndex]) and the order of the names. */
  colourIndex: number;
}

/** Why these lines: the user's choice, the selected mineral, or the default rule. */
export type CompareRule = 'chosen' | 'selected' | 'largest-revisions';

export interface OverTimeChoice {
  id: string;
  name: string;
}

export interface OverTimeViewData {
  /** The x axis: every year from the earliest to the latest value drawn (the dataset's data years when nothing is). */
  years: number[];
  series: OverTimeSeries[];
  /** Every mineral in view (rowsInView), in its order: the CSV holds them all, the chart draws `series`. */
  inView: OverTimeMineral[];
  /** Every year any mineral in view has a value for: the CSV's years. */
  inViewYears: number[];
  /** What "Add a mineral" offers: the minerals in view by name, the 14 lanthanides as their one rare-earths line. */
  choices: OverTimeChoice[];
  rule: CompareRule;
  /** The rule in words, shown above the chart and in the image. */
  ruleText: string;
  /** The edition whose data year the filters use ("minerals in view"). */
  edition: EditionInfo;
  /** The newest edition: its series holds the revised values. */
  latest: EditionInfo;
}

function positional(nir: Nir): nir is Extract<Nir, { kind: 'exact' | 'bound' }> {
  return nir.kind === 'exact' || nir.kind === 'bound';
}

/** The number a value is ranked by: an exact value, or a bound at its bound; null for E, W and NA. */
export function rankValue(nir: Nir): number | null {
  return positional(nir) ? nir.value : null;
}

/** The mineral's values by year: each edition's figure (first published) beside the revised series point. */
export function overTimeMineral(mineral: Mineral): OverTimeMineral {
  const years = [...new Set([...mineral.figures.map((figure) => figure.dataYear), ...mineral.nirSeries.map((point) => point.year)])].sort(
    (a, b) => a - b,
  );
  return {
    id: mineral.id,
    name: mineral.name,
    group: mineral.group,
    note: mineral.note,
    years: years.map((year) => {
      const figure = mineral.figures.find((candidate) => candidate.dataYear === year);
      const point = mineral.nirSeries.find((candidate) => candidate.year === year);
      const firstPublished = figure ? { nir: figure.nir, edition: figure.edition, source: figure.nirSource } : null;
      const revised = point ? { nir: point.nir, edition: point.source.edition, source: point.source } : null;
      const revision = firstPublished !== null && revised !== null && firstPublished.edition !== revised.edition && firstPublished.nir.printed !== revised.nir.printed;
      return { year, firstPublished, revised, revision };
    }),
  };
}

/** The largest revision: |first published − revised| for the same year, a bound at its bound; E, W and NA are not measured. */
export function largestRevision(mineral: OverTimeMineral): number {
  let largest = 0;
  for (const entry of mineral.years) {
    if (!entry.revision || !entry.firstPublished || !entry.revised) continue;
    const from = rankValue(entry.firstPublished.nir);
    const to = rankValue(entry.revised.nir);
    if (from !== null && to !== null) largest = Math.max(largest, Math.abs(from - to));
  }
  return largest;
}

/** The range of the revised values over the years (highest − lowest, a bound at its bound). */
export function revisedRange(mineral: OverTimeMineral): number {
  const values = mineral.years.flatMap((entry) => {
    const value = entry.revised ? rankValue(entry.revised.nir) : null;
    return value === null ? [] : [value];
  });
  return values.length < 2 ? 0 : Math.max(...values) - Math.min(...values);
}

function hasValue(mineral: OverTimeMineral): boolean {
  return mineral.years.length > 0;
}

/**
 * The default rule: minerals with a value, by largest revision, then largest range of the revised values, then name;
 * the first `limit`. Deterministic for the same minerals in any order.
 */
export function rankByRevision(minerals: readonly OverTimeMineral[], limit = DEFAULT_COMPARED): OverTimeMineral[] {
  return minerals
    .filter(hasValue)
    .map((mineral) => ({ mineral, revision: largestRevision(mineral), range: revisedRange(mineral) }))
    .sort((a, b) => b.revision - a.revision || b.range - a.range || compareNames(a.mineral.name, b.mineral.name) || compareNames(a.mineral.id, b.mineral.id))
    .slice(0, limit)
    .map(({ mineral }) => mineral);
}

/**
 * The minerals in view with the 14 lanthanides as one: they carry the rare-earths line's values, so the rare-earths
 * line stands for them (the first lanthanide by name where the dataset has no such line).
 */
export function distinctMinerals(dataset: Dataset, minerals: readonly Mineral[]): Mineral[] {
  const lanthanides = minerals.filter((mineral) => mineral.group === 'lanthanide');
  const rareEarths = dataset.minerals.minerals.find((mineral) => mineral.group === 'rare-earths');
  const standIn = rareEarths ?? [...lanthanides].sort((a, b) => compareNames(a.name, b.name))[0];
  const result: Mineral[] = [];
  for (const mineral of minerals) {
    const one = mineral.group === 'lanthanide' && standIn ? standIn : mineral;
    if (!result.includes(one)) result.push(one);
  }
  return result;
}

function yearRange(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

function allYears(minerals: readonly OverTimeMineral[]): number[] {
  return [...new Set(minerals.flatMap((mineral) => mineral.years.map((entry) => entry.year)))].sort((a, b) => a - b);
}

/** "2021–2025", "2024", or "" */
export function yearsText(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return first === last ? String(first) : `${first}–${last}`;
}

/** How the default rule ranks, in words (after "Showing the 5 minerals in view with …"). */
function rankingText(latest: EditionInfo): string {
  return (
    `the largest revisions: the largest gap between a value as first published and as ${editionLabel(latest.edition)} revised it ` +
    'for the same year (a bound counts at its bound; E, W and NA are not measured), then the widest range of the revised values ' +
    'over the years, then by name'
  );
}

function ruleText(rule: CompareRule, series: readonly OverTimeSeries[], latest: EditionInfo, standIn: Mineral | null): string {
  const ranking = rankingText(latest);
  switch (rule) {
    case 'chosen':
      return `Showing the ${mineralCount(series.length)} you chose (at most ${MAX_COMPARED}). “Show the default” returns to the selected mineral, or else the ${DEFAULT_COMPARED} minerals in view with ${ranking}.`;
    case 'selected':
      return `Showing the selected mineral, ${series[0]?.name ?? ''}. With no mineral selected, the view shows the ${DEFAULT_COMPARED} minerals in view with ${ranking}.`;
    case 'largest-revisions': {
      if (series.length === 0) return 'No minerals in view have a value to draw: change the filters to draw some.';
      const lanthanides = standIn ? ` The 14 lanthanides carry the rare-earths values, so they count once, as ${standIn.name}.` : '';
      const which = series.length < DEFAULT_COMPARED ? `all ${mineralCount(series.length)} in view with a value, ordered by` : `the ${DEFAULT_COMPARED} minerals in view with`;
      return `Showing ${which} ${ranking}.${lanthanides}`;
    }
  }
}

/** The over-time view: the chosen minerals' revised series as lines, each edition's first-published value beside them. */
export function deriveOverTime(dataset: Dataset, view: View): OverTimeViewData {
  const latest = revisingEdition(dataset);
  const edition = dataset.minerals.editions.find((info) => info.dataYear === view.dataYear) ?? latest;
  const byId = new Map(dataset.minerals.minerals.map((mineral) => [mineral.id, mineral]));
  const rows = rowsInView(dataset, view);
  const mineralsInView = rows.flatMap((row) => byId.get(row.id) ?? []);
  const inView = mineralsInView.map(overTimeMineral);
  const distinct = distinctMinerals(dataset, mineralsInView);

  const chosen = view.compareIds.flatMap((id) => byId.get(id) ?? []).slice(0, MAX_COMPARED);
  const selected = findMineral(dataset, view.mineralId);
  let rule: CompareRule;
  let drawn: OverTimeMineral[];
  if (chosen.length > 0) {
    rule = 'chosen';
    drawn = chosen.map(overTimeMineral);
  } else if (selected) {
    rule = 'selected';
    drawn = [overTimeMineral(selected)];
  } else {
    rule = 'largest-revisions';
    drawn = rankByRevision(distinct.map(overTimeMineral));
  }
  const series = drawn.map((mineral, colourIndex) => ({ ...mineral, colourIndex }));
  const drawnYears = yearRange(allYears(series));
  const lanthanidesInView = mineralsInView.some((mineral) => mineral.group === 'lanthanide');
  const standIn = lanthanidesInView ? (distinct.find((mineral) => mineral.group !== 'single') ?? null) : null;
  return {
    years: drawnYears.length > 0 ? drawnYears : dataYears(dataset),
    series,
    inView,
    inViewYears: allYears(inView),
    choices: distinct.map((mineral) => ({ id: mineral.id, name: mineral.name })).sort((a, b) => compareNames(a.name, b.name)),
    rule,
    ruleText: ruleText(rule, series, latest, standIn),
    edition,
    latest,
  };
}

/** "Rare earths 2024: 80 (MCS 2025) → 53 (MCS 2026)": every revision among the lines drawn. */
export function revisionPairs(series: readonly OverTimeMineral[]): string[] {
  return series.flatMap((mineral) =>
    mineral.years.flatMap((entry) =>
      entry.revision && entry.firstPublished && entry.revised
        ? [
            `${mineral.name} ${entry.year}: ${entry.firstPublished.nir.printed} (${editionLabel(entry.firstPublished.edition)}) → ` +
              `${entry.revised.nir.printed} (${editionLabel(entry.revised.edition)})`,
          ]
        : [],
    ),
  );
}

/** What a line cannot show, said in words: no value at all, or no revised series. */
export function missingNotes(series: readonly OverTimeMineral[], latest: EditionInfo): string[] {
  return series.flatMap((mineral) => {
    if (mineral.years.length === 0) return [`${mineral.name}: no USGS figure in any edition here${mineral.note ? ` (${mineral.note})` : ''}.`];
    if (mineral.years.every((entry) => entry.revised === null)) {
      return [`${mineral.name}: no revised series in ${editionLabel(latest.edition)}; the markers are the values as first published.`];
    }
    return [];
  });
}

/** One year in words: "2024: 53% as revised in MCS 2026; first published 80% in MCS 2025". */
export function yearSentence(entry: OverTimeYear): string {
  const { firstPublished, revised } = entry;
  const parts: string[] = [];
  if (revised) parts.push(`${nirLabel(revised.nir)} as revised in ${editionLabel(revised.edition)}`);
  if (firstPublished && !revised) parts.push(`published ${nirLabel(firstPublished.nir)} in ${editionLabel(firstPublished.edition)}`);
  else if (firstPublished && firstPublished.nir.printed !== revised?.nir.printed) {
    parts.push(`first published ${nirLabel(firstPublished.nir)} in ${editionLabel(firstPublished.edition)}`);
  } else if (firstPublished && firstPublished.edition !== revised?.edition) parts.push(`as first published in ${editionLabel(firstPublished.edition)}`);
  return `${entry.year}: ${parts.join('; ')}`;
}

/** A line in words, for screen readers and the image's titles. */
export function seriesSentence(mineral: OverTimeMineral): string {
  if (mineral.years.length === 0) return `${mineral.name}: no USGS figure`;
  return `${mineral.name}. ${mineral.years.map(yearSentence).join('. ')}.`;
}
