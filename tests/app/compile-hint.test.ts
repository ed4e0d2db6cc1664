// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHint } from '../../src/app/build-plugins';

type Bundle = Record<string, { type: 'chunk' | 'asset'; isEntry?: boolean; code?: string; map?: { mappings: string } | null }>;

function generate(bundle: Bundle): Bundle {
  const hook = compileHint().generateBundle as { handler: (options: unknown, bundle: Bundle) => void };
  hook.handler({}, bundle);
  return bundle;
}

describe('compileHint: the first view chunk asks V8 to compile it while it streams in', () => {
  it('puts the hint on the first line of the entry chunk only, and moves its source map down a line', () => {
    const bundle = generate({
      'assets/index-a.js': { type: 'chunk', isEntry: true, code: 'const __vite__mapDeps=1;\nexport {};', map: { mappings: 'AAAA;AACA' } },
      'assets/table-b.js': { type: 'chunk', isEntry: false, code: 'export const t = 1;', map: null },
      'assets/minerals-c.json': { type: 'asset' },
    });
    expect(bundle['assets/index-a.js']!.code).toBe(`${COMPILE_HINT}const __vite__mapDeps=1;\nexport {};`);
    expect(bundle['assets/index-a.js']!.map!.mappings).toBe(';AAAA;AACA');
    // A view's chunk is loaded when it is opened: compiling all of it up front would be work the first view never needs.
    expect(bundle['assets/table-b.js']!.code).toBe('export const t = 1;');
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
  });

  it('refuses a build with no entry chunk or more than one, rather than mark the wrong file', () => {
    expect(() => generate({ 'a.js': { type: 'chunk', isEntry: false, code: '' } })).toThrow(/one entry chunk.*found 0/);
    expect(() => generate({ 'a.js': { type: 'chunk', isEntry: true, code: '' }, 'b.js': { type: 'chunk', isEntry: true, code: '' } })).toThrow(/found 2/);
  });
});
