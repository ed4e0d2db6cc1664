/** What a failed load says (the loader's and the reader's, in both threads); no zod here, so the page can say it. */
import { truncateChars } from './text';
import type { Dataset } from './schema';

/** What went wrong: the file could not be reached, the server refused it, it is not JSON, not ours, or not valid. */
export type DatasetProblemKind = 'network' | 'http' | 'json' | 'schema' | 'timeout' | 'version';

export interface DatasetProblem {
  kind: DatasetProblemKind;
  title: string;
  /** One line per problem, at most MAX_LISTED_PROBLEMS, each at most MAX_LINE_CHARACTERS whole characters. */
  details: string[];
  /** How many problems were found beyond those listed ("and N more"). */
  more: number;
  /** What a reader of the site can do about it. */
  advice: string;
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problem: DatasetProblem };

export const MAX_LISTED_PROBLEMS = 20;
export const MAX_LINE_CHARACTERS = 300;
export const DEFAULT_TIMEOUT_MS = 20_000;

export const MINERALS_FILE = 'data/minerals.json';
export const CLAIMS_FILE = 'data/claims.json';

/** A problem in the words the page shows: the title and each line cut by whole characters, at most 20 lines listed. */
export function problem(kind: DatasetProblemKind, title: string, advice: string, lines: string[] = []): DatasetProblem {
  return {
    kind,
    title: truncateChars(title, MAX_LINE_CHARACTERS),
    details: lines.slice(0, MAX_LISTED_PROBLEMS).map((line) => truncateChars(line, MAX_LINE_CHARACTERS)),
    more: Math.max(0, lines.length - MAX_LISTED_PROBLEMS),
    advice,
  };
}

