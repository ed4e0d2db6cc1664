import { useCallback, useEffect, useRef, useState } from 'react';
import mineralsUrl from '../../data/minerals.json?url';
import claimsUrl from '../../data/claims.json?url';
import { fetchDataset, type LoadResult } from '../data/load-dataset';
import { DatasetError } from '../components/dataset-error';
import { Dashboard } from './dashboard';

/** Loads the bundled dataset, then hands the parsed result to the dashboard, or says what failed and offers a retry. */
export function App() {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<LoadResult | null>(null);
  const frame = useRef<HTMLElement>(null);
  useEffect(() => {
    const controller = new AbortController();
    void fetchDataset({ minerals: mineralsUrl, claims: claimsUrl }, { signal: controller.signal }).then((loaded) => {
      if (!controller.signal.aborted) setResult(loaded);
    });
    return () => controller.abort();
  }, [attempt]);
  const retry = useCallback(() => {
    // The Retry button goes away; focus stays on the frame, where the next status or error appears.
    frame.current?.focus();
    setResult(null);
    setAttempt((count) => count + 1);
  }, []);
  if (result?.ok) return <Dashboard dataset={result.dataset} search={window.location.search} syncWithUrl />;
  // One frame for loading and failure, so the status and the error take the same place on the page.
  return (
    <main ref={frame} tabIndex={-1} className={result ? 'dataset-error' : 'loading'}>
      <p role="status">{result === null ? 'Loading the USGS dataset…' : ''}</p>
      {result && <DatasetError problem={result.problem} onRetry={retry} />}
    </main>
  );
}
