/**
 * The dataset's schema with zod's compiled parser in front (compiled-parser.ts wrote it at build time): a file that
 * passes is parsed by straight-line code; anything it declines goes to zod's own parser, which finds and words
 * every problem as before. Loaded with the validator, only for bytes the build did not vouch for.
 */
import { INVALID, util, withParser } from 'zod/mini';
import { createDatasetParser } from 'virtual:dataset-parser';
import { DatasetSchema, REFINEMENTS } from './schema';

export type DatasetParserConstants = Parameters<typeof createDatasetParser>[0];

/**
 * A refinement as zod's compiler calls it (generateCustomRefineCheck in zod/v4/core/compile.js): the value when the
 * check adds no issue, else INVALID, and the interpreter then reports the issues.
 */
function asCompiled(check: { _zod: { check: (payload: never) => unknown } }): (value: unknown) => unknown {
  const run = check._zod.check;
  return (value) => {
    const payload = {
      value,
      issues: [] as unknown[],
      addIssue(issue: unknown) {
        this.issues.push(issue);
      },
    };
    if (run(payload as never) instanceof Promise) throw new Error('An asynchronous refinement cannot run in a compiled parser.');
    return payload.issues.length === 0 ? payload.value : INVALID;
  };
}

const constants: DatasetParserConstants = {
  INVALID,
  codePointLength: util.codePointLength,
  refinements: { mineral: asCompiled(REFINEMENTS.mineral), mineralsFile: asCompiled(REFINEMENTS.mineralsFile) },
};

/** The compiled parser alone: the parsed dataset, or INVALID for anything it declines. */
export const compiledDatasetParser = createDatasetParser(constants);

/** DatasetSchema, parsed by the compiled code first. */
export const FastDatasetSchema = withParser(DatasetSchema, compiledDatasetParser as never);
