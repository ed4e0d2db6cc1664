import { DetailsTable, type TablePaging } from '../details-table';
import { EmptyView } from '../empty-view';
import { useId, type ChangeEvent } from 'react';
import { ImportSourcesChart, importSourcesLegend } from '../../charts/import-sources-chart';
import { NARROW_BELOW } from '../../charts/theme';
import { editionLabel, mineralCount, sourceSentence, sourceText, viewSubtitle } from '../../state/format';
import { SOURCE_SORTS, type View } from '../../state/view';
import {
  SOURCE_SORT_LABELS,
  axisLabel,
  chartNotes,
  chinaText,
  deriveImportSources,
  importSourcesNotes,
  periodsText,
  shareFiles,
  shareLabel,
  type ImportSourcesViewData,
  type SelectedSources,
  type SourceBar,
} from '../../state/views/import-sources';
import type { Dataset } from '../../data/schema';
import { useDashboard } from '../dashboard-context';
import { EdgePager, chartPaging, rowId, useRowWindow } from '../row-window';
import { WINDOW_NOTE, WINDOW_SIZE, othersText, windowText } from '../../state/windowing';
import type { ViewBodyProps, ViewModule } from './contract';
import './import-sources.css';

const SORT_PHRASES: Record<View['sourceSort'], string> = {
  reliance: 'sorted by net import reliance',
  'china-share': 'sorted by China’s share of imports',
};

function SortControl({ sort }: { sort: View['sourceSort'] }) {
  const id = useId();
  const setSourceSort = useDashboard((state) => state.setSourceSort);
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const chosen = SOURCE_SORTS.find((candidate) => candidate === event.target.value);
    if (chosen) setSourceSort(chosen);
  };
  return (
    <div className="import-sources__sort">
      <label htmlFor={id}>Sort bars by</label>
      <select id={id} value={sort} onChange={onChange}>
        {SOURCE_SORTS.map((candidate) => (
          <option key={candidate} value={candidate}>
            {SOURCE_SORT_LABELS[candidate]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The minerals with no bar: the first 100, as a list can be read; the files hold them all. */
function WithoutShares({ data }: { data: ImportSourcesViewData }) {
  const titleId = useId();
  if (data.withoutShares.length === 0) return null;
  return (
    <section className="import-sources__without" aria-labelledby={titleId}>
      <h3 id={titleId}>No import shares printed</h3>
      <p>USGS prints no percent shares of U.S. imports for these {mineralCount(data.withoutShares.length)} in view, so they have no bar:</p>
      <ul>
        {data.withoutShares.slice(0, WINDOW_SIZE).map((entry) => (
          <li key={entry.id}>
            {entry.name}
            {entry.note !== '' && <span className="import-sources__muted"> ({entry.note})</span>}
          </li>
        ))}
      </ul>
      {data.withoutShares.length > WINDOW_SIZE && <p>{othersText(data.withoutShares.length - WINDOW_SIZE, 'the CSV and the JSON')}</p>}
    </section>
  );
}

function EditionOrder({ selected }: { selected: SelectedSources | null }) {
  const titleId = useId();
  return (
    <section className="import-order" aria-labelledby={titleId}>
      <h3 id={titleId}>Import sources by edition{selected ? `: ${selected.name}` : ''}</h3>
      {!selected ? (
        <p>
          Select a bar to list its major import sources in each edition, oldest first: click it, or focus the chart, move with the Up and
          Down arrow keys and press Enter.
        </p>
      ) : selected.editions.length === 0 ? (
        <p>USGS prints no figure for {selected.name} in any edition, so no import sources are listed.</p>
      ) : (
        <>
          <p className="import-sources__muted">Major import sources in the order USGS prints them (largest first); China in bold with ◆.</p>
          <div className="import-order__editions">
            {selected.editions.map((edition) => (
              <div key={edition.edition} className="import-order__edition">
                <h4>
                  Data year {edition.dataYear} ({editionLabel(edition.edition)}){edition.period ? `, imports ${edition.period}` : ''}
                </h4>
                {edition.sources.length > 0 ? (
                  <ol aria-label={`Major import sources, data year ${edition.dataYear}`}>
                    {edition.sources.map((country, rank) =>
                      country === 'China' ? (
                        <li key={`${rank}-${country}`} className="import-order__china">
                          <strong>China</strong>{' '}
                          <span className="import-order__marker" aria-hidden="true">
                            ◆
                          </span>
                        </li>
                      ) : (
                        <li key={`${rank}-${country}`}>{country}</li>
                      ),
                    )}
                  </ol>
                ) : (
                  <p>No major import sources printed.</p>
                )}
                {edition.source && <p className="import-sources__muted">{sourceText(edition.source)}</p>}
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

const SHARES_COLUMNS = ['Mineral', 'Import shares as printed (USGS order)', 'China', 'Period', 'Source'];

function SharesTable({ bars, paging }: { bars: readonly SourceBar[]; paging?: TablePaging }) {
  return (
    <DetailsTable
      summary={<>Table of the import shares shown</>}
      name="Import shares table"
      columns={SHARES_COLUMNS}
      rows={bars}
      paging={paging}
      renderRow={(bar) => {
        const first = bar.segments[0]?.source;
        const last = bar.segments.at(-1)?.source;
        return (
          <tr key={bar.id}>
            <th scope="row">{bar.name}</th>
            <td>
              {bar.segments.map(shareLabel).join(', ')}
              {bar.note !== '' && <span className="import-sources__muted"> ({bar.note})</span>}
            </td>
            <td>{chinaText(bar)}</td>
            <td>{bar.period}</td>
            <td>{first && last ? `${first.file}, lines ${first.line}–${last.line}` : ''}</td>
          </tr>
        );
      }}
    />
  );
}

function ImportSourcesBody({ derived, width }: ViewBodyProps<ImportSourcesViewData>) {
  const selectMineral = useDashboard((state) => state.selectMineral);
  const narrow = width < NARROW_BELOW;
  const { window, shown, setPage } = useRowWindow(derived.bars, rowId, derived.selectedId);
  const pager = (where: 'above it' | 'below it') => <EdgePager window={window} noun="bars" onPage={setPage} where={where} of="import sources chart" note={WINDOW_NOTE} />;
  return (
    <>
      <SortControl sort={derived.sort} />
      {pager('above it')}
      {derived.bars.length > 0 ? (
        <ImportSourcesChart
          bars={shown}
          scaleMax={derived.scaleMax}
          width={width}
          title={`Import shares ${periodsText(derived)}, ${SORT_PHRASES[derived.sort]}: ${derived.bars.length} bars${window.pages > 1 ? `, ${windowText(window, 'bars')}` : ''}`}
          editionLabel={editionLabel(derived.edition.edition)}
          axisLabel={axisLabel(derived, narrow)}
          selectedId={derived.selectedId}
          onSelect={selectMineral}
        />
      ) : (
        derived.mineralCount === 0 ? (
          <EmptyView />
        ) : (
          <p className="empty-state">USGS prints no import shares for any mineral in view.</p>
        )
      )}
      {pager('below it')}
      <ul className="import-sources__notes">
        {chartNotes(derived).map((note, index) => (
          <li key={`${index}-${note}`}>{note}</li>
        ))}
      </ul>
      <WithoutShares data={derived} />
      <EditionOrder selected={derived.selected} />
      <SharesTable bars={shown} paging={chartPaging(window, setPage)} />
    </>
  );
}

function sourceLine(derived: ImportSourcesViewData, dataset: Dataset): string {
  const sharesEdition = dataset.minerals.editions.find((info) => info.edition === derived.shareEditions[0]);
  const reliance = `Levels and reliance order: ${editionLabel(derived.edition.edition)} (${derived.relianceFiles.join(', ') || 'no figure in view'}).`;
  if (!sharesEdition) return sourceSentence(derived.edition, derived.relianceFiles);
  const shares = sourceSentence(sharesEdition, shareFiles(derived.bars));
  return sharesEdition.edition === derived.edition.edition ? sourceSentence(sharesEdition, [...shareFiles(derived.bars), ...derived.relianceFiles]) : `${shares} ${reliance}`;
}

export const importSourcesView: ViewModule<ImportSourcesViewData> = {
  id: 'import-sources',
  derive: deriveImportSources,
  count: (derived) => derived.mineralCount,
  text: (derived, dataset, view) => {
    const editions = derived.shareEditions.map(editionLabel).join(', ');
    return {
      title: view.scope === 'all' ? 'Where U.S. imports of mineral commodities come from' : 'Where U.S. imports of critical minerals come from',
      subtitle:
        `Import shares ${periodsText(derived)}${editions ? ` (${editions})` : ''}, as printed · ${viewSubtitle(view, derived.edition.edition)} · ` +
        `${SORT_PHRASES[derived.sort]} · ${mineralCount(derived.mineralCount)}`,
      legend: importSourcesLegend(derived.bars),
      notes: importSourcesNotes(derived),
      source: sourceLine(derived, dataset),
    };
  },
  Body: ImportSourcesBody,
  fileSlug: (view) => `us-mineral-import-sources-${view.dataYear}${view.sourceSort === 'china-share' ? '-by-china-share' : ''}`,
};
