import type {
  ChinaExportControl,
  CriticalList,
  DataYear,
  Dataset,
  Edition,
  EndUse,
  ImportShares,
  Mineral,
  OtherExportControl,
  WorldProduction,
} from '../data/schema';
import { findMineral } from './derive';
import { sharePercentText } from './format';
import { overTimeMineral, type OverTimeYear } from './views/over-time';

/** One year of the mineral's net import reliance: as an edition first published it and as the latest series revised it. */
export interface NirYearRow extends OverTimeYear {
  /** The commodity line as the first-publishing edition printed it ("GALLIUM, metal"); null without a figure. */
  usgsName: string | null;
  /** The data year the dashboard shows. */
  inView: boolean;
}

/** Another country's control that names the mineral, with the year printed after the words that name it. */
export interface OtherControlRow extends OtherExportControl {
  /** The first "(2020)" after the matched words in the cell, as printed; null where the cell gives none after them. */
  year: string | null;
}

export interface MineralPageData {
  mineral: Mineral;
  /** Every year with a first-published figure or a revised value, oldest first. */
  nirYears: NirYearRow[];
  /** The edition of the revised series (its points' source.edition); null where the mineral has no series. */
  revisedEdition: Edition | null;
  /** "China: 71% of U.S. imports, 2021–24", "China not among the import shares printed", or null where none are printed. */
  chinaShare: string | null;
  /** Each edition's leading producer, latest first. */
  worldProduction: WorldProduction[];
  chinaControls: ChinaExportControl[];
  otherControls: OtherControlRow[];
  /** Each edition's end uses, latest first. */
  endUses: EndUse[];
  /** The critical-mineral lists the mineral is on, named as the dataset names them ("2022 list" where it names none). */
  lists: Array<Pick<CriticalList, 'id' | 'name'>>;
}

/** China's share of U.S. imports as printed, or that China is not among the shares; null where USGS prints no shares. */
export function chinaShareText(importShares: ImportShares | null): string | null {
  if (!importShares) return null;
  const china = importShares.shares.find((share) => share.country === 'China');
  return china ? `China: ${sharePercentText(china.percentPrinted)} of U.S. imports, ${importShares.period}` : 'China not among the import shares printed';
}

/** The year USGS prints for the item that names the mineral: the first "(YYYY)" after the matched words. */
export function controlYear(printed: string, matched: string): string | null {
  const at = printed.toLowerCase().indexOf(matched.toLowerCase());
  if (at < 0) return null;
  return /\((\d{4})\)/.exec(printed.slice(at + matched.length))?.[1] ?? null;
}

/** Latest edition first, by the dataset's editions table (an edition it does not list sorts last). */
function latestFirst<T extends { edition: Edition }>(dataset: Dataset, items: readonly T[]): T[] {
  const dataYearOf = new Map(dataset.minerals.editions.map((info) => [info.edition, info.dataYear]));
  const rank = (edition: Edition) => dataYearOf.get(edition) ?? -Infinity;
  return [...items].sort((a, b) => rank(b.edition) - rank(a.edition) || b.edition.localeCompare(a.edition));
}

/** Everything the mineral page shows for the selected mineral; null when none is selected or the id is unknown. */
export function mineralPage(dataset: Dataset, mineralId: string | null, dataYear: DataYear): MineralPageData | null {
  const mineral = findMineral(dataset, mineralId);
  if (!mineral) return null;
  const nirYears = overTimeMineral(mineral).years.map((entry) => ({
    ...entry,
    usgsName: mineral.figures.find((figure) => figure.dataYear === entry.year)?.usgsName ?? null,
    inView: entry.year === dataYear,
  }));
  return {
    mineral,
    nirYears,
    revisedEdition: mineral.nirSeries.at(-1)?.source.edition ?? null,
    chinaShare: chinaShareText(mineral.importShares),
    worldProduction: latestFirst(dataset, mineral.worldProduction),
    chinaControls: mineral.chinaExportControls,
    otherControls: mineral.otherExportControls.map((control) => ({ ...control, year: controlYear(control.printed, control.matched) })),
    endUses: latestFirst(dataset, mineral.endUses),
    lists: mineral.criticalLists.map((id) => ({ id, name: dataset.minerals.lists.find((list) => list.id === id)?.name ?? `${id} list` })),
  };
}

/** "On the 2022 Final List of Critical Minerals and the 2025 …", or that it is on neither. */
export function listsText(lists: ReadonlyArray<Pick<CriticalList, 'name'>>): string {
  if (lists.length === 0) return 'Not on a critical-minerals list.';
  const names = lists.map((list) => list.name);
  const joined = names.length > 1 ? `${names.slice(0, -1).join(', ')} and the ${names.at(-1)}` : names[0];
  return `On the ${joined}.`;
}
