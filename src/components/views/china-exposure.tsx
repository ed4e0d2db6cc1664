import { DetailsTable } from '../details-table';
import { EmptyView } from '../empty-view';
import { ChinaExposureChart, exposureLegend } from '../../charts/china-exposure-chart';
import { editionLabel, mineralCount, nirLabel, sourceSentence, sourceText, viewSubtitle } from '../../state/format';
import { latestEdition } from '../../state/derive';
import {
  MISSING_HEADINGS,
  QUADRANT_NAME,
  chinaShareLabel,
  controlText,
  deriveChinaExposure,
  drawnCount,
  exposureSentence,
  periodText,
  xAxisTitle,
  yAxisTitle,
  type ChinaExposureData,
  type ExposureRow,
} from '../../state/views/china-exposure';
import type { Dataset, EditionInfo } from '../../data/schema';
import { useDashboard } from '../dashboard-context';
import { useRowWindow } from '../row-window';
import { DETAILS_WINDOW_NOTE, WINDOW_SIZE, othersText } from '../../state/windowing';
import type { ViewBodyProps, ViewModule } from './contract';
import './china-exposure.css';

function chartTitle(data: ChinaExposureData): string {
  return `China's share of U.S. imports (${periodText(data)}) against net import reliance (data year ${data.edition.dataYear}): ${data.marks.length} ${data.marks.length === 1 ? 'point' : 'points'} for ${mineralCount(drawnCount(data))}`;
}

function chartDesc(data: ChinaExposureData): string {
  const notDrawn = data.rows.length - drawnCount(data);
  const grouped = data.marks.filter((mark) => mark.members.length > 1).map((mark) => `${mark.label} share one point`);
  return [
    `x: ${xAxisTitle(data)}, ${editionLabel(data.edition.edition)}. y: ${yAxisTitle(data)}. Both as USGS prints them.`,
    `${data.marks.length} ${data.marks.length === 1 ? 'point' : 'points'}${grouped.length > 0 ? ` (${grouped.join('; ')})` : ''}.`,
    'A bound such as “>75” is a hollow mark at the bound with an arrow the way the bound points; diamonds and names mark minerals under a Chinese export-licensing rule.',
    `Dashed guides at 50% on both axes; the top-right quadrant is “${QUADRANT_NAME}”.`,
    notDrawn > 0
      ? `${mineralCount(notDrawn)} without a place on the chart are listed under it${notDrawn > WINDOW_SIZE ? ` (the first ${WINDOW_SIZE} of each reason; all of them in the table)` : ''}.`
      : '',
    'Tab to a mark; Enter opens its mineral’s details.',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
}

/** Says which minerals USGS counts Hong Kong with China for, from its own note. */
function hongKongLine(data: ChinaExposureData): string | null {
  if (!data.hongKongNote) return null;
  const labels = data.marks.filter((mark) => mark.members.some((member) => member.hongKongIncluded)).map((mark) => mark.label);
  if (labels.length === 0) return null;
  return `${data.hongKongNote.replace(/\.$/, '')} (USGS note) for: ${labels.join(', ')}.`;
}

function missingLines(data: ChinaExposureData): string[] {
  return data.missing.map((group) => {
    const minerals = group.rows.map(
      (exposure) => `${exposure.row.name} – ${nirLabel(exposure.row.nir)}${exposure.china.kind === 'printed' ? `, China “${exposure.china.printed}”` : ''}`,
    );
    return `Not drawn (${group.rows.length}). ${MISSING_HEADINGS[group.reason]}: ${minerals.join('; ')}.`;
  });
}

/** The edition the shares and controls were read from, where it is not the data year's. */
function sharesEdition(dataset: Dataset, data: ChinaExposureData): EditionInfo | null {
  const ids = new Set<string>();
  for (const exposure of data.rows) {
    if (exposure.china.kind !== 'no-shares') ids.add(exposure.china.source.edition);
    for (const control of exposure.row.chinaExportControls) ids.add(control.source.edition);
  }
  ids.delete(data.edition.edition);
  const [id] = [...ids];
  return id ? (dataset.minerals.editions.find((edition) => edition.edition === id) ?? latestEdition(dataset)) : null;
}

function sourceLine(dataset: Dataset, data: ChinaExposureData): string {
  const nirFiles = new Set<string>();
  const otherFiles = new Set<string>();
  for (const exposure of data.rows) {
    if (exposure.row.figure) nirFiles.add(exposure.row.figure.nirSource.file);
    if (exposure.china.kind !== 'no-shares') otherFiles.add(exposure.china.source.file);
    for (const control of exposure.row.chinaExportControls) otherFiles.add(control.source.file);
  }
  const other = sharesEdition(dataset, data);
  if (!other) return sourceSentence(data.edition, [...nirFiles, ...otherFiles].sort());
  const where = other.doi ? `data release doi:${other.doi}` : `report ${other.reportUrl}`;
  return `${sourceSentence(data.edition, [...nirFiles].sort())} China's shares and export controls: U.S. Geological Survey, ${other.title} (${[...otherFiles].sort().join(', ')}); ${where}.`;
}

/** The minerals the scatter cannot place, by reason: the first 100 of each reason, as a list can be read. */
function NotDrawn({ data }: { data: ChinaExposureData }) {
  if (data.missing.length === 0) return null;
  const count = data.missing.reduce((total, group) => total + group.rows.length, 0);
  return (
    <section className="china-exposure__missing" aria-label="Minerals not drawn">
      <h3>Not drawn: {mineralCount(count)} in view without both figures</h3>
      {data.missing.map((group) => (
        <div key={group.reason} className="china-exposure__missing-group">
          <h4>
            {MISSING_HEADINGS[group.reason]} ({group.rows.length})
          </h4>
          <ul>
            {group.rows.slice(0, WINDOW_SIZE).map((exposure) => (
              <li key={exposure.row.id} data-mineral={exposure.row.id}>
                {exposureSentence(exposure)}
              </li>
            ))}
          </ul>
          {group.rows.length > WINDOW_SIZE && (
            <p className="china-exposure__more">{othersText(group.rows.length - WINDOW_SIZE, 'the table below, the CSV and the JSON')}</p>
          )}
        </div>
      ))}
    </section>
  );
}

const exposureId = (exposure: ExposureRow) => exposure.row.id;

function ExposureTable({ data, selectedId }: { data: ChinaExposureData; selectedId: string | null }) {
  // The scatter draws every mineral; the table, 100 rows at a time.
  const { window, shown, setPage } = useRowWindow(data.rows, exposureId, selectedId);
  return (
    <DetailsTable
      summary={<>Table of the {mineralCount(data.rows.length)} in view</>}
      name="China exposure table"
      columns={[
        'Mineral',
        `Net import reliance ${data.edition.dataYear} (as printed)`,
        'China’s share of U.S. imports (as printed)',
        'Chinese export control',
        'Source',
      ]}
      rows={shown}
      paging={window.pages > 1 ? { window, onPage: setPage, note: DETAILS_WINDOW_NOTE, live: true } : undefined}
      renderRow={(exposure) => (
        <tr key={exposure.row.id}>
          <th scope="row">{exposure.row.name}</th>
          <td>{nirLabel(exposure.row.nir)}</td>
          <td>
            {exposure.china.kind === 'printed' ? `${chinaShareLabel(exposure.china)} (${exposure.china.period})` : chinaShareLabel(exposure.china)}
            {exposure.hongKongIncluded ? ', Hong Kong included' : ''}
          </td>
          <td>{controlText(exposure) || '—'}</td>
          <td>
            {exposure.row.figure ? sourceText(exposure.row.figure.nirSource) : exposure.row.note || 'No USGS figure'}
            {exposure.china.kind !== 'no-shares' ? `; ${sourceText(exposure.china.source)}` : ''}
          </td>
        </tr>
      )}
    />
  );
}

function ChinaExposureBody({ derived, width }: ViewBodyProps<ChinaExposureData>) {
  const selectedId = useDashboard((state) => state.view.mineralId);
  const selectMineral = useDashboard((state) => state.selectMineral);
  const hongKong = hongKongLine(derived);
  return (
    <>
      {derived.rows.length === 0 ? (
        <EmptyView />
      ) : derived.marks.length === 0 ? (
        <p className="empty-state">No mineral in view has both a net import reliance figure and a China share to place; the list below says why for each.</p>
      ) : (
        <ChinaExposureChart
          data={derived}
          width={width}
          title={chartTitle(derived)}
          desc={chartDesc(derived)}
          xTitle={xAxisTitle(derived)}
          yTitle={yAxisTitle(derived)}
          selectedId={selectedId}
          onSelect={selectMineral}
        />
      )}
      {hongKong && <p className="china-exposure__note">{hongKong}</p>}
      <NotDrawn data={derived} />
      <ExposureTable data={derived} selectedId={selectedId} />
    </>
  );
}

export const chinaExposureView: ViewModule<ChinaExposureData> = {
  id: 'china-exposure',
  derive: deriveChinaExposure,
  count: (derived) => derived.rows.length,
  text: (derived, dataset, view) => {
    const drawn = drawnCount(derived);
    return {
      title: 'China’s share of U.S. imports against net import reliance',
      subtitle: `${viewSubtitle(view, derived.edition.edition)} · China’s share ${periodText(derived)} · ${drawn} of ${mineralCount(derived.rows.length)} drawn`,
      legend: exposureLegend(derived),
      notes: [hongKongLine(derived), ...missingLines(derived)].filter((line): line is string => line !== null),
      source: sourceLine(dataset, derived),
    };
  },
  Body: ChinaExposureBody,
  fileSlug: (view) => `us-china-exposure-${view.dataYear}`,
};
