import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { MineralNirChart, mineralNirLegend } from '../charts/mineral-nir-chart';
import { editionLabel, nirLabel, sharePercentText, sourceText, worldShareText } from '../state/format';
import { listsText, mineralPage, type MineralPageData, type NirYearRow } from '../state/mineral-page';
import { useDashboard } from './dashboard-context';
import { Legend } from './legend';
import { MINERAL_DETAILS_ID, MINERAL_SHARES_ID, VIEW_FIGURE_ID } from './section-ids';
import { useElementWidth } from './use-element-width';
import './mineral-page.css';

/** The small chart's widest: it sits in a column beside the view, or in a sheet on a phone. */
const CHART_MAX_WIDTH = 360;

/** Where a value was read, in muted text on a line of its own. */
function Source({ children }: { children: string }) {
  return (
    <>
      {' '}
      <span className="mineral-page__source">{children}</span>
    </>
  );
}

/** "2024 (MCS 2025)" beside the first-published value and the line as printed, or why there is none. */
function FirstPublishedCell({ row }: { row: NirYearRow }) {
  const first = row.firstPublished;
  if (!first) return <td>No edition here published this year</td>;
  return (
    <td>
      <strong>{nirLabel(first.nir)}</strong> in {editionLabel(first.edition)}
      {row.usgsName && <> · line “{row.usgsName}”</>}
      <Source>{sourceText(first.source)}</Source>
    </td>
  );
}

function RevisedCell({ row }: { row: NirYearRow }) {
  const revised = row.revised;
  if (!revised) return <td>No revised value</td>;
  return (
    <td>
      <strong>{nirLabel(revised.nir)}</strong>
      {row.revision && <> (revised from {row.firstPublished?.nir.printed})</>}
      <Source>{sourceText(revised.source)}</Source>
    </td>
  );
}

function NetImportReliance({ page }: { page: MineralPageData }) {
  const { mineral, nirYears, revisedEdition } = page;
  const [chartRef, width] = useElementWidth<HTMLDivElement>(CHART_MAX_WIDTH);
  const revisedIn = revisedEdition ? `revised in ${editionLabel(revisedEdition)}` : 'revised';
  if (nirYears.length === 0) {
    return <p>USGS prints no net import reliance figure for {mineral.name} in any edition here, and no revised series.</p>;
  }
  const yearsText = nirYears.length > 1 ? `${nirYears[0]!.year}–${nirYears.at(-1)!.year}` : String(nirYears[0]!.year);
  return (
    <>
      <div ref={chartRef} className="mineral-page__chart">
        <MineralNirChart id={mineral.id} name={mineral.name} years={nirYears} width={Math.min(width ?? CHART_MAX_WIDTH, CHART_MAX_WIDTH)} title={`${mineral.name}: net import reliance ${yearsText}`} />
      </div>
      <Legend items={mineralNirLegend(nirYears)} />
      {mineral.figures.length === 0 && <p>No edition here prints a figure for {mineral.name}: the values are the revised series only.</p>}
      {!revisedEdition && <p>No revised series: the values are as each edition first published them.</p>}
      <table className="mineral-page__table">
        <caption>Net import reliance by year: as each edition first published it, and as {revisedIn}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">As first published</th>
            <th scope="col">As {revisedIn}</th>
          </tr>
        </thead>
        <tbody>
          {nirYears.map((row) => (
            <tr key={row.year} className={row.inView ? 'mineral-page__in-view' : undefined}>
              <th scope="row">
                {row.year}
                {row.inView && <Source>data year shown</Source>}
              </th>
              <FirstPublishedCell row={row} />
              <RevisedCell row={row} />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function ImportShares({ page }: { page: MineralPageData }) {
  const shares = page.mineral.importShares;
  if (!shares) return <p>USGS prints no percent shares of U.S. imports for this line.</p>;
  return (
    <>
      <p className="mineral-page__callout">{page.chinaShare}</p>
      <p>
        Shares of U.S. imports, {shares.period}, in USGS order{shares.note ? `. ${shares.note}` : ''}
      </p>
      <ul className="mineral-page__list">
        {shares.shares.map((share, rank) => (
          <li key={`${rank}-${share.country}`}>
            {share.country}: {sharePercentText(share.percentPrinted)}<Source>{sourceText(share.source)}</Source>
          </li>
        ))}
      </ul>
    </>
  );
}

function WorldProduction({ page }: { page: MineralPageData }) {
  if (page.worldProduction.length === 0) return <p>No leading world producer printed for this line.</p>;
  return (
    <ul className="mineral-page__list">
      {page.worldProduction.map((production) => (
        <li key={production.edition}>
          {production.dataYear} ({editionLabel(production.edition)}): {production.leadingCountry}, {worldShareText(production)}
          {production.note && <> ({production.note})</>}
          <Source>{sourceText(production.source)}</Source>
        </li>
      ))}
    </ul>
  );
}

function ExportControls({ page }: { page: MineralPageData }) {
  const { mineral, chinaControls, otherControls } = page;
  const files = [...new Set(otherControls.map((control) => control.source.file))].join(', ');
  return (
    <>
      <h4>China</h4>
      {chinaControls.length === 0 ? (
        <p>No item of China’s export-control row names {mineral.name}.</p>
      ) : (
        <ul className="mineral-page__list">
          {chinaControls.map((control) => (
            <li key={`${control.year}-${control.printed}`}>
              <q>{control.printed}</q>, year {control.year}: {control.controlType}
              <Source>{sourceText(control.source)}</Source>
            </li>
          ))}
        </ul>
      )}
      <h4>Other countries</h4>
      {otherControls.length === 0 ? (
        <p>No other country’s export-control row names {mineral.name}.</p>
      ) : (
        <>
          <ul className="mineral-page__list">
            {otherControls.map((control) => (
              <li key={`${control.country}-${control.controlType}-${control.matched}`}>
                <strong>{control.country}</strong>, {control.controlType}
                {control.year && <>, {control.year}</>}: <q>{control.printed}</q> (names “{control.matched}”)
                <Source>{sourceText(control.source)}</Source>
              </li>
            ))}
          </ul>
          <p className="mineral-page__source">
            Which other countries’ rows name {mineral.name} is our reading of the wording of {files} (see data/README.md).
          </p>
        </>
      )}
    </>
  );
}

function EndUses({ page }: { page: MineralPageData }) {
  if (page.endUses.length === 0) return <p>No end-use table here lists {page.mineral.name}.</p>;
  return (
    <ul className="mineral-page__list">
      {page.endUses.map((endUse) => (
        <li key={endUse.edition}>
          {editionLabel(endUse.edition)}: {endUse.uses}
          {endUse.note && <> {endUse.note}</>}
          <Source>{sourceText(endUse.source)}</Source>
        </li>
      ))}
    </ul>
  );
}

/** Focus goes back to what had it before the page opened, else to the shown view's heading. */
function restoreFocus(element: HTMLElement | null) {
  const target = element?.isConnected ? element : document.getElementById(VIEW_FIGURE_ID)?.querySelector<HTMLElement>('h2');
  target?.focus();
}

/**
 * The selected mineral's page: every figure the dataset holds for it, each with its file and line. Opened by any
 * selection but the one the page opened with, it scrolls into view and takes the focus; Close and Escape give the focus back.
 */
export function MineralPage({ openedWith = null }: { openedWith?: string | null }) {
  const headingId = useId();
  const dataset = useDashboard((state) => state.dataset);
  const mineralId = useDashboard((state) => state.view.mineralId);
  const dataYear = useDashboard((state) => state.view.dataYear);
  const selectMineral = useDashboard((state) => state.selectMineral);
  const page = useMemo(() => mineralPage(dataset, mineralId, dataYear), [dataset, mineralId, dataYear]);
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The selection last acted on: starts at the one the page opened with (a shared link's), which does not take the
  // focus; any other, even one made before this code had loaded, does.
  const handledId = useRef(openedWith);
  const returnTo = useRef<HTMLElement | null>(null);
  const closing = useRef(false);

  useEffect(() => {
    if (handledId.current === mineralId) return;
    handledId.current = mineralId;
    const section = sectionRef.current;
    if (mineralId === null || !section) {
      if (closing.current) restoreFocus(returnTo.current);
      closing.current = false;
      return;
    }
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !section.contains(active)) returnTo.current = active;
    // jsdom has no scrollIntoView.
    if (typeof section.scrollIntoView === 'function') section.scrollIntoView({ block: 'nearest' });
    headingRef.current?.focus({ preventScroll: true });
  }, [mineralId]);

  if (!page) return null;
  const { mineral } = page;
  const close = () => {
    closing.current = true;
    selectMineral(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  return (
    <section ref={sectionRef} className="panel mineral-page" id={MINERAL_DETAILS_ID} aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className="mineral-page__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {mineral.name}
        </h2>
        <button type="button" className="mineral-page__close" aria-label={`Close ${mineral.name}`} onClick={close}>
          Close
        </button>
      </div>
      {mineral.usgsLine !== '' && <p className="mineral-page__source">USGS line “{mineral.usgsLine}”</p>}

      <h3>Net import reliance</h3>
      <NetImportReliance page={page} />

      <h3 id={MINERAL_SHARES_ID} tabIndex={-1}>
        Import shares
      </h3>
      <ImportShares page={page} />

      <h3>Leading world producer</h3>
      <WorldProduction page={page} />

      <h3>Export controls</h3>
      <ExportControls page={page} />

      <h3>End uses</h3>
      <EndUses page={page} />

      <h3>Note and lists</h3>
      {mineral.note !== '' && <p>{mineral.note}</p>}
      <p>{listsText(page.lists)}</p>
    </section>
  );
}
