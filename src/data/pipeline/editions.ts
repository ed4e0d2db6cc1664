import { z } from 'zod/mini';
import { english } from '../english';
import { EditionSchema, DataYearSchema, ListIdSchema, type CriticalList, type EditionInfo, type SourceRef } from '../schema';

/** data/editions.json: the one table of editions. Everything year-specific in the pipeline is read from here. */
export const EDITIONS_FILE = 'editions.json';

const FileName = z.string().check(z.regex(/^[\w.-]+\.csv$/, 'a file name of data/usgs/, e.g. "MCS2026_Fig2_Net_Import_Reliance.csv"'));

export const EditionRowSchema = z.object({
  edition: EditionSchema,
  dataYear: DataYearSchema,
  title: z.string().check(z.minLength(1)),
  /** YYYY-MM-DD, or YYYY-MM where the source says only the month. */
  published: z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/)),
  /** The period of the edition's major import sources, e.g. "2020–23"; checked against its Fig. 2 column. */
  importSourcesPeriod: z.string().check(z.regex(/^\d{4}–\d{2}$/)),
  doi: z.nullable(z.string().check(z.minLength(1))),
  reportUrl: z.url(),
  files: z.strictObject({
    netImportReliance: FileName,
    salient: z.optional(FileName),
    importShares: z.optional(FileName),
    importSourceCounts: z.optional(FileName),
    commoditiesData: z.optional(FileName),
    exportControls: z.optional(FileName),
    endUse: z.optional(z.object({ file: FileName, list: ListIdSchema })),
  }),
});

export const EditionsTableSchema = z.object({
  about: z.string(),
  editions: z.array(EditionRowSchema).check(z.minLength(1)),
});

export type EditionRow = z.infer<typeof EditionRowSchema>;
export type FileRole = keyof EditionRow['files'];

/** The rows, oldest data year first; ids and data years must each be unique. */
export function parseEditionsTable(text: string): EditionRow[] {
  const parsed = EditionsTableSchema.safeParse(JSON.parse(text), { error: english });
  if (!parsed.success) throw new Error(`data/${EDITIONS_FILE} does not match its schema:\n${z.prettifyError(parsed.error)}`);
  const rows = [...parsed.data.editions].sort((a, b) => a.dataYear - b.dataYear);
  const ids = new Set(rows.map((row) => row.edition));
  const years = new Set(rows.map((row) => row.dataYear));
  if (ids.size !== rows.length || years.size !== rows.length) {
    throw new Error(`data/${EDITIONS_FILE}: each edition and each data year may be listed once`);
  }
  return rows;
}

/** Every file an edition is read from, in role order. */
export function editionFiles(row: EditionRow): string[] {
  const { endUse, ...single } = row.files;
  return [...Object.values(single).filter((file): file is string => file !== undefined), ...(endUse ? [endUse.file] : [])];
}

export function editionInfo(row: EditionRow): EditionInfo {
  return { ...row, files: editionFiles(row) };
}

/** The newest edition that has a file for `role` (the revised series, the import shares, the export controls). */
export function latestWith(rows: readonly EditionRow[], role: FileRole): EditionRow | null {
  return [...rows].reverse().find((row) => row.files[role] !== undefined) ?? null;
}

export const LIST_INFO: readonly Omit<CriticalList, 'count'>[] = [
  { id: '2022', name: '2022 Final List of Critical Minerals', source: 'Federal Register, 2022-02-24 (FR Doc. 2022-04027)' },
  { id: '2025', name: '2025 Final List of Critical Minerals', source: 'Federal Register, 2025-11-07' },
];

export function sourceRef(file: string, edition: string, line: number): SourceRef {
  return { file, edition, line };
}
