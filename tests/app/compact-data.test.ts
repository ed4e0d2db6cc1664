// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactJson } from '../../src/app/build-plugins';
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
