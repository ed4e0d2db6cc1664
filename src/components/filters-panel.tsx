import { useId, useState } from 'react';
import { filtersText } from '../state/format';
import { ChinaFilters, DataYearSelect, LanthanideSwitch, LevelFilter, ScopeSelect } from './controls';
import { useDashboard } from './dashboard-context';
import { FILTERS_ID } from './section-ids';

/**
 * The filters. On a phone they fold behind one button that says what is chosen, so the first chart starts on the
 * first screen; on a wide screen the button is hidden and the filters always show.
 */
export function FiltersPanel() {
  const bodyId = useId();
  const [open, setOpen] = useState(false);
  const summary = useDashboard((state) => `Data year ${state.view.dataYear} · ${filtersText(state.view)}`);
  return (
    <section className="panel controls" id={FILTERS_ID} aria-label="Filters" data-open={open}>
      <button type="button" className="controls__toggle outline-button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
        <span className="controls__toggle-label">{open ? 'Hide filters' : 'Filters'}</span>
        <span className="controls__summary">{summary}</span>
      </button>
      <div className="controls__body" id={bodyId}>
        <DataYearSelect />
        <ScopeSelect />
        <LanthanideSwitch />
        <LevelFilter />
        <ChinaFilters />
      </div>
    </section>
  );
}
