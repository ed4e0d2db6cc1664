import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '../src/data/load-dataset';
import type { Dataset } from '../src/data/schema';

/** The dataset the app ships, parsed as the app parses it (tests run from the repository root). */
export function loadCommittedDataset(): Dataset {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(process.cwd(), 'data', name), 'utf8'));
  const result = parseDataset(read('minerals.json'), read('claims.json'));
  if (!result.ok) throw new Error(`${result.problem.title}\n${result.problem.details.join("\n")}`);
  return result.dataset;
}
