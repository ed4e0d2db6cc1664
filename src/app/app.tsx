import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import mineralsUrl from '../../data/minerals.json?url';
import claimsUrl from '../../data/claims.json?url';
import digests from 'virtual:dataset-digests';
import { fetchDataset, type LoadResult } from '../data/load-dataset';
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

/** Loads the bundled dataset, then hands the parsed result to the dashboard, or says what failed and offers a retry. */
export function App() {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<LoadResult | null>(null);
  // The view the address asked for when the data arrived, and the query it was read from.
  // (`parsed` is left out for a visit without a query: the dashboard opens its default view.)
  const [opened, setOpened] = useState<{ parsed?: ParsedView; query: string } | undefined>(undefined);
  const [chartWidth, setChartWidth] = useState<number | null>(null);
  const frame = useRef<HTMLElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const controller = new AbortController();
    type Reader = typeof import('../state/url');
    const readLinks = () => import('../state/url').catch(() => 'failed' as const);
    // A shared link's reader loads with the data, in parallel; a plain visit loads it only after the first chart.
    let reader: Promise<Reader | 'failed'> | null = window.location.search.length > 1 ? readLinks() : null;
    void fetchDataset({ minerals: mineralsUrl, claims: claimsUrl }, { signal: controller.signal, vouched: digests }).then(async (loaded) => {
      // The address as it is now: Back or Forward may have moved it while the data loaded.
      const search = window.location.search;
      if (search.length > 1) reader ??= readLinks();
      // A reader that fails to load (a dropped connection) costs the link, not the page: the default view opens and
      // says so.
      const url = loaded.ok && search.length > 1 && reader ? await reader : null;
      // A transition: React renders the dashboard in slices, yielding to the browser between them, instead of in
      // one long task that blocks input (the loading frame stays on screen until the whole dashboard is ready).
      if (controller.signal.aborted) return;
      const width = measureFrameChartWidth();
      const query = search.replace(/^\?/, '');
      startTransition(() => {
        setChartWidth(width);
        if (url === 'failed') setOpened({ parsed: UNREAD_LINK, query });
        else if (url && loaded.ok) setOpened({ parsed: url.parseViewQuery(search, urlContext(loaded.dataset)), query });
        else setOpened({ query });
        setResult(loaded);
      });
    });
    return () => controller.abort();
  }, [attempt]);
  const retried = useRef(false);
  // After a retry that fails again, focus moves to the new message, which replaced the control the reader used.
  useEffect(() => {
    if (result && !result.ok && retried.current) frame.current?.focus();
  }, [result]);
  const retry = useCallback(() => {
    retried.current = true;
    // The Retry button goes away; focus moves to the loading status, where the next status or error appears.
    setResult(null);
    setAttempt((count) => count + 1);
    requestAnimationFrame(() => statusRef.current?.focus());
  }, []);
  if (result?.ok) {
    return (
      <ChartWidthHint value={chartWidth}>
        {/* A link that could not be read stays in the address bar for a reload to try again. */}
        <Dashboard dataset={result.dataset} opened={opened?.parsed} openedQuery={opened?.query} syncWithUrl={opened?.parsed !== UNREAD_LINK} />
      </ChartWidthHint>
    );
  }
  // The header and the panels' outline paint at once, before the data; the dashboard then fills them in place.
  if (result === null) {
    return (
      <>
        <SiteHeader finder={<FinderPlaceholder />} />
        <LoadingFrame>
          <p role="status" ref={statusRef} tabIndex={-1}>
            Loading the USGS dataset…
          </p>
        </LoadingFrame>
      </>
    );
  }
  return (
    <>
      <SiteHeader finder={null} />
      <main ref={frame} tabIndex={-1} className="dataset-error">
        <DatasetError problem={result.problem} onRetry={retry} />
      </main>
    </>
  );
}
