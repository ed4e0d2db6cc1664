/**
 * Reading the dataset: JSON, then zod, once, at the edge; nothing downstream checks again. This is the code the app
 * runs in a worker (dataset-worker.ts), off the page's main thread, and in tests and where there is no Worker.
 */
import { z } from 'zod/mini';
import { CLAIMS_FILE, MINERALS_FILE, problem, type DatasetProblem, type LoadResult } from './dataset-problem';
import { DatasetSchema, SCHEMA_VERSION } from './schema';

function versionProblem(name: string, raw: unknown): DatasetProblem | null {
  const version = typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version === SCHEMA_VERSION) return null;
  return problem(
    'version',
    `${name} cannot be read by this dashboard`,
    'The page and its data come from different releases, which can happen for a moment while the site is updated. Press Retry; if this stays, reload the page.',
    [
      version === undefined
        ? `${name} has no schemaVersion: it is not a dataset made for this dashboard.`
        : `${name} has schemaVersion ${JSON.stringify(version)}; this dashboard reads version ${SCHEMA_VERSION}.`,
    ],
  );
}

/** The id of the mineral at `index` of the raw minerals file, when it has one to name it by. */
function mineralIdAt(minerals: unknown, index: PropertyKey | undefined): string | null {
  if (typeof index !== 'number' || typeof minerals !== 'object' || minerals === null) return null;
  const list = (minerals as { minerals?: unknown }).minerals;
  const id = Array.isArray(list) ? (list[index] as { id?: unknown } | undefined)?.id : undefined;
  return typeof id === 'string' && id !== '' ? id : null;
}

/** "gallium · figures[0].nir.value: Too big: …" for a mineral's field; any other path as it is ("minerals.editions[1].dataYear: …"). */
function describeIssue(issue: z.core.$ZodIssue, minerals: unknown): string {
  const [file, list, index, ...within] = issue.path;
  const mineralId = file === 'minerals' && list === 'minerals' ? mineralIdAt(minerals, index) : null;
  if (mineralId === null) return issue.path.length === 0 ? issue.message : `${z.core.toDotPath(issue.path)}: ${issue.message}`;
  // Our refinements start with the id already; the prefix names it, so it is not said twice.
  const message = issue.message.startsWith(`${mineralId}: `) ? issue.message.slice(mineralId.length + 2) : issue.message;
  return within.length === 0 ? `${mineralId}: ${message}` : `${mineralId} · ${z.core.toDotPath(within)}: ${message}`;
}

/** Validates both files once, at the edge; nothing downstream checks again. */
export function parseDataset(minerals: unknown, claims: unknown): LoadResult {
  const versionIssue = versionProblem(MINERALS_FILE, minerals) ?? versionProblem(CLAIMS_FILE, claims);
  if (versionIssue) return { ok: false, problem: versionIssue };
  const result = DatasetSchema.safeParse({ minerals, claims });
  if (result.success) return { ok: true, dataset: result.data };
  const count = result.error.issues.length;
  return {
    ok: false,
    problem: problem(
      'schema',
      `The dataset failed validation (${count.toLocaleString('en-US')} ${count === 1 ? 'problem' : 'problems'})`,
      'The dashboard draws nothing rather than show figures it cannot trust. Retrying will not change the file: the site needs a corrected dataset.',
      result.error.issues.map((issue) => describeIssue(issue, minerals)),
    ),
  };
}

/** A file's bytes as JSON; the parser's own words say where it broke, when it knows ("… at position 1 (line 1 column 2)"). */
function parseJson(bytes: ArrayBuffer, name: string): { ok: true; json: unknown } | { ok: false; problem: DatasetProblem } {
  try {
    return { ok: true, json: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
  } catch (error) {
    return {
      ok: false,
      problem: problem(
        'json',
        `${name} is not valid JSON`,
        'The file arrived cut short or damaged. Press Retry; if it fails again, the published file is broken.',
        error instanceof Error ? [`JSON.parse says: ${error.message}`] : [],
      ),
    };
  }
}

/** Both files' bytes, as they arrived, to a dataset or the first problem found. */
export function readDataset(mineralsBytes: ArrayBuffer, claimsBytes: ArrayBuffer): LoadResult {
  const minerals = parseJson(mineralsBytes, MINERALS_FILE);
  if (!minerals.ok) return minerals;
  const claims = parseJson(claimsBytes, CLAIMS_FILE);
  if (!claims.ok) return claims;
  return parseDataset(minerals.json, claims.json);
}
