/** npm run data (Node only, not bundled): data/usgs/*.csv + data/editions.json + data/timeline.csv → data/minerals.json (validated, byte-for-byte reproducible). */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import { TIMELINE_FILE, buildMineralsFile } from './pipeline/build';
import { EDITIONS_FILE } from './pipeline/editions';
import { english } from './english';
import { MineralsFileSchema } from './schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every CSV of data/usgs plus data/editions.json and data/timeline.csv, by file name. */
export function readInputFiles(repositoryRoot: string): Record<string, Uint8Array> {
  const usgs = join(repositoryRoot, 'data', 'usgs');
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(usgs).filter((file) => file.endsWith('.csv')).sort()) {
    files[name] = readFileSync(join(usgs, name));
  }
  for (const name of [EDITIONS_FILE, TIMELINE_FILE]) files[name] = readFileSync(join(repositoryRoot, 'data', name));
  return files;
}

export function serialiseMineralsFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function main(): void {
  const built = buildMineralsFile(readInputFiles(root));
  const parsed = MineralsFileSchema.safeParse(built, { error: english });
  if (!parsed.success) {
    console.error(`data/minerals.json would not match the schema:\n${z.prettifyError(parsed.error)}`);
    process.exit(1);
  }
  const out = join(root, 'data', 'minerals.json');
  writeFileSync(out, serialiseMineralsFile(built));
  console.log(`Wrote data/minerals.json: ${built.minerals.length} minerals, ${built.exportControls.length} export controls, ${built.timeline.length} events.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
