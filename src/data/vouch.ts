/**
 * Node only (the build's dataset-digests plugin): vouches for the dataset files the build ships. Files that pass the
 * schema, and that the schema gives back unchanged, are named by their SHA-256 digests; the page then takes bytes
 * with those digests as already validated and loads the validator only for any other bytes (load-dataset.ts).
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { english } from './english.ts';
import type { DatasetDigests } from './load-dataset.ts';
import { DatasetSchema, SCHEMA_VERSION } from './schema.ts';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The sizes and digests of the two files when they parse as JSON, carry this schema version and pass the schema with nothing
 * stripped, defaulted or transformed (so skipping the parse gives the same dataset); otherwise why not, and the page
 * validates whatever it is sent.
 */
export function vouchFor(minerals: Uint8Array, claims: Uint8Array): { digests: DatasetDigests } | { refused: string } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let raw: { minerals: unknown; claims: unknown };
  try {
    raw = { minerals: JSON.parse(decoder.decode(minerals)), claims: JSON.parse(decoder.decode(claims)) };
  } catch (error) {
    return { refused: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  for (const [name, file] of Object.entries(raw)) {
    const version = (file as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (version !== SCHEMA_VERSION) return { refused: `${name}.json has schemaVersion ${JSON.stringify(version)}, not ${SCHEMA_VERSION}` };
  }
  const parsed = DatasetSchema.safeParse(raw, { error: english });
  if (!parsed.success) {
    const { issues } = parsed.error;
    return { refused: `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}, the first: ${issues[0]?.message ?? ''}` };
  }
  if (!isDeepStrictEqual(parsed.data, raw)) return { refused: 'the schema changes the files as it parses them (a field stripped, defaulted or transformed)' };
  return { digests: { minerals: { bytes: minerals.byteLength, sha256: sha256Hex(minerals) }, claims: { bytes: claims.byteLength, sha256: sha256Hex(claims) } } };
}
