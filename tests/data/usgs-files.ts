/** Shared by the data tests: the real input files, the dataset built from them, and a file's physical lines. */
import { fileURLToPath } from 'node:url';
import { readInputFiles } from '../../src/data/build-data';
import { buildMineralsFile } from '../../src/data/pipeline/build';
import { decodeText } from '../../src/data/pipeline/decode';
import type { Edition, Mineral, MineralsFile } from '../../src/data/schema';

export const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));

let files: Record<string, Uint8Array> | undefined;
let built: MineralsFile | undefined;
const linesByFile = new Map<string, string[]>();

export function inputFiles(): Record<string, Uint8Array> {
  files ??= readInputFiles(REPOSITORY_ROOT);
  return files;
}

export function inputText(name: string): string {
  const bytes = inputFiles()[name];
  if (!bytes) throw new Error(`no input file ${name}`);
  return decodeText(bytes);
}

/** The text of a 1-based physical line, read without the pipeline's CSV parser. */
export function physicalLine(name: string, line: number): string {
  const lines = linesByFile.get(name) ?? inputText(name).split(/\r?\n/);
  linesByFile.set(name, lines);
  return lines[line - 1] ?? '';
}

export function builtMineralsFile(): MineralsFile {
  built ??= buildMineralsFile(inputFiles());
  return built;
}

export function mineral(id: string): Mineral {
  const found = builtMineralsFile().minerals.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no mineral ${id} in the built data`);
  return found;
}

export function figureOf(id: string, edition: Edition) {
  return mineral(id).figures.find((figure) => figure.edition === edition);
}
