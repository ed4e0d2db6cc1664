// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHint } from '../../src/app/build-plugins';

type File = { type: 'chunk'; isEntry: boolean; fileName: string; code: string; map?: { mappings: string } | null } | { type: 'asset'; source: string | Uint8Array };
type Bundle = Record<string, File>;

function generate(bundle: Bundle): Bundle {
  const hook = compileHint().generateBundle as { handler: (options: unknown, bundle: Bundle) => void };
  hook.handler({}, bundle);
  return bundle;
}

const chunk = (fileName: string, isEntry: boolean, code: string, map: { mappings: string } | null = null): File => ({ type: 'chunk', isEntry, fileName, code, map });

describe('compileHint: the first view chunk asks V8 to compile it while it streams in', () => {
  it('puts the hint on the first line of the entry chunk only', () => {
    const bundle = generate({
      'assets/index-a.js': chunk('assets/index-a.js', true, 'const __vite__mapDeps=1;\nexport {};'),
      'assets/table-b.js': chunk('assets/table-b.js', false, 'export const t = 1;'),
      'assets/minerals-c.json': { type: 'asset', source: '{}' },
    });
    expect(bundle['assets/index-a.js']).toMatchObject({ code: `${COMPILE_HINT}const __vite__mapDeps=1;\nexport {};` });
    // A view's chunk is loaded when it is opened: compiling all of it up front would be work the first view never needs.
    expect(bundle['assets/table-b.js']).toMatchObject({ code: 'export const t = 1;' });
    expect(bundle['assets/minerals-c.json']).toEqual({ type: 'asset', source: '{}' });
  });

  it('moves the source map down the line it adds, in the chunk and in the .map file a build with maps writes', () => {
    const bundle = generate({
      'assets/index-a.js': chunk('assets/index-a.js', true, 'export {};\n//# sourceMappingURL=index-a.js.map', { mappings: 'AAAA;AACA' }),
      'assets/index-a.js.map': { type: 'asset', source: new TextEncoder().encode('{"version":3,"sources":["main.tsx"],"mappings":"AAAA;AACA"}') },
    });
    expect(bundle['assets/index-a.js']).toMatchObject({ map: { mappings: ';AAAA;AACA' } });
    const file = bundle['assets/index-a.js.map'] as { source: string };
    expect(JSON.parse(file.source)).toEqual({ version: 3, sources: ['main.tsx'], mappings: ';AAAA;AACA' });
  });

  it('refuses what it would get wrong: an inline source map, no entry chunk or more than one', () => {
    expect(() => generate({ 'a.js': chunk('a.js', true, 'x;\n//# sourceMappingURL=data:application/json;base64,e30=') })).toThrow(/inline source map/);
    expect(() => generate({ 'a.js': chunk('a.js', false, '') })).toThrow(/one entry chunk.*found 0/);
    expect(() => generate({ 'a.js': chunk('a.js', true, ''), 'b.js': chunk('b.js', true, '') })).toThrow(/found 2/);
  });
});
