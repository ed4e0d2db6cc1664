// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vouchFor } from '../../src/data/vouch';
import { makeDataset, makeMineral } from '../factories';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const good = makeDataset([makeMineral({ id: 'gallium', nir: { 2024: '100' } })]);

describe('vouchFor (the build vouches for the dataset it ships)', () => {
  it('names the committed files by their size and the SHA-256 of their bytes', () => {
    const read = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), 'data', name)));
    const [minerals, claims] = [read('minerals.json'), read('claims.json')];
    expect(vouchFor(minerals, claims)).toEqual({
      digests: { minerals: { bytes: minerals.byteLength, sha256: sha256(minerals) }, claims: { bytes: claims.byteLength, sha256: sha256(claims) } },
    });
  });

  it('refuses files that fail the schema: the page must validate them and say what is wrong', () => {
    const broken = makeDataset([makeMineral({ id: 'gallium', nir: { 2024: '100' } })]).minerals;
    broken.minerals[0]!.figures[0]!.nir = { kind: 'exact', printed: '85', value: 12 };
    expect(vouchFor(bytes(broken), bytes(good.claims))).toEqual({ refused: expect.stringMatching(/^1 problem, the first: gallium: printed "85"/) });
  });

  it('refuses files the schema would change as it parses them, so skipping the parse never gives another dataset', () => {
    const extra = { ...good.minerals, minerals: good.minerals.minerals.map((mineral) => ({ ...mineral, unread: 'a field no schema knows' })) };
    expect(vouchFor(bytes(extra), bytes(good.claims))).toEqual({ refused: expect.stringContaining('the schema changes the files') });
  });

  it('refuses another schema version and text that is not JSON', () => {
    expect(vouchFor(bytes({ ...good.minerals, schemaVersion: 1 }), bytes(good.claims))).toEqual({ refused: 'minerals.json has schemaVersion 1, not 2' });
    expect(vouchFor(new TextEncoder().encode('{oops'), bytes(good.claims))).toEqual({ refused: expect.stringMatching(/^not JSON: /) });
  });
});
