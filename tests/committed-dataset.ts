import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod/mini';
import { english } from '../src/data/english';
import { DatasetSchema, type Dataset } from '../src/data/schema';

/** The dataset the app ships, parsed by the schema the app parses it with (tests run from the repository root). */
export function loadCommittedDataset(): Dataset {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(process.cwd(), 'data', name), 'utf8'));
  const result = DatasetSchema.safeParse({ minerals: read('minerals.json'), claims: read('claims.json') }, { error: english });
  if (!result.success) throw new Error(`The committed dataset fails its schema:\n${z.prettifyError(result.error)}`);
  return result.data;
}
