import { vi } from 'vitest';

/**
 * Replaces the global Function with a stand-in that records every function made from a string, by `new Function` or
 * `Function(…)`: a CSP without 'unsafe-eval' refuses both, so the page must make none. Call it from vi.hoisted, before
 * any module under test loads; undo with vi.unstubAllGlobals().
 */
export function recordFunctionsFromStrings(): unknown[][] {
  const calls: unknown[][] = [];
  vi.stubGlobal(
    'Function',
    new Proxy(Function, {
      construct(target, args: unknown[]) {
        calls.push(args);
        return Reflect.construct(target, args) as object;
      },
      apply(target, thisArg, args: unknown[]) {
        calls.push(args);
        return Reflect.apply(target, thisArg, args) as unknown;
      },
    }),
  );
  return calls;
}
