import { DetailsTable, type TablePaging } from '../details-table';
import { EmptyView } from '../empty-view';
import { RelianceChart } from '../../charts/reliance-chart';
import { legendItems } from '../../charts/legend-items';
import { BAND_LABELS } from '../../state/bands';
import { sourceFiles, type RelianceRow } from '../../state/derive';
import { chinaControlText, editionLabel, importSourcesText, mineralCount, nirLabel, sourceSentence, sourceText, viewSubtitle } from '../../state/format';
import { deriveReliance, revisionNote, type RelianceViewData } from '../../state/views/reliance';
import { useDashboard } from '../dashboard-context';
import { EdgePager, chartPaging, rowId, useRowWindow } from '../row-window';
import { WINDOW_NOTE, windowText } from '../../state/windowing';
import type { ViewBodyProps, ViewModule } from './contract';

/** Says which values a later edition revised, so the one shown is never mistaken for the latest. */
function Revisions({ data }: { data: RelianceViewData }) {
  const count = data.revisions.reduce((total, group) => total + group.names.length, 0);
  const source = data.rows.find((row) => row.revision)?.revision?.source;
  if (count === 0 || !source) return null;
  return (
    <details className="revisions">
      <summary>
        † Values as first published; {editionLabel(source.edition)} revised {mineralCount(count)} for {data.edition.dataYear}
      </summary>
      <ul>
        {data.revisions.map((group) => (
          <li key={`${group.from.printed}-${group.to.printed}`}>
            {group.names.join(', ')}: {nirLabel(group.from)} → {nirLabel(group.to)}
          </li>
        ))}
      </ul>
      <p>Source: {source.file} (each mineral’s line is in its details).</p>
    </details>
  );
}

const RELIANCE_COLUMNS = ['Mineral', 'Net import reliance (as printed)', 'Level', 'Major import sources', 'Chinese export control', 'Source'];

function RelianceTable({ data, rows, paging }: { data: RelianceViewData; rows: readonly RelianceRow[]; paging?: TablePaging }) {
  return (
    <DetailsTable
      summary={<>Table of the {mineralCount(data.rows.length)} shown</>}
      name="Reliance table"
      columns={RELIANCE_COLUMNS}
      rows={rows}
      paging={paging}
      renderRow={(row) => (
        <tr key={row.id}>
          <th scope="row">{row.name}</th>
          <td>{nirLabel(row.nir)}</td>
          <td>{BAND_LABELS[row.band]}</td>
          <td>{importSourcesText(row.figure)}</td>
          <td>{chinaControlText(row) || '—'}</td>
          <td>{row.figure ? sourceText(row.figure.nirSource) : row.note}</td>
        </tr>
      )}
    />
  );
}

function RelianceBody({ derived, width }: ViewBodyProps<RelianceViewData>) {
  const selectedId = useDashboard((state) => state.view.mineralId);
  const selectMineral = useDashboard((state) => state.selectMineral);
  const { window, shown, setPage } = useRowWindow(derived.rows, rowId, selectedId);
  const pager = (where: 'above it' | 'below it') => <EdgePager window={window} noun="bars" onPage={setPage} where={where} of="reliance chart" note={WINDOW_NOTE} />;
  return (
    <>
      {pager('above it')}
      {derived.rows.length > 0 ? (
        <RelianceChart
          rows={shown}
          width={width}
          title={`Net import reliance, data year ${derived.edition.dataYear}: ${mineralCount(derived.rows.length)}${window.pages > 1 ? `, ${windowText(window, 'bars')}` : ''}`}
          editionLabel={editionLabel(derived.edition.edition)}
          selectedId={selectedId}
          onSelect={selectMineral}
        />
      ) : (
        <EmptyView />
      )}
      {pager('below it')}
      <Revisions data={derived} />
      <RelianceTable data={derived} rows={shown} paging={chartPaging(window, setPage)} />
    </>
  );
}

export const relianceView: ViewModule<RelianceViewData> = {
  id: 'reliance',
  derive: deriveReliance,
  count: (derived) => derived.rows.length,
  text: (derived, _dataset, view) => {
    const note = revisionNote(derived.rows);
    return {
      title: view.scope === 'all' ? 'U.S. net import reliance on mineral commodities' : 'U.S. net import reliance on critical minerals',
      subtitle: `${viewSubtitle(view, derived.edition.edition)} · ${mineralCount(derived.rows.length)}`,
      legend: legendItems(derived.rows),
      notes: note ? [note] : [],
      source: sourceSentence(derived.edition, sourceFiles(derived.rows)),
    };
  },
  Body: RelianceBody,
  fileSlug: (view) => `us-net-import-reliance-${view.dataYear}`,
};
