import { useCallback, useMemo, useRef } from 'react';
import { TimelineChart, timelineLegend } from '../../charts/timeline-chart';
import { NARROW_BELOW } from '../../charts/theme';
import { sourceFiles } from '../../state/derive';
import { sourceSentence, viewSubtitle } from '../../state/format';
import {
  dateSpan,
  deriveTimeline,
  eventCount,
  sourceLink,
  timelineNotes,
  todayLabel,
  withToday,
  type TimelineEntry,
  type TimelineViewData,
} from '../../state/views/timeline';
import { isoDate } from '../../export/export-meta';
import { useDashboard } from '../dashboard-context';
import type { ViewBodyProps, ViewModule } from './contract';
import './timeline.css';

function Sources({ sources }: { sources: readonly string[] }) {
  return (
    <p className="timeline__sources">
      {sources.length === 1 ? 'Source: ' : 'Sources: '}
      {sources.map((source, index) => {
        const link = sourceLink(source);
        return (
          <span key={index}>
            {index > 0 && '; '}
            {link.url ? (
              <a href={link.url} rel="noopener noreferrer" target="_blank" title={link.url}>
                {link.site}
              </a>
            ) : (
              link.site
            )}
            {link.note && ` ${link.note}`}
          </span>
        );
      })}
    </p>
  );
}

function Minerals({ entry }: { entry: TimelineEntry }) {
  const selectedId = useDashboard((state) => state.view.mineralId);
  const selectMineral = useDashboard((state) => state.selectMineral);
  if (entry.minerals.length === 0) {
    return <p className="timeline__minerals">Minerals (as written): {entry.event.minerals || 'none named'}</p>;
  }
  return (
    <div className="timeline__minerals">
      <span>Minerals: </span>
      <ul className="timeline__mineral-list" aria-label={`Minerals named on ${entry.event.date}`}>
        {entry.minerals.map((mineral) => (
          <li key={mineral.id}>
            <button
              type="button"
              className="link-button"
              data-in-view={entry.inViewIds.includes(mineral.id) ? 'true' : undefined}
              aria-pressed={selectedId === mineral.id}
              onClick={() => selectMineral(mineral.id)}
            >
              {mineral.name}
            </button>
          </li>
        ))}
      </ul>
      {entry.asWritten && <span className="timeline__as-written">As written: {entry.asWritten}</span>}
    </div>
  );
}

function EventItem({ entry, todayBefore, itemRef }: { entry: TimelineEntry; todayBefore: string | null; itemRef: (element: HTMLLIElement | null) => void }) {
  const inView = entry.inViewIds.length > 0;
  const classes = [
    'timeline__event',
    entry.future === true ? 'timeline__event--upcoming' : 'timeline__event--past',
    inView ? 'timeline__event--in-view' : '',
    entry.selected ? 'timeline__event--selected' : '',
  ].filter((name) => name !== '');
  return (
    <li
      ref={itemRef}
      tabIndex={-1}
      className={classes.join(' ')}
      data-event={entry.key}
      data-future={entry.future === null ? undefined : String(entry.future)}
      data-in-view={inView ? 'true' : undefined}
      data-selected={entry.selected ? 'true' : undefined}
    >
      {todayBefore && <p className="timeline__today">{todayLabel(todayBefore)}: the events below are upcoming</p>}
      <p className="timeline__when">
        <time dateTime={entry.event.date}>{entry.dateLabel}</time>
        {entry.future === true && <span className="timeline__badge">upcoming</span>}
        <span className="timeline__actor"> · {entry.event.actor}</span>
      </p>
      <p className="timeline__text">{inView ? <strong>{entry.event.event}</strong> : entry.event.event}</p>
      <Minerals entry={entry} />
      <Sources sources={entry.event.sources} />
    </li>
  );
}

function chartTitle(data: TimelineViewData): string {
  const span = dateSpan(data);
  return `Policy timeline: ${eventCount(data.entries.length)}${span ? `, ${span.first} to ${span.last}` : ''}, in lanes by actor${data.today ? `; ${todayLabel(data.today)}` : ''}`;
}

function TimelineBody({ derived, width }: ViewBodyProps<TimelineViewData>) {
  // The frame passes today's date; only without it does the page read the clock.
  const data = useMemo(() => (derived.today ? derived : withToday(derived, isoDate(new Date()))), [derived]);
  const dataset = useDashboard((state) => state.dataset);
  const items = useRef(new Map<string, HTMLLIElement>());
  const itemRef = useCallback(
    (key: string) => (element: HTMLLIElement | null) => {
      if (element) items.current.set(key, element);
      else items.current.delete(key);
    },
    [],
  );
  const showInList = useCallback((key: string) => {
    const item = items.current.get(key);
    item?.scrollIntoView?.({ block: 'nearest' });
    item?.focus();
  }, []);
  const narrow = width < NARROW_BELOW;
  const firstUpcoming = data.entries.find((entry) => entry.future === true)?.key;
  const notes = timelineNotes(data, dataset);

  return (
    <div className="timeline">
      {notes.map((note, index) => (
        <p key={`${index}-${note}`} className="timeline__note">
          {note}
        </p>
      ))}
      {!narrow && data.entries.length > 0 && <TimelineChart data={data} width={width} title={chartTitle(data)} onActivate={showInList} />}
      {data.entries.length === 0 ? (
        <p className="empty-state">The data holds no dated events.</p>
      ) : (
        <ol className="timeline__events" aria-label="Events, in date order">
          {data.entries.map((entry) => (
            <EventItem key={entry.key} entry={entry} todayBefore={entry.key === firstUpcoming ? data.today : null} itemRef={itemRef(entry.key)} />
          ))}
        </ol>
      )}
      {data.today && firstUpcoming === undefined && data.entries.length > 0 && (
        <p className="timeline__today">{todayLabel(data.today)}: every event above is on or before today</p>
      )}
    </div>
  );
}

function timelineTitle(data: TimelineViewData): string {
  const span = dateSpan(data);
  const years = span ? `, ${span.first.slice(0, 4)}–${span.last.slice(0, 4)}` : '';
  return `Policy and export-control events on critical minerals${years}`;
}

export const timelineView: ViewModule<TimelineViewData> = {
  id: 'timeline',
  derive: deriveTimeline,
  count: (derived) => derived.namedInView.length,
  text: (derived, dataset, view) => {
    const span = dateSpan(derived);
    return {
      title: timelineTitle(derived),
      subtitle: [
        `${eventCount(derived.entries.length)}${span ? `, ${span.first} to ${span.last}` : ''}`,
        ...(derived.today ? [todayLabel(derived.today)] : []),
        `bold: naming a mineral in view (${viewSubtitle(view, derived.edition.edition)})`,
      ].join(' · '),
      legend: timelineLegend(derived),
      notes: timelineNotes(derived, dataset),
      source:
        'Events: data/timeline.csv, written by hand from the sources given with each event (linked in the list, in the CSV). ' +
        `Minerals in view: ${sourceSentence(derived.edition, sourceFiles(derived.rowsInView))}`,
    };
  },
  Body: TimelineBody,
  fileSlug: () => 'critical-minerals-policy-timeline',
};
