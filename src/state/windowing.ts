/**
 * Long charts and tables show their rows a window at a time: with 100× the minerals a page stays as quick as with
 * the 92 of today's data (which fit one window, so nothing changes for them). Pure: the components keep the page.
 */
import { countText, mineralCount } from './format';

/** The most rows a chart or the table draws at once. Today's data has at most 92 rows in any view. */
export const WINDOW_SIZE = 100;

export interface RowWindow {
  /** 0-based index of the first row shown. */
  start: number;
  /** One past the last row shown. */
  end: number;
  total: number;
  /** 0-based page number and the number of pages. */
  page: number;
  pages: number;
}

/** Page `page` of `total` rows, clamped to the pages there are (a filter may have removed the page asked for). */
export function rowWindow(total: number, page: number, size = WINDOW_SIZE): RowWindow {
  const pages = Math.max(1, Math.ceil(total / size));
  const clamped = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const start = clamped * size;
  return { start, end: Math.min(total, start + size), total, page: clamped, pages };
}

/** Said beside the pager: the window is the screen's, never the files'. */
export const WINDOW_NOTE = 'The chart and its table draw 100 at a time, in order; the CSV, JSON and image hold them all.';
/** Said beside a details table's pager: it moves the chart's page too. */
export const CHART_PAGE_NOTE = 'The same page as the chart; the CSV, JSON and image hold them all.';
/** Said beside the pager of a details table whose chart draws every row (a scatter). */
export const DETAILS_WINDOW_NOTE = 'The table draws 100 rows at a time, in its order; the CSV, JSON and image hold them all.';
export const TABLE_WINDOW_NOTE = 'The table shows 100 rows at a time, in its order; the CSV, JSON and image hold them all.';

/**
 * Ends a list cut to its first WINDOW_SIZE entries: "The other 2,345 minerals are in the table below, the CSV and the
 * JSON." `hidden` is how many were left out (at least one); `where` says where they all are.
 */
export function othersText(hidden: number, where: string): string {
  return hidden === 1 ? `The other mineral is in ${where}.` : `The other ${mineralCount(hidden)} are in ${where}.`;
}

/** The page that holds row `index`; `none` (page 0 unless said) when the index is −1 (not in the list). */
export function pageOf(index: number, size = WINDOW_SIZE, none = 0): number {
  return index < 0 ? none : Math.floor(index / size);
}

/** "Rows 101–200 of 9,106" — what the pager says; en-US digits as everywhere on the page. */
export function windowText(window: RowWindow, noun: string): string {
  return `${noun} ${countText(window.start + 1)}–${countText(window.end)} of ${countText(window.total)}`;
}
