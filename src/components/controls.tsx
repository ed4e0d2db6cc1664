import { useId, useMemo, type ReactNode } from 'react';
import { BANDS, BAND_LABELS } from '../state/bands';
import { countByBand, countByChinaFilter, filterByChina, filterByLevels } from '../state/derive';
import { countText, editionLabel } from '../state/format';
import { CHINA_FILTERS, CHINA_FILTER_LABELS, SCOPES, SCOPE_LABELS, type ChinaFilter, type Scope } from '../state/view';
import { BAND_COLOURS } from '../charts/theme';
import { useDashboard } from './dashboard-context';
import { useScopedRows } from './use-scoped-rows';

function SelectControl({ label, value, onChange, children }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  const id = useId();
  return (
    <div className="control">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

export function DataYearSelect() {
  const dataYear = useDashboard((state) => state.view.dataYear);
  const editions = useDashboard((state) => state.dataset.minerals.editions);
  const setDataYear = useDashboard((state) => state.setDataYear);
  return (
    <SelectControl label="Data year" value={String(dataYear)} onChange={(value) => setDataYear(Number(value))}>
      {[...editions]
        .sort((a, b) => a.dataYear - b.dataYear)
        .map((edition) => (
          <option key={edition.edition} value={edition.dataYear}>
            {edition.dataYear} ({editionLabel(edition.edition)})
          </option>
        ))}
    </SelectControl>
  );
}

export function ScopeSelect() {
  const scope = useDashboard((state) => state.view.scope);
  const lists = useDashboard((state) => state.dataset.minerals.lists);
  const setScope = useDashboard((state) => state.setScope);
  const countOf = (option: Scope) => lists.find((list) => `critical-${list.id}` === option)?.count;
  return (
    <SelectControl label="Scope" value={scope} onChange={(value) => setScope(value as Scope)}>
      {SCOPES.map((option) => {
        const count = countOf(option);
        return (
          <option key={option} value={option}>
            {SCOPE_LABELS[option]}
            {count === undefined ? '' : ` (${count})`}
          </option>
        );
      })}
    </SelectControl>
  );
}

export function LanthanideSwitch() {
  const hintId = useId();
  const show = useDashboard((state) => state.view.showLanthanides);
  const setShow = useDashboard((state) => state.setShowLanthanides);
  return (
    <div className="control control--switch">
      <button type="button" role="switch" aria-checked={show} aria-describedby={hintId} className="switch" onClick={() => setShow(!show)}>
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
        <span className="switch__text">Show lanthanides individually</span>
        <span className="switch__state" aria-hidden="true">
          {show ? 'On' : 'Off'}
        </span>
      </button>
      <p className="control__hint" id={hintId}>
        {show ? 'The 14 lanthanides each carry the rare-earths line, as the 2022 list counts them.' : 'The 14 lanthanides are shown as one “Rare earths” bar.'}
      </p>
    </div>
  );
}

export function LevelFilter() {
  const levels = useDashboard((state) => state.view.levels);
  const toggleLevel = useDashboard((state) => state.toggleLevel);
  const setLevels = useDashboard((state) => state.setLevels);
  const rows = useScopedRows();
  const counts = useMemo(() => countByBand(rows), [rows]);
  return (
    <fieldset className="level-filter">
      <legend>Reliance level</legend>
      <ul className="level-filter__list">
        {BANDS.map((band) => (
          <li key={band}>
            <label className="level-filter__option">
              <input type="checkbox" checked={levels.includes(band)} onChange={() => toggleLevel(band)} />
              <span className="swatch" style={{ background: BAND_COLOURS[band] }} aria-hidden="true" />
              <span>{BAND_LABELS[band]}</span> <span className="level-filter__count">({countText(counts[band])})</span>
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

/** China filters, with live counts of the minerals in view each would keep. */
export function ChinaFilters() {
  const chinaFilters = useDashboard((state) => state.view.chinaFilters);
  const levels = useDashboard((state) => state.view.levels);
  const toggle = useDashboard((state) => state.toggleChinaFilter);
  const rows = useScopedRows();
  // Each count is what ticking (or keeping) that box would show, with the other box as it is: the two combine.
  const counts = useMemo(() => {
    const inLevels = filterByLevels(rows, levels);
    return Object.fromEntries(
      CHINA_FILTERS.map((filter) => {
        const others = chinaFilters.filter((other) => other !== filter);
        return [filter, countByChinaFilter(filterByChina(inLevels, others))[filter]];
      }),
    ) as Record<ChinaFilter, number>;
  }, [rows, levels, chinaFilters]);
  return (
    <fieldset className="level-filter">
      <legend>China</legend>
      <ul className="level-filter__list">
        {CHINA_FILTERS.map((filter) => (
          <li key={filter}>
            <label className="level-filter__option">
              <input type="checkbox" checked={chinaFilters.includes(filter)} onChange={() => toggle(filter)} />
              <span>{CHINA_FILTER_LABELS[filter]}</span> <span className="level-filter__count">({countText(counts[filter])})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
