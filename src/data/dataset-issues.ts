import { z } from 'zod/mini';
import { english } from './english';
import { DatasetSchema } from './schema';

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

/**
 * Every problem of a dataset that failed validation, one line each, in English. Loaded only for such a dataset: it
 * parses the files again with zod's English messages, which the first view does not carry.
 */
export function datasetIssueLines(minerals: unknown, claims: unknown): string[] {
  const result = DatasetSchema.safeParse({ minerals, claims }, { error: english });
  return result.success ? [] : result.error.issues.map((issue) => describeIssue(issue, minerals));
}
