import { useEffect, useState } from 'react';
import mineralsUrl from '../../data/minerals.json?url';
import claimsUrl from '../../data/claims.json?url';
import { fetchDataset, type LoadResult } from '../data/load-dataset';
import { DatasetError } from '../components/dataset-error';
import { Dashboard } from './dashboard';

/** Loads the bundled dataset once, then hands the parsed result to the dashboard, or says what failed. */
export function App() {
  const [result, setResult] = useState<LoadResult | null>(null);
  useEffect(() => {
    let cancelled = false;
    void fetchDataset({ minerals: mineralsUrl, claims: claimsUrl }).then((loaded) => {
      if (!cancelled) setResult(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  if (result === null) {
    return (
      <main className="loading" aria-busy="true">
        <p role="status">Loading the USGS dataset…</p>
      </main>
    );
  }
  if (!result.ok) return <DatasetError problem={result.problem} />;
  return <Dashboard dataset={result.dataset} search={window.location.search} syncWithUrl />;
}
