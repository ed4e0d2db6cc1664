import { DetailsTable } from '../details-table';
import { Fragment, useId } from 'react';
import { OverTimeChart, overTimeLegend, seriesColour } from '../../charts/over-time-chart';
import type { Dataset } from '../../data/schema';
import { countText, editionLabel, mineralCount, nirLabel, sourceSentence, sourceText, viewSubtitle } from '../../state/format';
import { MAX_COMPARED } from '../../state/view';
import { deriveOverTime, missingNotes, revisionPairs, yearsText, type OverTimeViewData } from '../../state/views/over-time';
import { useDashboard } from '../dashboard-context';
import type { ViewBodyProps, ViewModule } from './contract';
import './over-time.css';
import { WINDOW_SIZE } from '../../state/windowing';

/** The latest edition's DOI sentence for its files, then each earlier edition whose first-published values are drawn. */
function overTimeSource(derived: OverTimeViewData, dataset: Dataset): string {
  const filesByEdition = new Map<string, Set<string>>();
  for (const mineral of derived.series) {
    for (const entry of mineral.years) {
      for (const value of [entry.firstPublished, entry.revised]) {
        if (value) filesByEdition.set(value.edition, (filesByEdition.get(value.edition) ?? new Set()).add(value.source.file));
      }
    }
  }
  const files = (edition: string) => [...(filesByEdition.get(edition) ?? [])].sort();
  const earlier = [...dataset.minerals.editions]
    .sort((a, b) => a.dataYear - b.dataYear)
    .filter((edition) => edition.edition !== derived.latest.edition && filesByEdition.has(edition.edition));
  const firstPublished = earlier.map(
    (edition) => `${edition.title} (${files(edition.edition).join(', ')}; ${edition.doi ? `data release doi:${edition.doi}` : `report ${edition.reportUrl}`})`,
  );
  return `${sourceSentence(derived.latest, files(derived.latest.edition))}${firstPublished.length > 0 ? ` First published in ${firstPublished.join('; ')}.` : ''}`;
}

function LineSwatch({ colourIndex }: { colourIndex: number }) {
  return (
    <svg width="16" height="10" viewBox="0 0 16 10" aria-hidden="true" className="over-time__swatch">
      <line x1="0" y1="5" x2="16" y2="5" stroke={seriesColour(colourIndex)} strokeWidth="3" />
    </svg>
  );
}

/** "Add a mineral" from those in view, up to MAX_COMPARED lines; "Show the default" once a choice is made. */
function AddMineral({ derived }: { derived: OverTimeViewData }) {
  const selectId = useId();
  const limitId = useId();
  const chosen = useDashboard((state) => state.view.compareIds.length > 0);
  const setCompareIds = useDashboard((state) => state.setCompareIds);
  const shownIds = derived.series.map((mineral) => mineral.id);
  const full = shownIds.length >= MAX_COMPARED;
  const options = derived.choices.filter((choice) => !shownIds.includes(choice.id));
  // A list is no way to pick among thousands (and costs a DOM node each): past a window, the first in order.
  const listed = options.slice(0, WINDOW_SIZE);
  const capId = useId();
  return (
    <div className="over-time__chooser">
      <div className="over-time__add">
        <label htmlFor={selectId}>Add a mineral</label>
        <select
          id={selectId}
          value=""
          disabled={full || options.length === 0}
          aria-describedby={full ? limitId : listed.length < options.length ? capId : undefined}
          onChange={(event) => {
            if (event.target.value) setCompareIds([...shownIds, event.target.value]);
          }}
        >
          <option value="">{options.length === 0 ? 'Every mineral in view is drawn' : 'Choose a mineral in view'}</option>
          {listed.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </select>
        {chosen && (
          <button type="button" onClick={() => setCompareIds([])}>
            Show the default
          </button>
        )}
      </div>
      {!full && listed.length < options.length && (
        <p id={capId} className="over-time__limit">
          The list holds the first {listed.length} of the {countText(options.length)} minerals in view; narrow the filters, or
          open any other with Find a mineral (while none is chosen here, the chart draws the one you open).
        </p>
      )}
      {full && (
        <p id={limitId} className="over-time__limit">
          At most {MAX_COMPARED} minerals: remove one to add another.
        </p>
      )}
    </div>
  );
}

/** The lines drawn, named under the chart (the key on a phone): each name selects its mineral, "Remove" takes its line away. */
function LineNames({ derived, onSelect }: { derived: OverTimeViewData; onSelect: (id: string) => void }) {
  const selectedId = useDashboard((state) => state.view.mineralId);
  const setCompareIds = useDashboard((state) => state.setCompareIds);
  const shownIds = derived.series.map((mineral) => mineral.id);
  if (derived.series.length === 0) return null;
  return (
    <ul className="over-time__names" aria-label="Lines drawn">
      {derived.series.map((mineral) => (
        <li key={mineral.id} className="over-time__name">
          <LineSwatch colourIndex={mineral.colourIndex} />
          <button type="button" aria-pressed={mineral.id === selectedId} onClick={() => onSelect(mineral.id)}>
            {mineral.name}
          </button>
          {derived.series.length > 1 && (
            <button
              type="button"
              className="over-time__remove"
              aria-label={`Remove ${mineral.name}`}
              onClick={() => setCompareIds(shownIds.filter((id) => id !== mineral.id))}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

const OVER_TIME_COLUMNS = ['Mineral', 'Data year', 'As first published', 'As revised', 'Source'];

function OverTimeTable({ derived }: { derived: OverTimeViewData }) {
  return (
    <DetailsTable
      summary={<>Table of the {mineralCount(derived.series.length)} drawn</>}
      name="Over time table"
      columns={OVER_TIME_COLUMNS}
      rows={derived.series}
      renderRow={(mineral) =>
        mineral.years.length === 0 ? (
          <tr key={mineral.id}>
            <th scope="row">{mineral.name}</th>
            <td colSpan={4}>{nirLabel(null)}</td>
          </tr>
        ) : (
          <Fragment key={mineral.id}>
            {mineral.years.map((entry) => (
              <tr key={entry.year}>
                <th scope="row">{mineral.name}</th>
                <td>{entry.year}</td>
                <td>{entry.firstPublished ? `${nirLabel(entry.firstPublished.nir)} (${editionLabel(entry.firstPublished.edition)})` : '—'}</td>
                <td>{entry.revised ? `${nirLabel(entry.revised.nir)} (${editionLabel(entry.revised.edition)})` : '—'}</td>
                <td>{[entry.firstPublished, entry.revised].flatMap((value) => (value ? [sourceText(value.source)] : [])).join('; ')}</td>
              </tr>
            ))}
          </Fragment>
        )
      }
    />
  );
}

function OverTimeBody({ derived, width }: ViewBodyProps<OverTimeViewData>) {
  const selectedId = useDashboard((state) => state.view.mineralId);
  const chosen = useDashboard((state) => state.view.compareIds.length > 0);
  const selectMineral = useDashboard((state) => state.selectMineral);
  const setCompareIds = useDashboard((state) => state.setCompareIds);
  // Selecting a mineral would replace the default lines with it alone: keep the lines drawn as the choice first.
  const onSelect = (id: string) => {
    if (!chosen && derived.rule === 'largest-revisions') setCompareIds(derived.series.map((mineral) => mineral.id));
    selectMineral(id);
  };
  const missing = missingNotes(derived.series, derived.latest);
  const revisions = revisionPairs(derived.series);
  return (
    <div className="over-time">
      <p className="over-time__rule">{derived.ruleText}</p>
      <AddMineral derived={derived} />
      {derived.series.length > 0 ? (
        <OverTimeChart
          series={derived.series}
          years={derived.years}
          width={width}
          title={`Net import reliance ${yearsText(derived.years)}: ${derived.series.map((mineral) => mineral.name).join(', ')}`}
          selectedId={selectedId}
          onSelect={onSelect}
        />
      ) : (
        <p className="empty-state">No minerals in view have a value to draw. Tick a reliance level or widen the scope to show some.</p>
      )}
      <LineNames derived={derived} onSelect={onSelect} />
      {revisions.length > 0 && (
        <details className="revisions">
          <summary>Revisions among the lines drawn: {revisions.length}</summary>
          <ul>
            {revisions.map((revision) => (
              <li key={revision}>{revision}</li>
            ))}
          </ul>
        </details>
      )}
      {missing.length > 0 && (
        <ul className="over-time__missing">
          {missing.map((note, index) => (
            <li key={`${index}-${note}`}>{note}</li>
          ))}
        </ul>
      )}
      <OverTimeTable derived={derived} />
    </div>
  );
}

export const overTimeView: ViewModule<OverTimeViewData> = {
  id: 'over-time',
  derive: deriveOverTime,
  count: (derived) => derived.series.length,
  text: (derived, dataset, view) => {
    const revisions = revisionPairs(derived.series);
    return {
      title: `U.S. net import reliance over time, ${yearsText(derived.years)}`,
      subtitle:
        `${derived.series.map((mineral) => mineral.name).join(', ') || 'No minerals'} · as revised in ${editionLabel(derived.latest.edition)} ` +
        `and as first published · minerals in view: ${viewSubtitle(view, derived.edition.edition)}`,
      legend: overTimeLegend(derived.series),
      notes: [
        derived.ruleText,
        ...(revisions.length > 0 ? [`Revised: ${revisions.join('; ')}.`] : []),
        ...missingNotes(derived.series, derived.latest),
      ],
      source: overTimeSource(derived, dataset),
    };
  },
  Body: OverTimeBody,
  fileSlug: () => 'us-net-import-reliance-over-time',
};
