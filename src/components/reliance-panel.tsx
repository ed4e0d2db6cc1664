import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { RelianceChart } from '../charts/reliance-chart';
import { legendItems, type LegendSwatch } from '../charts/legend-items';
import { DASH } from '../charts/theme';
import { BAND_LABELS } from '../state/bands';
import { editionFor, filterByLevels, revisionGroups, sourceFiles, type RelianceRow } from '../state/derive';
import { editionLabel, importSourcesText, nirLabel, sourceSentence, sourceText, viewSubtitle } from '../state/format';
import { useDashboard } from './dashboard-context';
import { ExportToolbar } from './export-toolbar';
import { RELIANCE_CHART_ID } from './section-ids';
import { useElementWidth } from './use-element-width';
import { useScopedRows } from './use-scoped-rows';

function countText(count: number): string {
  return `${count} ${count === 1 ? 'mineral' : 'minerals'}`;
}

function LegendSwatchIcon({ swatch }: { swatch: LegendSwatch }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className="legend__swatch">
      {swatch.kind === 'square' && <rect x="0.5" y="0.5" width="13" height="13" fill={swatch.fill} stroke="#333" strokeWidth="0.75" />}
      {swatch.kind === 'ring' && <circle cx="7" cy="7" r="4.5" fill="#fff" stroke={swatch.stroke} strokeWidth="2" />}
      {swatch.kind === 'arrow' && <polygon points="1,1 12,7 1,13" fill={swatch.fill} />}
      {swatch.kind === 'dagger' && (
        <text x="7" y="12" textAnchor="middle" fontSize="13" fill="#1b1b1b">
          †
        </text>
      )}
      {swatch.kind === 'dashed' && (
        <rect x="0.5" y="0.5" width="13" height="13" fill={swatch.fill} fillOpacity={0.3} stroke="#333" strokeDasharray={DASH} />
      )}
    </svg>
  );
}

function Legend({ rows }: { rows: readonly RelianceRow[] }) {
  const items = legendItems(rows);
  if (items.length === 0) return null;
  return (
    <ul className="legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.key}>
          <LegendSwatchIcon swatch={item.swatch} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** Says which values a later edition revised, so the one shown is never mistaken for the latest. */
function Revisions({ rows, dataYear }: { rows: readonly RelianceRow[]; dataYear: number }) {
  const groups = revisionGroups(rows);
  const count = groups.reduce((total, group) => total + group.names.length, 0);
  if (count === 0) return null;
  return (
    <details className="revisions">
      <summary>
        † Values as first published; MCS 2026 revised {countText(count)} for {dataYear}
      </summary>
      <ul>
        {groups.map((group) => (
          <li key={`${group.from.printed}-${group.to.printed}`}>
            {group.names.join(', ')}: {nirLabel(group.from)} → {nirLabel(group.to)}
          </li>
        ))}
      </ul>
      <p>Source: MCS2026_Commodities_Data.csv (each mineral’s line is in its details).</p>
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
      <Legend rows={rows} />
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
      <figcaption className="source-line">{sourceSentence(edition, sourceFiles(rows))}</figcaption>
      <Revisions rows={rows} dataYear={view.dataYear} />
      <RelianceTable rows={rows} />
    </figure>
  );
}
