import { z } from 'zod';
import { DatasetSchema, SCHEMA_VERSION, type Dataset } from './schema';

export interface DatasetProblem {
  title: string;
  /** z.prettifyError's text: one entry per bad path, with why. */
  details: string;
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problem: DatasetProblem };

function versionProblem(name: string, raw: unknown): DatasetProblem | null {
  const version = typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version === SCHEMA_VERSION) return null;
  return {
    title: `${name} cannot be read by this dashboard`,
    details:
      version === undefined
        ? `${name} has no schemaVersion: it is not a dataset made by \`npm run data\`.`
        : `${name} has schemaVersion ${JSON.stringify(version)}; this dashboard reads version ${SCHEMA_VERSION}.`,
  };
}

/** Validates both files once, at the edge; nothing downstream checks again. */
export function parseDataset(minerals: unknown, claims: unknown): LoadResult {
  const versionIssue = versionProblem('data/minerals.json', minerals) ?? versionProblem('data/claims.json', claims);
  if (versionIssue) return { ok: false, problem: versionIssue };
  const result = DatasetSchema.safeParse({ minerals, claims });
  if (result.success) return { ok: true, dataset: result.data };
  const count = result.error.issues.length;
  return {
    ok: false,
    problem: { title: `The dataset failed validation (${count} ${count === 1 ? 'problem' : 'problems'})`, details: z.prettifyError(result.error) },
  };
}

async function fetchJson(url: string, name: string, fetchImpl: typeof fetch): Promise<unknown> {
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`${name} could not be loaded: HTTP ${response.status} ${response.statusText}`.trim());
  try {
    return await response.json();
  } catch {
    throw new Error(`${name} is not valid JSON.`);
  }
}

export async function fetchDataset(urls: { minerals: string; claims: string }, fetchImpl: typeof fetch = fetch): Promise<LoadResult> {
  try {
    const [minerals, claims] = await Promise.all([
      fetchJson(urls.minerals, 'data/minerals.json', fetchImpl),
      fetchJson(urls.claims, 'data/claims.json', fetchImpl),
    ]);
    return parseDataset(minerals, claims);
  } catch (error) {
    return { ok: false, problem: { title: 'The dataset could not be loaded', details: error instanceof Error ? error.message : String(error) } };
  }
}
