import type { DatasetProblem, DatasetProblemKind } from '../data/load-dataset';
import { countText } from '../state/format';

/** Failures a developer fixes by regenerating the data; a network failure or a timeout is not one of them. */
const FIXED_BY_REGENERATING: ReadonlySet<DatasetProblemKind> = new Set(['http', 'json', 'schema', 'version']);

/** Shown instead of the dashboard when the dataset cannot be read: what failed, where, why, and a way to try again. */
export function DatasetError({ problem, onRetry }: { problem: DatasetProblem; onRetry: () => void }) {
  return (
    <>
      <h1 role="alert">{problem.title}</h1>
      {problem.kind === 'schema' && <p>Each problem, with the mineral and the field it concerns:</p>}
      {problem.details.length > 0 && (
        <ul className="dataset-error__details">
          {problem.details.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      {problem.more > 0 && <p>and {countText(problem.more)} more</p>}
      <p>{problem.advice}</p>
      {import.meta.env.DEV && FIXED_BY_REGENERATING.has(problem.kind) && (
        <p>
          In development: if you changed the data, run <code>npm run data</code> to regenerate <code>data/minerals.json</code> from the
          USGS files in <code>data/usgs/</code>.
        </p>
      )}
      <button type="button" className="outline-button" onClick={onRetry}>
        Retry
      </button>
    </>
  );
}
