import { EmptyView } from '../empty-view';
import { useId, useMemo, useRef, type RefObject } from 'react';
import type { LegendSwatch } from '../../charts/legend-items';
import { NARROW_BELOW } from '../../charts/theme';
import { TABLE_COLUMNS, MAX_TABLE_QUERY, type TableColumn } from '../../state/view';
import { editionLabel, mineralCount, viewSubtitle } from '../../state/format';
import {
  TABLE_COLUMN_LABELS,
  ariaSort,
  deriveTable,
  matchText,
  nextSort,
  shareNotes,
  sortText,
  tableSource,
  type TableRow,
  type TableViewData,
} from '../../state/views/table';
import { levelSwatches, tableLegend } from '../../export/views/table-svg';
import { useDashboard } from '../dashboard-context';
import { EdgePager, rowId, useRowWindow } from '../row-window';
import { TABLE_WINDOW_NOTE } from '../../state/windowing';
import { LegendSwatchIcon } from '../legend';
import type { ViewBodyProps, ViewModule } from './contract';
import './table.css';

const ARROWS = { ascending: '▲', descending: '▼', none: '↕' } as const;

/** The search box and its live count, one search landmark. */
function SearchBox({ inputRef, status }: { inputRef: RefObject<HTMLInputElement | null>; status: string }) {
  const inputId = useId();
  const query = useDashboard((state) => state.view.tableQuery);
  const setTableQuery = useDashboard((state) => state.setTableQuery);
  return (
    <div className="table-view__search" role="search" aria-label="Minerals table">
      <div className="table-view__field">
        <label htmlFor={inputId}>Search the table</label>
        <input
          ref={inputRef}
          id={inputId}
          type="search"
          value={query}
          maxLength={MAX_TABLE_QUERY}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setTableQuery(event.target.value)}
        />
      </div>
      <p className="table-view__status" role="status" aria-atomic="true">
        {status}
      </p>
    </div>
  );
}

function HeaderCell({ column, data }: { column: TableColumn; data: TableViewData }) {
  const setTableSort = useDashboard((state) => state.setTableSort);
  const sorted = ariaSort(data.sort, column);
  return (
    <th scope="col" aria-sort={sorted} className={`table-view__cell--${column}`}>
      <button type="button" className="table-view__sort" onClick={() => setTableSort(nextSort(data.sort, column))}>
        {TABLE_COLUMN_LABELS[column]}
        <span className="table-view__arrow" aria-hidden="true">
          {ARROWS[sorted ?? 'none']}
        </span>
      </button>
    </th>
  );
}

function Row({ entry, selected, swatch }: { entry: TableRow; selected: boolean; swatch: LegendSwatch | undefined }) {
  const selectMineral = useDashboard((state) => state.selectMineral);
  const { cells } = entry;
  return (
    <tr className={selected ? 'table-view__row table-view__row--selected' : 'table-view__row'} data-mineral={entry.id}>
      <th scope="row">
        <button type="button" className="table-view__name" aria-current={selected ? 'true' : undefined} onClick={() => selectMineral(entry.id)}>
          {entry.name}
        </button>
      </th>
      {TABLE_COLUMNS.filter((column) => column !== 'mineral').map((column) => (
        <td key={column} className={`table-view__cell table-view__cell--${column}`}>
          {column === 'level' && swatch && <LegendSwatchIcon swatch={swatch} />}
          {cells[column]}
        </td>
      ))}
    </tr>
  );
}

function Empty({ data, onClear }: { data: TableViewData; onClear: () => void }) {
  if (data.inView === 0) {
    return <EmptyView />;
  }
  return (
    <div className="empty-state table-view__empty">
      <p>
        No minerals match “{data.query}” among the {mineralCount(data.inView)} in view.
      </p>
      <button type="button" className="outline-button" onClick={onClear}>
        Clear the search
      </button>
    </div>
  );
}

function TableBody({ derived, width }: ViewBodyProps<TableViewData>) {
  const selectedId = useDashboard((state) => state.view.mineralId);
  const setTableQuery = useDashboard((state) => state.setTableQuery);
  const inputRef = useRef<HTMLInputElement>(null);
  const swatches = useMemo(() => levelSwatches(tableLegend(derived.rows)), [derived.rows]);
  const notes = useMemo(() => shareNotes(derived.rows), [derived.rows]);
  const { window, shown, setPage } = useRowWindow(derived.rows, rowId, selectedId);
  const pager = (where: 'above it' | 'below it') => <EdgePager window={window} noun="rows" onPage={setPage} where={where} of="table" note={TABLE_WINDOW_NOTE} />;
  const clear = () => {
    setTableQuery('');
    inputRef.current?.focus();
  };
  return (
    <div className={width < NARROW_BELOW ? 'table-view table-view--narrow' : 'table-view'}>
      <SearchBox inputRef={inputRef} status={matchText(derived)} />
      {pager('above it')}
      {derived.rows.length === 0 ? (
        <Empty data={derived} onClear={clear} />
      ) : (
        // Wider than its column (always on a phone): the table scrolls in its own box, never the page.
        <div className="table-view__scroll" role="region" aria-label="Minerals table, scrolls sideways" tabIndex={0}>
          <table aria-label="Minerals">
            <thead>
              <tr>
                {TABLE_COLUMNS.map((column) => (
                  <HeaderCell key={column} column={column} data={derived} />
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <Row key={entry.id} entry={entry} selected={entry.id === selectedId} swatch={swatches.get(entry.row.band)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pager('below it')}
      <ul className="table-view__notes">
        <li>
          Select a mineral’s name to open its details. Every header sorts the table; a second press reverses it. E, W, NA, no figure and
          empty cells stay last either way. Leading world producer sorts by its share of world production.
        </li>
        {notes.map((note, index) => (
          <li key={`${index}-${note}`}>{note}</li>
        ))}
      </ul>
    </div>
  );
}

/** Lines under the image: what its columns hold, and what the CSV adds. */
function imageNotes(data: TableViewData): string[] {
  const periods = [...new Set(data.rows.flatMap((entry) => (entry.chinaShare.kind === 'no-shares' ? [] : [entry.chinaShare.period])))];
  const shareEditions = [
    ...new Set(data.rows.flatMap((entry) => (entry.chinaShare.kind === 'printed' ? [editionLabel(entry.chinaShare.source.edition)] : []))),
  ];
  const notes: string[] = [];
  if (periods.length > 0) {
    notes.push(
      `China’s share of U.S. imports ${periods.join(', ')} as printed${shareEditions.length > 0 ? ` (${shareEditions.join(', ')})` : ''}; ` +
        '“China not listed”: USGS lists import shares without China; “no shares printed”: USGS prints none.',
    );
  }
  notes.push(...shareNotes(data.rows));
  if (data.rows.some((entry) => entry.row.chinaExportControls.length > 0)) {
    notes.push('Chinese export control: the items of China’s export-licensing row that name the mineral, as USGS writes them; long cells cut, ending in “…”.');
  }
  notes.push('The CSV and JSON hold every column of the table on screen: revised value, top import sources, leading world producer and each figure’s file and line.');
  return notes;
}

export const tableView: ViewModule<TableViewData> = {
  id: 'table',
  derive: deriveTable,
  count: (derived) => derived.rows.length,
  text: (derived, dataset, view) => ({
    title: `U.S. net import reliance on ${view.scope === 'all' ? 'mineral commodities' : 'critical minerals'}: the table`,
    subtitle: `${viewSubtitle(view, derived.edition.edition)} · ${sortText(derived.sort)} · ${matchText(derived)}`,
    legend: tableLegend(derived.rows),
    notes: imageNotes(derived),
    source: tableSource(dataset, derived),
  }),
  Body: TableBody,
  fileSlug: (view) => `us-minerals-table-${view.dataYear}`,
};
