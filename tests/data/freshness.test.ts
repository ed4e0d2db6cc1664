// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialiseMineralsFile } from '../../src/data/build-data';
import { buildMineralsFile } from '../../src/data/pipeline/build';
import { REPOSITORY_ROOT, inputFiles } from './usgs-files';

/** The first line where two texts differ, to say where a stale JSON went stale; null when equal. */
function firstDifference(committed: string, rebuilt: string): string | null {
  if (committed === rebuilt) return null;
  const committedLines = committed.split('\n');
  const rebuiltLines = rebuilt.split('\n');
  const index = committedLines.findIndex((line, at) => line !== rebuiltLines[at]);
  const at = index === -1 ? committedLines.length : index;
  return `line ${at + 1}: committed ${JSON.stringify(committedLines[at])}, rebuilt ${JSON.stringify(rebuiltLines[at])}`;
}

describe('data/minerals.json', () => {
  it('is built deterministically: twice, and from files given in another order, the same text', () => {
    const first = serialiseMineralsFile(buildMineralsFile(inputFiles()));
    const second = serialiseMineralsFile(buildMineralsFile(inputFiles()));
    const reordered = Object.fromEntries(Object.entries(inputFiles()).reverse());
    expect(second).toBe(first);
    expect(serialiseMineralsFile(buildMineralsFile(reordered))).toBe(first);
  });

  it('as committed is what `npm run data` builds from data/usgs now (run it if this fails)', () => {
    const committed = readFileSync(join(REPOSITORY_ROOT, 'data', 'minerals.json'), 'utf8');
    const rebuilt = `${JSON.stringify(buildMineralsFile(inputFiles()), null, 2)}\n`;
    expect(firstDifference(committed, rebuilt), 'data/minerals.json is stale: run npm run data').toBeNull();
  });
});
