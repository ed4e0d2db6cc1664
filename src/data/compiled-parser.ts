/**
 * Node only (the build's dataset-parser plugin, src/app/build-plugins.ts): zod's own compiler, the code generator
 * behind z.compile, run on DatasetSchema at build time. Its code is written into a module, so the page parses with
 * compiled code (about 2.4 times faster on a large file) without `new Function`, which the page's CSP forbids. zod
 * documents withParser for exactly this: a parser generated ahead where `new Function` is unavailable.
 *
 * The generated code refers to constants (the schema's patterns and sets, zod helpers, the two refinements). Each
 * is written as an expression the page can rebuild; a constant of any other kind stops the build with its name.
 */
import { compileFn } from 'zod/v4/core';
import { INVALID, util } from 'zod/mini';
import { DatasetSchema, REFINEMENTS } from './schema.ts';

interface Compiled {
  /** The constants' names, in the order the generated function takes them: INVALID first, then c0, c1, … */
  names: string[];
  values: unknown[];
  /** The factory's body, as zod writes it: `return (input) => { … }`. */
  code: string;
}

/**
 * Runs zod's compileFn with a stand-in for the global Function that keeps the generated code and the constants the
 * factory is called with, and with each refinement's check tagged, so a constant that wraps one can be named.
 */
function compileDatasetSchema(): { compiled: Compiled; refinementOf: (value: unknown) => string | null } {
  const RealFunction = globalThis.Function;
  let lastTag: string | null = null;
  const restore = Object.entries(REFINEMENTS).map(([tag, check]) => {
    // The two checks differ only in the type of value they refine; here each is a function of one payload.
    const internals = check._zod as unknown as { check: (payload: unknown) => unknown };
    const original = internals.check;
    internals.check = (payload) => {
      lastTag = tag;
      return original(payload);
    };
    return () => {
      internals.check = original;
    };
  });
  let compiled: Compiled | null = null;
  globalThis.Function = function capture(...parameters: string[]) {
    const code = parameters.pop() ?? '';
    const factory = RealFunction(...parameters, code) as (...values: unknown[]) => unknown;
    const seen: Compiled = { names: parameters, values: [], code };
    compiled = seen;
    return (...values: unknown[]) => {
      seen.values = values;
      return factory(...values);
    };
  } as unknown as FunctionConstructor;
  try {
    compileFn(DatasetSchema);
  } finally {
    globalThis.Function = RealFunction;
    restore.forEach((undo) => undo());
  }
  if (compiled === null) throw new Error('zod compiled no parser for DatasetSchema');
  const refinementOf = (value: unknown) => {
    if (typeof value !== 'function') return null;
    lastTag = null;
    try {
      // A wrapper runs its check: the tagged stand-in names it, whatever the check then makes of an empty value.
      (value as (input: unknown) => unknown)({});
    } catch {
      // The check reads fields an empty object lacks; the tag is already set.
    }
    return lastTag;
  };
  return { compiled, refinementOf };
}

function describe(value: unknown): string {
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  if (typeof value === 'object' && value !== null) return `${value.constructor.name} object`;
  return typeof value;
}

/** A value JSON writes back exactly: not NaN, ±Infinity or -0, which JSON.stringify turns into null and 0. */
const isPrimitive = (value: unknown) =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value) && !Object.is(value, -0));

/** The JavaScript that rebuilds a constant in the page, from `k` (the constants compiled-schema.ts passes). */
function constantExpression(name: string, value: unknown, refinementOf: (value: unknown) => string | null): string {
  if (value === INVALID) return 'k.INVALID';
  if (value === util.codePointLength) return 'k.codePointLength';
  if (isPrimitive(value)) return JSON.stringify(value);
  if (value instanceof RegExp) return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
  if (value instanceof Set && [...value].every(isPrimitive)) return `new Set(${JSON.stringify([...value])})`;
  const refinement = refinementOf(value);
  if (refinement !== null) return `k.refinements.${refinement}`;
  throw new Error(`zod's compiled dataset parser uses constant ${name} (${describe(value)}), which the build cannot write into a module`);
}

/**
 * The module `virtual:dataset-parser`: `createDatasetParser(k)` gives the compiled parser (INVALID when it declines).
 * Throws when zod cannot compile the schema or uses a constant this cannot write: the build stops and says why.
 */
export function datasetParserModule(): string {
  const { compiled, refinementOf } = compileDatasetSchema();
  const constants = compiled.names.map((name, index) => `  const ${name} = ${constantExpression(name, compiled.values[index], refinementOf)};`);
  return [
    '// Generated at build time by zod\'s compiler from DatasetSchema (src/data/compiled-parser.ts). Do not edit.',
    'export function createDatasetParser(k) {',
    ...constants,
    // zod's factory body: `return (input) => { … }`.
    compiled.code,
    '}',
    '',
  ].join('\n');
}
