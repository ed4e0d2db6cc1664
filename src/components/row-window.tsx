import { useState } from 'react';
import { CHART_PAGE_NOTE, WINDOW_SIZE, pageOf, rowWindow, windowText, type RowWindow } from '../state/windowing';
import type { TablePaging } from './details-table';

/**
 * A window of `rows` (WINDOW_SIZE at a time) and the pager that moves it. It opens on the page of the selected
 * mineral (a shared link, a tab switch); a new list (a filter, a sort, a search) goes to the selected mineral's page
 * if the list still holds it, else to the top; the same list again (a selection re-derives it) keeps its page; a
 * mineral chosen elsewhere (the finder, a timeline event) brings its page.
 */
export function useRowWindow<Row>(rows: readonly Row[], idOf: (row: Row) => string, selectedId: string | null) {
  const pageOfSelected = (list: readonly Row[], id: string | null) => (id === null ? -1 : pageOf(list.findIndex((row) => idOf(row) === id), WINDOW_SIZE, -1));
  const [page, setPage] = useState(() => Math.max(0, pageOfSelected(rows, selectedId)));
  const [shownRows, setShownRows] = useState(rows);
  const [followed, setFollowed] = useState(selectedId);
  if (shownRows !== rows || followed !== selectedId) {
    // Set during render (React's pattern for state that follows a prop): no frame shows a stale page.
    const same = shownRows.length === rows.length && rows.every((row, index) => idOf(row) === idOf(shownRows[index]!));
    const selectedPage = pageOfSelected(rows, selectedId);
    if (followed !== selectedId && selectedPage >= 0) setPage(selectedPage);
    else if (!same) setPage(Math.max(0, selectedPage));
    setShownRows(rows);
    setFollowed(selectedId);
  }
  const window = rowWindow(rows.length, page);
  return { window, shown: rows.length <= WINDOW_SIZE ? rows : rows.slice(window.start, window.end), setPage };
}

interface PagerProps {
  window: RowWindow;
  /** What a row is, in lower case and plural: "bars", "rows", "minerals". */
  noun: string;
  /** Said beside the status: what the window is and where every row is (the pager above a chart, a table's pager). */
  note?: string;
  /** Announce the page when it changes: one pager per window does (the one above a chart, or a table's own), the
   * others stay quiet, so nothing is read twice. */
  live?: boolean;
  onPage: (page: number) => void;
  label: string;
}

/**
 * "Previous 100 bars · Bars 1–100 of 9,106 · Next 100 bars"; nothing when every row fits one window. The buttons stay
 * focusable at either end (aria-disabled), so the keyboard focus is not dropped on the page's body.
 */
export function Pager({ window, noun, note, live = false, onPage, label }: PagerProps) {
  if (window.pages <= 1) return null;
  const first = window.page === 0;
  const last = window.page >= window.pages - 1;
  const nextCount = Math.min(WINDOW_SIZE, window.total - window.end);
  const capitalised = noun.charAt(0).toUpperCase() + noun.slice(1);
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="outline-button" aria-disabled={first} onClick={() => !first && onPage(window.page - 1)}>
        Previous {WINDOW_SIZE} {noun}
      </button>
      <p className="pager__status">
        <span aria-live={live ? 'polite' : undefined}>{windowText(window, capitalised)}</span>
        {note && <span className="pager__note"> {note}</span>}
      </p>
      <button type="button" className="outline-button" aria-disabled={last} onClick={() => !last && onPage(window.page + 1)}>
        Next {last ? WINDOW_SIZE : nextCount} {noun}
      </button>
    </nav>
  );
}

/** A list's own id: what useRowWindow follows in every view whose rows carry one. */
export const rowId = (row: { id: string }) => row.id;

interface EdgePagerProps {
  window: RowWindow;
  noun: string;
  onPage: (page: number) => void;
  where: 'above it' | 'below it';
  /** What it pages, in a sentence: "reliance chart", "table". */
  of: string;
  /** Said beside the pager above: where every row is. */
  note: string;
}

/**
 * One of the two pagers of a windowed chart or table: the one above is announced and says `note`; the one below
 * stays quiet, so a page change is read once.
 */
export function EdgePager({ window, noun, onPage, where, of, note }: EdgePagerProps) {
  const above = where === 'above it';
  return <Pager window={window} noun={noun} note={above ? note : undefined} live={above} onPage={onPage} label={`Pages of the ${of}, ${where}`} />;
}

/** A details table that shows the chart's page (nothing, when every row fits one window): its pager moves both. */
export function chartPaging(window: RowWindow, onPage: (page: number) => void): TablePaging | undefined {
  return window.pages > 1 ? { window, onPage, note: CHART_PAGE_NOTE, live: false } : undefined;
}
