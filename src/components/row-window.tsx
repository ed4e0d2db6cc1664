import { useState } from 'react';
import { WINDOW_SIZE, pageOf, rowWindow, windowText, type RowWindow } from '../state/windowing';

/**
 * A window of `rows` (WINDOW_SIZE at a time) and the pager that moves it. Back to the first page when the rows
 * change (a filter, a sort); to the page of the selected mineral when one is chosen elsewhere.
 */
export function useRowWindow<Row>(rows: readonly Row[], idOf: (row: Row) => string, selectedId: string | null) {
  const [page, setPage] = useState(0);
  const [shownRows, setShownRows] = useState(rows);
  if (shownRows !== rows) {
    // Set during render (React's pattern for state that follows a prop): no frame shows a stale page. The same
    // list again (a selection re-derives it) keeps its page; another list starts at the top.
    const same = shownRows.length === rows.length && rows.every((row, index) => idOf(row) === idOf(shownRows[index]!));
    setShownRows(rows);
    if (!same) setPage(0);
  }
  const [followed, setFollowed] = useState(selectedId);
  if (followed !== selectedId) {
    setFollowed(selectedId);
    const index = selectedId === null ? -1 : rows.findIndex((row) => idOf(row) === selectedId);
    if (index >= 0) setPage(pageOf(index));
  }
  const window = rowWindow(rows.length, page);
  return { window, shown: rows.length <= WINDOW_SIZE ? rows : rows.slice(window.start, window.end), setPage };
}

interface PagerProps {
  window: RowWindow;
  /** What a row is, capitalised: "Bars", "Rows", "Minerals". */
  noun: string;
  /** What the files hold, said once: "The CSV, JSON and SVG hold all of them." */
  note: string;
  onPage: (page: number) => void;
  label: string;
}

/** "Bars 1–100 of 9,106 · Previous · Next"; nothing when every row fits one window. */
export function Pager({ window, noun, note, onPage, label }: PagerProps) {
  if (window.pages <= 1) return null;
  const go = (page: number) => onPage(page);
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="outline-button" onClick={() => go(window.page - 1)} disabled={window.page === 0}>
        Previous {WINDOW_SIZE}
      </button>
      <p className="pager__status" aria-live="polite">
        {windowText(window, noun)} <span className="pager__note">{note}</span>
      </p>
      <button type="button" className="outline-button" onClick={() => go(window.page + 1)} disabled={window.page >= window.pages - 1}>
        Next {WINDOW_SIZE}
      </button>
    </nav>
  );
}
