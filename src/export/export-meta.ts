import { editionFor, sourceFiles, type RelianceRow } from '../state/derive';
import { sourceSentence, viewSubtitle } from '../state/format';
import type { View } from '../state/view';
import type { Dataset } from '../data/schema';

/** What makes an exported file stand on its own: what it shows, from where, when, and how to reopen it. */
export interface ExportMeta {
  title: string;
  subtitle: string;
  source: string;
  link: string;
  /** YYYY-MM-DD, the only part of an export that changes from day to day. */
  exported: string;
}

export function isoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function exportMeta(dataset: Dataset, view: View, rows: readonly RelianceRow[], context: { link: string; date: Date }): ExportMeta {
  const edition = editionFor(dataset, view.dataYear);
  const count = `${rows.length} ${rows.length === 1 ? 'mineral' : 'minerals'}`;
  return {
    title: view.scope === 'all' ? 'U.S. net import reliance on mineral commodities' : 'U.S. net import reliance on critical minerals',
    subtitle: `${viewSubtitle(view, edition.edition)} · ${count}`,
    source: sourceSentence(edition, sourceFiles(rows)),
    link: context.link,
    exported: isoDate(context.date),
  };
}
