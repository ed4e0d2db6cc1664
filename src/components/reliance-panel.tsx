import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { RelianceChart } from '../charts/reliance-chart';
import { BAND_COLOURS } from '../charts/theme';
import { BANDS, BAND_LABELS } from '../state/bands';
import { editionFor, filterByLevels, scopedRows, type RelianceRow } from '../state/derive';
import { editionLabel, nirLabel } from '../state/format';
import { SCOPE_LABELS } from '../state/view';
import { useDashboard } from './dashboard-context';
import { useElementWidth } from './use-element-width';
import { RELIANCE_CHART_ID } from './section-ids';

function countText(count: number): string {
  return `${count} ${count === 1 ? 'mineral' : 'minerals'}`;
}

function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      {BANDS.map((band) => (
        <li key={band}>
          <span className="swatch" style={{ background: BAND_COLOURS[band] }} aria-hidden="true" />
          {BAND_LABELS[band]}
        </li>
      ))}
      <li>
        <span className="legend__mark" aria-hidden="true">
          ▶
        </span>
        “&gt;75”: at least the bound
      </li>
      <li>
        <span className="legend__mark legend__mark--dashed" aria-hidden="true" />
        “&lt;25”: under the bound
      </li>
    </ul>
  );
}

function sourceFiles(rows: readonly RelianceRow[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.figure ? [row.figure.nirSource.file] : [])))].sort();
}

function RelianceTable({ rows }: { rows: readonly RelianceRow[] }) {
  return (
    <details className="data-table">
      <summary>Table of the {countText(rows.length)} shown</summary>
      <div className="data-table__scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Mineral</th>
              <th scope="col">Net import reliance (as printed)</th>
              <th scope="col">Level</th>
              <th scope="col">Major import sources</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td>{nirLabel(row.nir)}</td>
                <td>{BAND_LABELS[row.band]}</td>
                <td>
                  {row.figure && row.figure.importSources.length > 0
                    ? `${row.figure.importSources.join(', ')} (${row.figure.importSourcesPeriod})`
                    : '—'}
                </td>
                <td>{row.figure ? `${row.figure.nirSource.file}, line ${row.figure.nirSource.line}` : row.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function ReliancePanel() {
  const titleId = useId();
  const { dataset, view } = useDashboard(useShallow((state) => ({ dataset: state.dataset, view: state.view })));
  const selectMineral = useDashboard((state) => state.selectMineral);
  const scoped = useMemo(
    () => scopedRows(dataset, { dataYear: view.dataYear, scope: view.scope, showLanthanides: view.showLanthanides }),
    [dataset, view.dataYear, view.scope, view.showLanthanides],
  );
  const rows = useMemo(() => filterByLevels(scoped, view.levels), [scoped, view.levels]);
  const edition = editionFor(dataset, view.dataYear);
  const [containerRef, width] = useElementWidth<HTMLDivElement>(800);
  const label = editionLabel(edition.edition);

  return (
    <figure className="panel reliance" id={RELIANCE_CHART_ID} aria-labelledby={titleId}>
      <h2 id={titleId}>Net import reliance</h2>
      <p className="reliance__subtitle">
        Data year {view.dataYear} ({label}) · {SCOPE_LABELS[view.scope]} ·{' '}
        {view.levels.length === BANDS.length ? 'all levels' : view.levels.map((band) => BAND_LABELS[band]).join(', ') || 'no level chosen'}
      </p>
      <p className="reliance__count" aria-live="polite" data-testid="shown-count">
        {countText(rows.length)} of {scoped.length} shown
      </p>
      <Legend />
      <div ref={containerRef} className="reliance__chart">
        {rows.length > 0 ? (
          <RelianceChart
            rows={rows}
            width={width}
            title={`Net import reliance, data year ${view.dataYear}: ${countText(rows.length)}`}
            editionLabel={label}
            selectedId={view.mineral}
            onSelect={selectMineral}
          />
        ) : (
          <p className="empty-state" role="status">
            No minerals match these filters. Tick a reliance level above to show its minerals.
          </p>
        )}
      </div>
      <figcaption className="source-line">
        Source: U.S. Geological Survey, Mineral Commodity Summaries {edition.edition.slice(3)}
        {edition.doi ? ` (data release doi:${edition.doi})` : ''}, {sourceFiles(rows).join(', ') || 'no file'}. Net import
        reliance = (imports − exports ± stock changes) / apparent consumption. Values as printed: “&gt;75” is a bound; E, W
        and NA are USGS’s own forms.
      </figcaption>
      <RelianceTable rows={rows} />
    </figure>
  );
}
