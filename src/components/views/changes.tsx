import { DetailsTable, type TablePaging } from '../details-table';
import { EmptyView } from '../empty-view';
import { useId, useMemo } from 'react';
import { ChangesChart } from '../../charts/changes-chart';
import { changesLegend } from '../../charts/changes-marks';
import { BAND_LABELS } from '../../state/bands';
import { dataYears, sourceFiles } from '../../state/derive';
import { filtersText, mineralCount, nirLabel, sourceSentence, sourceText } from '../../state/format';
import {
  crossingSentence,
  deriveChanges,
  orderNote,
  selectionNotes,
  yearLabel,
  type ChangeRow,
  type ChangesViewData,
} from '../../state/views/changes';
import type { DataYear } from '../../data/schema';
import { useDashboard } from '../dashboard-context';
import { EdgePager, chartPaging, rowId, useRowWindow } from '../row-window';
import { WINDOW_NOTE, windowText } from '../../state/windowing';
import type { ViewBodyProps, ViewModule } from './contract';
import './changes.css';

function YearSelect({ label, value, onChange }: { label: string; value: DataYear; onChange: (year: DataYear) => void }) {
  const id = useId();
  const editions = useDashboard((state) => state.dataset.minerals.editions);
  const sorted = useMemo(() => [...editions].sort((a, b) => a.dataYear - b.dataYear), [editions]);
  return (
    <div className="control">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={String(value)} onChange={(event) => onChange(Number(event.target.value))}>
        {sorted.map((edition) => (
          <option key={edition.edition} value={edition.dataYear}>
            {yearLabel(edition)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The two selects; a year equal to its default (the earliest, the latest) is stored as null so the link stays short. */
function YearControls({ data }: { data: ChangesViewData }) {
  const dataset = useDashboard((state) => state.dataset);
  const setChangeYears = useDashboard((state) => state.setChangeYears);
  const years = useMemo(() => dataYears(dataset), [dataset]);
  const orNull = (year: DataYear, fallback: DataYear | undefined) => (year === fallback ? null : year);
  return (
    <div className="changes__controls">
      <YearSelect label="From data year" value={data.from.dataYear} onChange={(year) => setChangeYears({ fromYear: orNull(year, years[0]) })} />
      <YearSelect label="To data year" value={data.to.dataYear} onChange={(year) => setChangeYears({ toYear: orNull(year, years.at(-1)) })} />
    </div>
  );
}

function sourceCell(end: ChangeRow['from']): string {
  return end.figure ? sourceText(end.figure.nirSource) : end.note || 'no USGS figure';
}

function ChangesTable({ data, rows, paging }: { data: ChangesViewData; rows: readonly ChangeRow[]; paging?: TablePaging }) {
  return (
    <DetailsTable
      summary={<>Table of the {mineralCount(data.rows.length)} shown</>}
      name="Changes table"
      columns={['Mineral', `${yearLabel(data.from)} (as printed)`, `${yearLabel(data.to)} (as printed)`, 'Change', 'Level', 'Sources']}
      rows={rows}
      paging={paging}
      renderRow={(row) => (
        <tr key={row.id}>
          <th scope="row">{row.name}</th>
          <td>{nirLabel(row.from.nir)}</td>
          <td>{nirLabel(row.to.nir)}</td>
          <td>{row.words}</td>
          <td>
            {BAND_LABELS[row.from.band]} → {BAND_LABELS[row.to.band]}
          </td>
          <td>
            {sourceCell(row.from)}; {sourceCell(row.to)}
          </td>
        </tr>
      )}
    />
  );
}

function ChangesBody({ derived, width }: ViewBodyProps<ChangesViewData>) {
  const selectedId = useDashboard((state) => state.view.mineralId);
  const chinaFilters = useDashboard((state) => state.view.chinaFilters);
  const selectMineral = useDashboard((state) => state.selectMineral);
  const order = orderNote(derived);
  const { window, shown, setPage } = useRowWindow(derived.rows, rowId, selectedId);
  const pager = (where: 'above it' | 'below it') => <EdgePager window={window} noun="minerals" onPage={setPage} where={where} of="changes chart" note={WINDOW_NOTE} />;
  return (
    <>
      <YearControls data={derived} />
      {order && (
        <p className="changes__order" role="note">
          {order}
        </p>
      )}
      <ul className="changes__crossings" aria-label={`Which minerals entered or left a level, ${derived.from.dataYear} to ${derived.to.dataYear}`}>
        {derived.crossings.map((crossing) => (
          <li key={crossing.label}>{crossingSentence(crossing, derived)}</li>
        ))}
      </ul>
      {pager('above it')}
      {derived.rows.length > 0 ? (
        <ChangesChart
          rows={shown}
          width={width}
          title={`Change in net import reliance from ${derived.from.dataYear} to ${derived.to.dataYear}: ${mineralCount(derived.rows.length)}${window.pages > 1 ? `, ${windowText(window, 'minerals')}` : ''}`}
          fromLabel={yearLabel(derived.from)}
          toLabel={yearLabel(derived.to)}
          selectedId={selectedId}
          onSelect={selectMineral}
        />
      ) : (
        <EmptyView />
      )}
      {pager('below it')}
      {selectionNotes(derived, { chinaFilters }).map((note, index) => (
        <p key={`${index}-${note}`} className="changes__note">
          {note}
        </p>
      ))}
      <ChangesTable data={derived} rows={shown} paging={chartPaging(window, setPage)} />
    </>
  );
}

/** The source of each edition shown: one sentence when both ends are the same year. */
function changesSource(data: ChangesViewData): string {
  const fromSentence = sourceSentence(data.from, sourceFiles(data.rows.map((row) => row.from)));
  if (data.order === 'same') return fromSentence;
  return `${fromSentence} ${sourceSentence(data.to, sourceFiles(data.rows.map((row) => row.to)))}`;
}

export const changesView: ViewModule<ChangesViewData> = {
  id: 'changes',
  derive: deriveChanges,
  count: (derived) => derived.rows.length,
  text: (derived, _dataset, view) => {
    const order = orderNote(derived);
    return {
      title: `Change in U.S. net import reliance on ${view.scope === 'all' ? 'mineral commodities' : 'critical minerals'}, ${derived.from.dataYear} to ${derived.to.dataYear}`,
      subtitle: `From data year ${yearLabel(derived.from)} to ${yearLabel(derived.to)} · ${filtersText(view)} · ${mineralCount(derived.rows.length)}`,
      legend: changesLegend(derived),
      notes: [
        ...(order ? [order] : []),
        ...derived.crossings.map((crossing) => `${crossingSentence(crossing, derived)}.`),
        ...selectionNotes(derived, view),
      ],
      source: changesSource(derived),
    };
  },
  Body: ChangesBody,
  fileSlug: (view) => `us-net-import-reliance-change-${view.fromYear ?? 'earliest'}-to-${view.toYear ?? 'latest'}`,
};
