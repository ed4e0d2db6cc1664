import { BANDS, BAND_LABELS, type Band } from './bands';
import { CHINA_FILTER_LABELS, SCOPE_LABELS, type View } from './view';
import type { ChinaExportControl, Edition, EditionFigure, EditionInfo, Nir, SourceRef, WorldProduction } from '../data/schema';

/** Short label drawn at a bar's end: the printed value, plus what a bound or a letter means. */
export function nirLabel(nir: Nir | null): string {
  if (nir === null) return 'no USGS figure';
  switch (nir.kind) {
    case 'exact':
      return `${nir.printed}%`;
    case 'bound':
      return `${nir.printed}% (${nir.bound === '>' ? 'at least' : 'under'})`;
    case 'exporter':
      return 'E: net exporter';
    case 'withheld':
      return 'W: withheld';
    case 'not-available':
      return 'NA: not available';
  }
}

/** A sentence for screen readers and tooltips. */
export function nirSentence(nir: Nir | null): string {
  if (nir === null) return 'USGS prints no net import reliance figure';
  switch (nir.kind) {
    case 'exact':
      return `net import reliance ${nir.printed}%`;
    case 'bound':
      return `net import reliance printed as ${nir.printed}%: ${nir.bound === '>' ? 'at least' : 'under'} ${nir.value}%, the exact figure withheld`;
    case 'exporter':
      return 'net exporter (printed E)';
    case 'withheld':
      return 'withheld to avoid disclosing company proprietary data (printed W)';
    case 'not-available':
      return 'not available (printed NA)';
  }
}

/**
 * Made once, when a count first needs it: toLocaleString('en-US') builds a formatter on every call (about 50 µs, a
 * dozen calls a filter change), and the first Intl object of a page loads ICU's data (17–47 ms measured here).
 */
let countFormat: Intl.NumberFormat | null = null;

/** A count as the page writes every count: en-US digits ("9,106"), whatever the reader's locale. */
export function countText(count: number): string {
  // A whole number is its digits in groups of three, as en-US writes it: no formatter, and no ICU data loaded (the
  // page's counts at ×100 are in the thousands). Anything else (a fraction, a negative) goes to the formatter.
  if (Number.isSafeInteger(count) && count >= 0) return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
  countFormat ??= new Intl.NumberFormat('en-US');
  return countFormat.format(count);
}

/** "12 minerals", "1 mineral", "9,106 minerals": the one count phrase of the project. */
export function mineralCount(count: number): string {
  return `${countText(count)} ${count === 1 ? 'mineral' : 'minerals'}`;
}

/** "MCS2025" → "MCS 2025", as USGS writes it in prose. */
export function editionLabel(edition: Edition): string {
  return edition.replace('MCS', 'MCS ');
}

/** The narrow-screen label: the printed value alone (the legend says what a bound and each letter mean). */
export function nirShortLabel(nir: Nir | null): string {
  if (nir === null) return 'no figure';
  if (nir.kind === 'exact' || nir.kind === 'bound') return `${nir.printed}%`;
  if (nir.kind === 'exporter') return 'E: exporter';
  return nir.printed;
}

/** Human words for the levels chosen. */
export function levelsText(levels: readonly Band[]): string {
  if (levels.length === BANDS.length) return 'all levels';
  if (levels.length === 0) return 'no level chosen';
  return levels.map((band) => BAND_LABELS[band]).join(', ');
}

/** The line under a chart's title, on screen and in exports: data year, edition, scope, levels. */
export function viewSubtitle(view: View, edition: Edition): string {
  return `Data year ${view.dataYear} (${editionLabel(edition)}) · ${filtersText(view)}`;
}

/** Scope, levels, lanthanides and China filters in words: what every view's subtitle says after its years. */
export function filtersText(view: Pick<View, 'scope' | 'levels' | 'showLanthanides' | 'chinaFilters'>): string {
  const lanthanides = view.showLanthanides ? '' : ' · lanthanides grouped as rare earths';
  const china = view.chinaFilters.map((filter) => ` · ${CHINA_FILTER_LABELS[filter]}`).join('');
  return `${SCOPE_LABELS[view.scope]} · ${levelsText(view.levels)}${lanthanides}${china}`;
}

export function sourceText(source: SourceRef): string {
  return `${source.file}, line ${source.line}`;
}

/** "China, Malaysia (2020–23)", or a dash where the edition prints none. */
export function importSourcesText(figure: EditionFigure | null): string {
  if (!figure || figure.importSources.length === 0) return '—';
  return `${figure.importSources.join(', ')} (${figure.importSourcesPeriod})`;
}

/** A share of world production as printed: a number with %, W and NA in words, never "NA%". */
export function worldShareText(production: WorldProduction): string {
  const printed = production.leadingSharePrinted;
  if (production.leadingShare !== null) return `${printed}% of world production`;
  if (printed === 'W') return 'share withheld (W)';
  if (printed === 'NA') return 'share not available (NA)';
  return printed === '' ? 'share not printed' : `share printed as “${printed}”`;
}

/** One source sentence for the page and every export: the edition, its files, and its DOI or report. */
export function sourceSentence(edition: EditionInfo, files: readonly string[]): string {
  const where = edition.doi ? `data release doi:${edition.doi}` : `report ${edition.reportUrl}`;
  return (
    `Source: U.S. Geological Survey, ${edition.title}${files.length > 0 ? ` (${files.join(', ')})` : ''}; ${where}. ` +
    'Net import reliance = (imports − exports ± stock changes) / apparent consumption, as USGS prints it: ' +
    '“>75” is a bound; E net exporter, W withheld, NA not available.'
  );
}

/** What to say when the filters leave no mineral, naming what to change. */
export function emptyViewText(view: Pick<View, 'levels' | 'chinaFilters'>): string {
  const hints = [
    view.levels.length < BANDS.length ? 'tick another reliance level' : '',
    view.chinaFilters.length > 0 ? `untick ${view.chinaFilters.map((filter) => `“${CHINA_FILTER_LABELS[filter]}”`).join(' or ')}` : '',
  ].filter((hint) => hint !== '');
  const advice = hints.length > 0 ? hints.join(', or ') : 'widen the scope';
  return `No minerals match these filters: ${advice} to show some.`;
}

/** A share as printed with "%" where it is a number or a bound ("71%", "<1%"); any other printed form as it is ("W"). */
export function sharePercentText(printed: string): string {
  return /^[<>]?\d+(\.\d+)?$/.test(printed) ? `${printed}%` : printed;
}

/** "antimony (2024); …": the items of China's export-control row that name the mineral, as USGS writes them. */
export function chinaControlText(row: { chinaExportControls: readonly ChinaExportControl[] }): string {
  return row.chinaExportControls.map((control) => control.printed).join('; ');
}
