import type { DatasetProblem } from '../data/load-dataset';

/** Shown instead of the dashboard when the dataset cannot be read: what failed, where, and why. */
export function DatasetError({ problem }: { problem: DatasetProblem }) {
  return (
    <main className="dataset-error">
      <h1 role="alert">{problem.title}</h1>
      <p>The dashboard did not draw anything rather than show figures it could not trust. Each problem, with its path:</p>
      <pre className="dataset-error__details">{problem.details}</pre>
      <p>
        If you changed the data, run <code>npm run data</code> to regenerate <code>data/minerals.json</code> from the USGS files in{' '}
        <code>data/usgs/</code>.
      </p>
    </main>
  );
}
