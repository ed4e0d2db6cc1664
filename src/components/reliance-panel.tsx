import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { RelianceChart } from '../charts/reliance-chart';
import { BAND_COLOURS, DASH } from '../charts/theme';
import { BANDS, BAND_LABELS } from '../state/bands';
import { editionFor, filterByLevels, sourceFiles, type RelianceRow } from '../state/derive';
import { editionLabel, importSourcesText, nirLabel, sourceText, viewSubtitle } from '../state/format';
import { useDashboard } from './dashboard-context';
import { ExportToolbar } from './export-toolbar';
import { RELIANCE_CHART_ID } from './section-ids';
import { useElementWidth } from './use-element-width';
import { useScopedRows } from './use-scoped-rows';

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
        <svg width="12" height="12" aria-hidden="true">
          <polygon points="0,0 10,6 0,12" fill={BAND_COLOURS['75-99']} />
        </svg>
        “&gt;75”: at least the bound
      </li>
      <li>
        <svg width="14" height="12" aria-hidden="true">
          <rect x="0.5" y="0.5" width="13" height="11" fill={BAND_COLOURS['under-25']} fillOpacity={0.3} stroke="#333" strokeDasharray={DASH} />
        </svg>
        “&lt;25”: under the bound
      </li>
    </ul>
  );
}

/** Says which values a later edition revised, so the one shown is never mistaken for the latest. */
function Revisions({ rows, dataYear }: { rows: readonly RelianceRow[]; dataYear: number }) {
  const revised = rows.filter((row) => row.revision !== null);
  if (revised.length === 0) return null;
  return (
    <details className="revisions">
      <summary>
        Values as first published; MCS 2026 revised {countText(revised.length)} for {dataYear}
      </summary>
      <ul>
        {revised.map((row) => (
          <li key={row.id}>
            {row.name}: {nirLabel(row.nir)} → {row.revision ? `${nirLabel(row.revision.nir)} (${sourceText(row.revision.source)})` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
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
                <td>{importSourcesText(row.figure)}</td>
                <td>{row.figure ? sourceText(row.figure.nirSource) : row.note}</td>
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
  const scoped = useScopedRows();
  const rows = useMemo(() => filterByLevels(scoped, view.levels), [scoped, view.levels]);
  const edition = editionFor(dataset, view.dataYear);
  const [containerRef, width] = useElementWidth<HTMLDivElement>(800);
  const label = editionLabel(edition.edition);

  return (
    <figure className="panel reliance" id={RELIANCE_CHART_ID} aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>
        Net import reliance
      </h2>
      <p className="reliance__subtitle">{viewSubtitle(view, edition.edition)}</p>
      <p className="reliance__count" aria-live="polite" data-testid="shown-count">
        {countText(rows.length)} of {scoped.length} shown
      </p>
      <ExportToolbar rows={rows} />
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
          <p className="empty-state">No minerals match these filters. Tick a reliance level to show its minerals.</p>
        )}
      </div>
      <figcaption className="source-line">
        Source: U.S. Geological Survey, {edition.title}
        {edition.doi ? ` (data release doi:${edition.doi})` : ''}, {sourceFiles(rows).join(', ') || 'no file'}. Net import reliance =
        (imports − exports ± stock changes) / apparent consumption. Values as printed: “&gt;75” is a bound; E, W and NA are USGS’s own
        forms.
      </figcaption>
      <Revisions rows={rows} dataYear={view.dataYear} />
      <RelianceTable rows={rows} />
    </figure>
  );
}
