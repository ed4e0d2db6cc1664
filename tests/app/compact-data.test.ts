// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compactData, compactJson } from '../../src/app/build-plugins';
import { servedJson } from '../../src/data/served-json';
import { vouchFor } from '../../src/data/vouch';

const read = (name: string) => new Uint8Array(readFileSync(join(__dirname, '..', '..', 'data', name)));

describe('compactJson: the dataset as the build serves it', () => {
  it('holds exactly the committed values, with every string and figure unchanged, in fewer bytes', () => {
    const committed = read('minerals.json');
    const served = compactJson(committed);
    const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    expect(JSON.parse(text(served))).toEqual(JSON.parse(text(committed)));
    expect(served.byteLength).toBeLessThan(committed.byteLength * 0.6);
    // Bounds and USGS letters stay strings as printed.
    expect(text(served)).toContain('">75"');
  });

  it('is plain ASCII: every other character is a \\u escape that parses back to the same string', () => {
    const committed = read('minerals.json');
    const served = compactJson(committed);
    expect(served.every((byte) => byte < 0x80)).toBe(true);
    // The committed file does carry characters beyond ASCII (en dashes in periods, accents in names).
    expect(committed.some((byte) => byte >= 0x80)).toBe(true);
    expect(new TextDecoder().decode(served)).toContain('2021\\u201324');
    const tricky = { period: '2021–24', name: 'Curaçao', emoji: '\u{1F4A9}', lone: '\uD800', quote: '"\\' };
    expect(servedJson(tricky)).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(servedJson(tricky))).toEqual(tricky);
  });

  it('is what the build vouches for: the compact files pass the schema', () => {
    const vouched = vouchFor(compactJson(read('minerals.json')), compactJson(read('claims.json')));
    expect('digests' in vouched ? vouched.digests.minerals.bytes : vouched.refused).toBe(compactJson(read('minerals.json')).byteLength);
  });

  it('serves bytes that are not JSON as they are, for the page to refuse with its own message', () => {
    const broken = new TextEncoder().encode('{"schemaVersion": 2, "minerals": [');
    expect(compactJson(broken)).toBe(broken);
    const notUtf8 = new Uint8Array([0x7b, 0xff, 0x7d]);
    expect(compactJson(notUtf8)).toBe(notUtf8);
  });
});

describe('compactData: the build plugin', () => {
  const root = join(__dirname, '..', '..');
  const load = async (id: string) => {
    const plugin = compactData();
    (plugin.configResolved as (config: { root: string }) => void)({ root });
    const emitFile = vi.fn(() => 'ref1');
    const code = await (plugin.load as (this: unknown, id: string) => Promise<string | null>).call({ emitFile }, id);
    return { code, emitFile };
  };

  it("serves the project's data/minerals.json?url compacted, under its own name", async () => {
    const { code, emitFile } = await load(`${join(root, 'data', 'minerals.json')}?url`);
    expect(code).toBe('export default import.meta.ROLLUP_FILE_URL_ref1;');
    expect(emitFile).toHaveBeenCalledWith({ type: 'asset', name: 'minerals.json', source: compactJson(read('minerals.json')) });
  });

  it('leaves any other file alone: a data/minerals.json outside the project, or one imported without ?url', async () => {
    expect((await load(`${join(root, 'node_modules', 'x', 'data', 'minerals.json')}?url`)).code).toBeNull();
    expect((await load(join(root, 'data', 'minerals.json'))).code).toBeNull();
    expect((await load(`${join(root, 'data', 'minerals.json')}?raw`)).code).toBeNull();
  });
});
