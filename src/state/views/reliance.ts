import { editionFor, revisionGroups, rowsInView, type RelianceRow, type RevisionGroup } from '../derive';
import { editionLabel, nirLabel } from '../format';
import type { View } from '../view';
import type { Dataset, EditionInfo } from '../../data/schema';

/** The reliance view: one bar per mineral in view, for the data year. */
export interface RelianceViewData {
  rows: RelianceRow[];
  edition: EditionInfo;
  revisions: RevisionGroup[];
}

export function deriveReliance(dataset: Dataset, view: View): RelianceViewData {
  const rows = rowsInView(dataset, view);
  return {
    rows,
    edition: editionFor(dataset, view.dataYear),
    revisions: revisionGroups(rows),
  };
}

/** "† Shown as first published; MCS 2026 (MCS2026_Commodities_Data.csv) revised Rare earths: 80% → 53%; …", or null. */
export function revisionNote(rows: readonly RelianceRow[]): string | null {
  const groups = revisionGroups(rows);
  const source = rows.find((row) => row.revision)?.revision?.source;
  if (groups.length === 0 || !source) return null;
  const changes = groups.map((group) => `${group.names.join(', ')}: ${nirLabel(group.from)} → ${nirLabel(group.to)}`);
  return `† Shown as first published; ${editionLabel(source.edition)} (${source.file}) revised ${changes.join('; ')}.`;
}
