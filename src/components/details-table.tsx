import type { ReactNode } from 'react';
import type { RowWindow } from '../state/windowing';
import { LazyDetails } from './lazy-details';
import { Pager } from './row-window';
import { TableScroll } from './table-scroll';

/** The page of rows a details table shows when there are more than one window of them, and how to move it. */
export interface TablePaging {
  window: RowWindow;
  onPage: (page: number) => void;
  /** Said beside its pager: whose page this is and where every row is. */
  note: string;
  /** Announce a page change here: only when no pager above the chart already does for the same window. */
  live: boolean;
}

interface DetailsTableProps<Row> {
  summary: ReactNode;
  /** e.g. "China exposure table": names the scroll region ("…, scrolls sideways") and the pager ("… pages"). */
  name: string;
  columns: readonly ReactNode[];
  /** The rows drawn: the whole list, or one page of it (`paging`). */
  rows: readonly Row[];
  renderRow: (row: Row) => ReactNode;
  paging?: TablePaging;
}

/**
 * The table under a view's chart: closed, it draws nothing; open, it draws at most one window of rows (the chart's
 * page, or its own), with a pager, so 100× the data opens as quickly as today's.
 */
export function DetailsTable<Row>({ summary, name, columns, rows, renderRow, paging }: DetailsTableProps<Row>) {
  return (
    <LazyDetails className="data-table" summary={summary}>
      {() => (
        <>
          {paging && <Pager window={paging.window} noun="rows" note={paging.note} live={paging.live} onPage={paging.onPage} label={`${name} pages`} />}
          <TableScroll label={`${name}, scrolls sideways`}>
            <table>
              <thead>
                <tr>
                  {columns.map((column, index) => (
                    <th key={index} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>{rows.map(renderRow)}</tbody>
            </table>
          </TableScroll>
        </>
      )}
    </LazyDetails>
  );
}
