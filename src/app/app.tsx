import { useCallback, useEffect, useRef, useState } from 'react';
import mineralsUrl from '../../data/minerals.json?url';
import claimsUrl from '../../data/claims.json?url';
import digests from 'virtual:dataset-digests';
import { fetchDataset, type LoadResult } from '../data/load-dataset';
import type { Dataset } from '../data/schema';
import type { ParsedView } from '../state/url';
import { urlContext } from '../state/derive';
import { DatasetError } from '../components/dataset-error';
import { Dashboard } from './dashboard';
import { ChartWidthHint } from '../components/use-element-width';
import { FinderPlaceholder, LoadingFrame, SiteHeader, measureFrameChartWidth } from './site-header';

const UNREAD_LINK: ParsedView = {
  view: {},
  notices: ['Could not read the settings in this link: part of the page did not load. The default view is shown; reload the page to try the link again.'],
};

/** A link the reader failed on (a fault of ours, not of the link's author): the default view, said so. */
const UNREADABLE_LINK: ParsedView = {
  view: {},
  notices: ['Could not read the settings in this link. The default view is shown.'],
};

/** The view a link asks for; a reader that throws costs the link, never the page. */
export function readLink(reader: typeof import('../state/url'), search: string, dataset: Dataset): ParsedView {
  try {
    return reader.parseViewQuery(search, urlContext(dataset));
  } catch {
    return UNREADABLE_LINK;
  }
}

/** What the page opens with: the dataset (or what failed), the view its address asked for, the chart's width. */
export interface Opening {
  loaded: LoadResult;
  /** The view the address asked for when the data arrived, and the query it was read from (`parsed` is left out for
   * a visit without a query: the dashboard opens its default view). */
  opened: { parsed?: ParsedView; query: string };
  /** The chart's width, read from the loading frame while it is on screen (null without one). */
  chartWidth: number | null;
  /** The keyboard was in the page's static frame when React replaced it (main.tsx): an error then takes the focus. */
  focusWasInFrame?: boolean;
}

/**
 * Loads the bundled dataset and reads the address's link: null if `signal` aborted meanwhile. A shared link's reader
 * loads with the data, in parallel; a plain visit loads it only after the first chart.
 */
export async function openPage(signal: AbortSignal): Promise<Opening | null> {
  type Reader = typeof import('../state/url');
  const readLinks = () => import('../state/url').catch(() => 'failed' as const);
  let reader: Promise<Reader | 'failed'> | null = window.location.search.length > 1 ? readLinks() : null;
  const loaded = await fetchDataset({ minerals: mineralsUrl, claims: claimsUrl }, { signal, vouched: digests });
  // The address as it is now: Back or Forward may have moved it while the data loaded.
  const search = window.location.search;
  if (search.length > 1) reader ??= readLinks();
  // A reader that fails to load (a dropped connection) costs the link, not the page: the default view opens and
  // says so.
  const url = loaded.ok && search.length > 1 && reader ? await reader : null;
  if (signal.aborted) return null;
  const query = search.replace(/^\?/, '');
  const opened = url === 'failed' ? { parsed: UNREAD_LINK, query } : url && loaded.ok ? { parsed: readLink(url, search, loaded.dataset), query } : { query };
  return { loaded, opened, chartWidth: measureFrameChartWidth() };
}

/**
 * Shows the dashboard once the dataset is in, or what failed with a retry. `opening`, when main.tsx loaded it before
 * React started, is shown at once; otherwise (and on a retry) the app loads it, showing the loading frame meanwhile.
 */
export function App({ opening }: { opening?: Opening }) {
  const [attempt, setAttempt] = useState(0);
  // What the page shows: the opening loaded last (null while one loads).
  const [shown, setShown] = useState<Opening | null>(opening ?? null);
  const result = shown?.loaded ?? null;
  const frame = useRef<HTMLElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (attempt === 0 && opening) return;
    const controller = new AbortController();
    void openPage(controller.signal).then((next) => {
      if (!next) return;
      // In one render, as main.tsx draws the first opening: as a transition, cut into 5 ms slices with the browser's
      // tasks between them, the first chart came 50–70 ms later.
      setShown(next);
    });
    return () => controller.abort();
  }, [attempt, opening]);
  const retried = useRef(false);
  // After a retry that fails again, focus moves to the new message, which replaced the control the reader used; so
  // does a first failure that replaced the static frame's link the reader was on.
  const focusOnFailure = opening?.focusWasInFrame === true;
  useEffect(() => {
    if (result && !result.ok && (retried.current || focusOnFailure)) frame.current?.focus();
  }, [result, focusOnFailure]);
  const retry = useCallback(() => {
    retried.current = true;
    // The Retry button goes away; focus moves to the loading status, where the next status or error appears.
    setShown(null);
    setAttempt((count) => count + 1);
    requestAnimationFrame(() => statusRef.current?.focus());
  }, []);
  // While the data loads (in the dev server, and after a Retry; a build paints this frame from its HTML): the header
  // and the panels' outline, which the dashboard then fills in place.
  if (shown === null) {
    return (
      <>
        <SiteHeader finder={<FinderPlaceholder />} />
        <LoadingFrame>
          <p role="status" className="loading-status" ref={statusRef} tabIndex={-1}>
            Loading the USGS dataset…
          </p>
        </LoadingFrame>
      </>
    );
  }
  const { loaded, opened, chartWidth } = shown;
  if (loaded.ok) {
    return (
      <ChartWidthHint value={chartWidth}>
        {/* A link that could not be read stays in the address bar for a reload to try again. */}
        <Dashboard dataset={loaded.dataset} opened={opened.parsed} openedQuery={opened.query} syncWithUrl={opened.parsed !== UNREAD_LINK} />
      </ChartWidthHint>
    );
  }
  return (
    <>
      <SiteHeader finder={null} />
      <main ref={frame} tabIndex={-1} className="dataset-error">
        <DatasetError problem={loaded.problem} onRetry={retry} />
      </main>
    </>
  );
}
