import { editionFor, rowsInView, type RelianceRow } from '../derive';
import { editionLabel, nirSentence } from '../format';
import type { View } from '../view';
import type { Dataset, EditionInfo, ImportShares, SourceRef } from '../../data/schema';

/** The country USGS names in its import-share rows (Hong Kong included where its note says so). */
const CHINA = 'China';

/**
 * A value placed on an axis as USGS prints it: an exact number, or a bound (">75", "<1") placed at its bound
 * and drawn as a bound, never as a point at the bound.
 */
export interface AxisPosition {
  printed: string;
  value: number;
  bound: '>' | '<' | null;
}

/** What USGS prints about China's share of U.S. imports for a line. */
export type ChinaShare =
  | {
      kind: 'printed';
      printed: string;
      /** null: printed as something that is neither a number nor a bound, so it has no place on the axis. */
      position: AxisPosition | null;
      period: string;
      source: SourceRef;
    }
  /** (a) No import shares printed at all for the line. */
  | { kind: 'no-shares' }
  /** (b) Shares printed for the line, China not among them. */
  | { kind: 'china-not-listed'; period: string; source: SourceRef };

export interface ExposureRow {
  row: RelianceRow;
  /** Net import reliance on the x axis; null for E, W, NA and no figure. */
  x: AxisPosition | null;
  china: ChinaShare;
  /** USGS's note says imports from Hong Kong are counted with China. */
  hongKongIncluded: boolean;
}

/** One mark on the chart: the minerals that fall on the same printed point (the 14 lanthanides share one). */
export interface ExposureMark {
  key: string;
  members: ExposureRow[];
  /** Said beside the mark: the mineral, or the group ("Rare earths (14 lanthanides)"). */
  label: string;
  /** A shorter form for phones. */
  shortLabel: string;
  x: AxisPosition;
  y: AxisPosition;
  /** At least one member is under a Chinese export-licensing rule. */
  controlled: boolean;
}

/** Why a mineral in view has no place on the chart, in the order the list under the chart gives them. */
export const MISSING_REASONS = ['no-shares', 'china-not-listed', 'share-not-placeable', 'no-nir'] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

export interface MissingGroup {
  reason: MissingReason;
  rows: ExposureRow[];
}

/** Where China's export-licensing row was read and the date its data run to, from that row's own note. */
export interface ControlsInfo {
  file: string;
  edition: string;
  /** e.g. "November 21, 2025"; null when the row's note gives no date. */
  dataThrough: string | null;
}

export interface ChinaExposureData {
  edition: EditionInfo;
  /** Every mineral in view, in rowsInView order: one CSV row each. */
  rows: ExposureRow[];
  marks: ExposureMark[];
  /** Minerals in view with no place on the chart, never dropped; empty groups left out. */
  missing: MissingGroup[];
  /** The periods of the China shares drawn or listed (e.g. ["2021–24"]). */
  sharePeriods: string[];
  /** The USGS sentence on Hong Kong, where a note in view says it. */
  hongKongNote: string | null;
  controls: ControlsInfo | null;
}

/** A printed percentage: a plain number, or a bound such as "<1" or ">75"; anything else has no position. */
export function axisPosition(printed: string): AxisPosition | null {
  const match = /^([<>])?\s*(\d+(?:\.\d+)?)$/.exec(printed.trim());
  if (!match) return null;
  const value = Number(match[2]);
  if (value < 0 || value > 100) return null;
  return { printed, value, bound: (match[1] as '>' | '<' | undefined) ?? null };
}

function nirPosition(row: RelianceRow): AxisPosition | null {
  const { nir } = row;
  if (nir === null) return null;
  if (nir.kind === 'exact') return { printed: nir.printed, value: nir.value, bound: null };
  if (nir.kind === 'bound') return { printed: nir.printed, value: nir.value, bound: nir.bound };
  return null;
}

export function chinaShareOf(shares: ImportShares | null): ChinaShare {
  if (shares === null) return { kind: 'no-shares' };
  const china = shares.shares.find((share) => share.country === CHINA);
  if (!china) return { kind: 'china-not-listed', period: shares.period, source: shares.source };
  return { kind: 'printed', printed: china.percentPrinted, position: axisPosition(china.percentPrinted), period: shares.period, source: china.source };
}

function hongKongSentence(note: string | undefined): string | null {
  if (!note) return null;
  return note.split(/(?<=\.)\s+/).find((sentence) => /Hong Kong/.test(sentence)) ?? null;
}

export function toExposureRow(row: RelianceRow): ExposureRow {
  return { row, x: nirPosition(row), china: chinaShareOf(row.importShares), hongKongIncluded: hongKongSentence(row.importShares?.note) !== null };
}

/** Where a mineral's China share can be placed on the y axis, or null. */
export function yPosition(exposure: ExposureRow): AxisPosition | null {
  return exposure.china.kind === 'printed' ? exposure.china.position : null;
}

/** The first reason a mineral has no place; null when it is drawn. */
export function missingReason(exposure: ExposureRow): MissingReason | null {
  if (exposure.china.kind === 'no-shares') return 'no-shares';
  if (exposure.china.kind === 'china-not-listed') return 'china-not-listed';
  if (exposure.china.position === null) return 'share-not-placeable';
  if (exposure.x === null) return 'no-nir';
  return null;
}

/** "Graphite (natural)" → "Graphite", "Diamond (industrial), bort, …" → "Diamond": a phone-width label, cut at a word. */
export function shortName(name: string): string {
  const cut = name.search(/[,(]/);
  return cut > 0 ? name.slice(0, cut).trim() : name;
}

function groupLabels(members: readonly ExposureRow[], rareEarthsName: string | null): { label: string; shortLabel: string } {
  const [first] = members;
  if (!first) return { label: '', shortLabel: '' };
  if (members.length === 1) return { label: first.row.name, shortLabel: shortName(first.row.name) };
  if (rareEarthsName && members.every((member) => member.row.group === 'lanthanide')) {
    return { label: `${rareEarthsName} (${members.length} lanthanides)`, shortLabel: `${shortName(rareEarthsName)} (${members.length})` };
  }
  const names = members.map((member) => member.row.name);
  return {
    label: names.length <= 3 ? names.join(', ') : `${names[0]} and ${names.length - 1} more`,
    shortLabel: `${shortName(names[0]!)} +${names.length - 1}`,
  };
}

/** Minerals on the same printed point become one mark, so fourteen lanthanides never stack unlabelled. */
export function exposureMarks(rows: readonly ExposureRow[], rareEarthsName: string | null): ExposureMark[] {
  const groups = new Map<string, { x: AxisPosition; y: AxisPosition; members: ExposureRow[] }>();
  for (const exposure of rows) {
    const y = yPosition(exposure);
    if (exposure.x === null || y === null) continue;
    const key = `${exposure.x.printed}|${y.printed}`;
    const group = groups.get(key) ?? { x: exposure.x, y, members: [] };
    group.members.push(exposure);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ x, y, members }) => ({
    key: members.map((member) => member.row.id).join('+'),
    members,
    ...groupLabels(members, rareEarthsName),
    x,
    y,
    controlled: members.some((member) => member.row.chinaExportControls.length > 0),
  }));
}

function controlsInfo(dataset: Dataset, rows: readonly RelianceRow[]): ControlsInfo | null {
  const control = rows.flatMap((row) => row.chinaExportControls)[0] ?? dataset.minerals.minerals.flatMap((mineral) => mineral.chinaExportControls)[0];
  if (!control) return null;
  const { file, line, edition } = control.source;
  const tableRow = dataset.minerals.exportControls.find((entry) => entry.source.file === file && entry.source.line === line);
  const through = tableRow ? /through ([A-Z][a-z]+ \d{1,2}, \d{4})/.exec(tableRow.notes)?.[1] ?? null : null;
  return { file, edition, dataThrough: through };
}

export function deriveChinaExposure(dataset: Dataset, view: View): ChinaExposureData {
  const rows = rowsInView(dataset, view).map(toExposureRow);
  const rareEarthsName = dataset.minerals.minerals.find((mineral) => mineral.group === 'rare-earths')?.name ?? null;
  const missing = MISSING_REASONS.map((reason) => ({ reason, rows: rows.filter((exposure) => missingReason(exposure) === reason) })).filter(
    (group) => group.rows.length > 0,
  );
  const sharePeriods = [
    ...new Set(rows.flatMap((exposure) => (exposure.china.kind === 'no-shares' ? [] : [exposure.china.period]))),
  ];
  const hongKongNote = rows.map((exposure) => hongKongSentence(exposure.row.importShares?.note)).find((sentence) => sentence !== null) ?? null;
  return {
    edition: editionFor(dataset, view.dataYear),
    rows,
    marks: exposureMarks(rows, rareEarthsName),
    missing,
    sharePeriods,
    hongKongNote,
    controls: controlsInfo(dataset, rows.map((exposure) => exposure.row)),
  };
}

// ---- Words, shared by the screen, the image and the tests ----

/** "2021–24", or "2020–23 and 2021–24" should editions ever mix. */
export function periodText(data: Pick<ChinaExposureData, 'sharePeriods'>): string {
  return data.sharePeriods.length === 0 ? 'no shares printed' : data.sharePeriods.join(' and ');
}

export function xAxisTitle(data: ChinaExposureData): string {
  return `Net import reliance, % of apparent consumption (data year ${data.edition.dataYear})`;
}

export function yAxisTitle(data: ChinaExposureData): string {
  return `China's share of U.S. imports, % (${periodText(data)})`;
}

/** The top-right quadrant, named on the chart. */
export const QUADRANT_NAME = 'over half imported, and China a leading source';

/** A China share's value in words: "56%", "<1% (under 1%)", "printed as “W”", or why there is none. */
export function chinaShareLabel(china: ChinaShare): string {
  switch (china.kind) {
    case 'no-shares':
      return 'no import shares printed';
    case 'china-not-listed':
      return `China not among the import shares printed (${china.period})`;
    case 'printed': {
      const { position } = china;
      if (position === null) return `printed as “${china.printed}”`;
      if (position.bound === null) return `${china.printed}%`;
      return `${china.printed}% (${position.bound === '>' ? 'over' : 'under'} ${position.value}%)`;
    }
  }
}

/** "Antimony (2024)": the items of China's export-licensing row that name the mineral, as USGS writes them. */
export function controlText(exposure: ExposureRow): string {
  return exposure.row.chinaExportControls.map((control) => control.printed).join('; ');
}

/** China's share as a phrase: "China 56% of U.S. imports, 2021–24 (Hong Kong included with China)", or why there is none. */
export function chinaShareSentence(exposure: ExposureRow): string {
  const { china } = exposure;
  if (china.kind !== 'printed') return chinaShareLabel(china);
  const hongKong = exposure.hongKongIncluded ? ' (Hong Kong included with China)' : '';
  if (china.position === null) return `China’s share of U.S. imports ${chinaShareLabel(china)}, ${china.period}${hongKong}`;
  return `China ${chinaShareLabel(china)} of U.S. imports, ${china.period}${hongKong}`;
}

/** One mineral as the list under the chart says it: NIR and China's share as printed, and any export control. */
export function exposureSentence(exposure: ExposureRow): string {
  const parts = [nirSentence(exposure.row.nir), chinaShareSentence(exposure)];
  const control = controlText(exposure);
  if (control) parts.push(`Chinese export licensing: ${control}`);
  return `${exposure.row.name}: ${parts.join('; ')}`;
}

export const MISSING_HEADINGS: Record<MissingReason, string> = {
  'no-shares': 'No import shares printed for the line',
  'china-not-listed': 'Import shares printed, China not among them',
  'share-not-placeable': 'China’s share printed in a form with no place on the axis',
  'no-nir': 'No net import reliance to place (E, W, NA or no USGS figure)',
};

/** "Under a Chinese export-licensing rule (MCS 2026, MCS2026_T4_Country_Export_Control.csv; data through November 21, 2025)". */
export function controlsText(controls: ControlsInfo | null): string {
  if (!controls) return 'Under a Chinese export-licensing rule';
  const through = controls.dataThrough ? `; data through ${controls.dataThrough}` : '';
  return `Under a Chinese export-licensing rule (${editionLabel(controls.edition)}, ${controls.file}${through})`;
}

/** How many minerals the marks draw (a group counts each of its members). */
export function drawnCount(data: Pick<ChinaExposureData, 'marks'>): number {
  return data.marks.reduce((total, mark) => total + mark.members.length, 0);
}
