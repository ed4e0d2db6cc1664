import type { LegendItem } from '../charts/legend-items';

/** What a view says about itself, on screen and inside every image it exports. */
export interface ViewText {
  title: string;
  subtitle: string;
  legend: LegendItem[];
  /** Lines drawn under the chart in an image: revisions, minerals not drawn and why. */
  notes: string[];
  source: string;
}

/** What makes an exported file stand on its own: what it shows, from where, when, and how to reopen it. */
export interface ExportMeta extends ViewText {
  link: string;
  /** YYYY-MM-DD, the only part of an export that changes from day to day. */
  exported: string;
}

export function isoDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function exportMeta(text: ViewText, context: { link: string; date: Date }): ExportMeta {
  return { ...text, link: context.link, exported: isoDate(context.date) };
}
