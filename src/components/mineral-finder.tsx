import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { buildFinderIndex, findMinerals, findStatus, moreText, type MineralMatch } from '../state/find';
import { useDashboard } from './dashboard-context';
import './mineral-finder.css';

/**
 * "Find a mineral": a WAI-ARIA 1.2 combobox with a listbox popup (list autocomplete, no automatic selection).
 * The input shows the selected mineral's name, chosen here or elsewhere; typing filters; Down/Up move the active
 * option and wrap at the ends; Enter chooses it (or the best match when none is active); Escape closes the list,
 * then clears the input; Tab and a click outside close it without choosing.
 */
export function MineralFinder() {
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const labelId = `${baseId}-label`;
  const listboxId = `${baseId}-listbox`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  const minerals = useDashboard((state) => state.dataset.minerals.minerals);
  const mineralId = useDashboard((state) => state.view.mineralId);
  const selectMineral = useDashboard((state) => state.selectMineral);
  // The index is built when a person first comes to the field (focus), not with the page: 9,200 minerals take
  // about 100 ms to index, and most visits never search.
  const [engaged, setEngaged] = useState(false);
  const index = useMemo(() => (engaged ? buildFinderIndex(minerals) : null), [engaged, minerals]);
  const nameOf = (id: string | null) => minerals.find((mineral) => mineral.id === id)?.name ?? '';

  const [query, setQuery] = useState(() => nameOf(mineralId));
  const [shownId, setShownId] = useState(mineralId);
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [announcement, setAnnouncement] = useState('');

  // A mineral selected elsewhere (a bar, a link) shows here too, so the field never names a stale choice.
  if (mineralId !== shownId) {
    setShownId(mineralId);
    setQuery(nameOf(mineralId));
    setOpen(false);
    setActiveIndex(-1);
  }

  const result = useMemo(() => (index ? findMinerals(index, query) : { query, matches: [], total: 0 }), [index, query]);
  const options = result.matches;
  const expanded = open && options.length > 0;
  const active = expanded && activeIndex < options.length ? activeIndex : -1;
  const activeId = active >= 0 ? optionId(active) : undefined;
  const more = moreText(result);

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const close = () => {
    setOpen(false);
    setActiveIndex(-1);
  };

  const choose = (match: MineralMatch) => {
    setShownId(match.id);
    setQuery(match.name);
    close();
    setAnnouncement(`${match.name} selected.`);
    selectMineral(match.id);
  };

  const openAt = (position: 'first' | 'last') => {
    setOpen(true);
    setAnnouncement('');
    setActiveIndex(options.length === 0 ? -1 : position === 'first' ? 0 : options.length - 1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter or Escape that ends an input-method composition is the composition's, not ours.
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) setOpen(true);
        else if (!expanded) openAt('first');
        else setActiveIndex((active + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!expanded) openAt('last');
        else setActiveIndex(active <= 0 ? options.length - 1 : active - 1);
        break;
      case 'Enter': {
        const match = options[active] ?? options[0];
        if (expanded && match) {
          event.preventDefault();
          choose(match);
        }
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
          setAnnouncement('');
        }
        break;
      case 'Tab':
        close();
        break;
    }
  };

  const status = open ? findStatus(result) : announcement;

  return (
    <div className="mineral-finder">
      <label className="mineral-finder__label" id={labelId} htmlFor={inputId}>
        Find a mineral
      </label>
      <div className="mineral-finder__field">
        <input
          id={inputId}
          className="mineral-finder__input"
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          enterKeyHint="search"
          placeholder="Name, symbol (Ga) or USGS line"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActiveIndex(-1);
            setAnnouncement('');
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setEngaged(true)}
          onBlur={close}
        />
        {/* Pressing inside the popup keeps focus in the input, so a click on an option is not lost to blur. */}
        <div className="mineral-finder__popup" hidden={!open} onMouseDown={(event) => event.preventDefault()}>
          <ul className="mineral-finder__options" id={listboxId} role="listbox" aria-labelledby={labelId} hidden={!expanded}>
            {expanded &&
              options.map((match, position) => (
                <li
                  key={match.id}
                  id={optionId(position)}
                  className="mineral-finder__option"
                  role="option"
                  aria-selected={position === active}
                  onClick={() => choose(match)}
                >
                  <span className="mineral-finder__name">{match.name}</span>
                  {match.hint !== '' && (
                    <>
                      {' '}
                      <span className="mineral-finder__why">{match.hint}</span>
                    </>
                  )}
                </li>
              ))}
          </ul>
          {open && result.total === 0 && <p className="mineral-finder__note">{findStatus(result)}</p>}
          {expanded && more && <p className="mineral-finder__note">{more}</p>}
        </div>
      </div>
      <p className="mineral-finder__status" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
    </div>
  );
}
