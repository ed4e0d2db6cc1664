import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { BANDS, BAND_LABELS } from '../state/bands';
import { countByBand, scopedRows } from '../state/derive';
import { SCOPES, SCOPE_LABELS, type Scope } from '../state/view';
import { editionLabel } from '../state/format';
import { BAND_COLOURS } from '../charts/theme';
import { DATA_YEARS, type DataYear } from '../data/schema';
import { useDashboard } from './dashboard-context';

export function DataYearSelect() {
  const id = useId();
  const dataYear = useDashboard((state) => state.view.dataYear);
  const editions = useDashboard((state) => state.dataset.minerals.editions);
  const setDataYear = useDashboard((state) => state.setDataYear);
  return (
    <div className="control">
      <label htmlFor={id}>Data year</label>
      <select id={id} value={dataYear} onChange={(event) => setDataYear(Number(event.target.value) as DataYear)}>
        {DATA_YEARS.map((year) => {
          const edition = editions.find((info) => info.dataYear === year);
          return (
            <option key={year} value={year}>
              {year}
              {edition ? ` (${editionLabel(edition.edition)})` : ''}
            </option>
          );
        })}
      </select>
    </div>
  );
}

export function ScopeSelect() {
  const id = useId();
  const scope = useDashboard((state) => state.view.scope);
  const setScope = useDashboard((state) => state.setScope);
  return (
    <div className="control">
      <label htmlFor={id}>Scope</label>
      <select id={id} value={scope} onChange={(event) => setScope(event.target.value as Scope)}>
        {SCOPES.map((option) => (
          <option key={option} value={option}>
            {SCOPE_LABELS[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function LanthanideSwitch() {
  const id = useId();
  const show = useDashboard((state) => state.view.showLanthanides);
  const setShow = useDashboard((state) => state.setShowLanthanides);
  return (
    <div className="control control--switch">
      <button
        type="button"
        role="switch"
        id={id}
        aria-checked={show}
        className="switch"
        onClick={() => setShow(!show)}
      >
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
        <span className="switch__text">Show lanthanides individually</span>
        <span className="switch__state" aria-hidden="true">
          {show ? 'On' : 'Off'}
        </span>
      </button>
      <p className="control__hint">
        {show ? 'The 14 lanthanides each carry the rare-earths line, as the 2022 list counts them.' : 'The 14 lanthanides are shown as one “Rare earths” bar.'}
      </p>
    </div>
  );
}

export function LevelFilter() {
  const { dataset, dataYear, scope, showLanthanides, levels } = useDashboard(
    useShallow((state) => ({
      dataset: state.dataset,
      dataYear: state.view.dataYear,
      scope: state.view.scope,
      showLanthanides: state.view.showLanthanides,
      levels: state.view.levels,
    })),
  );
  const toggleLevel = useDashboard((state) => state.toggleLevel);
  const setLevels = useDashboard((state) => state.setLevels);
  const counts = useMemo(
    () => countByBand(scopedRows(dataset, { dataYear, scope, showLanthanides })),
    [dataset, dataYear, scope, showLanthanides],
  );
  return (
    <fieldset className="level-filter">
      <legend>Reliance level</legend>
      <ul className="level-filter__list">
        {BANDS.map((band) => (
          <li key={band}>
            <label className="level-filter__option">
              <input type="checkbox" checked={levels.includes(band)} onChange={() => toggleLevel(band)} />
              <span className="swatch" style={{ background: BAND_COLOURS[band] }} aria-hidden="true" />
              <span>{BAND_LABELS[band]}</span> <span className="level-filter__count">({counts[band]})</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="level-filter__actions">
        <button type="button" className="link-button" onClick={() => setLevels(BANDS)} disabled={levels.length === BANDS.length}>
          All levels
        </button>
        <button type="button" className="link-button" onClick={() => setLevels(['100', '75-99', '50-74'])}>
          50% or more
        </button>
      </div>
    </fieldset>
  );
}
