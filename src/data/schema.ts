import { z } from 'zod/mini';
import { parseNir } from './pipeline/nir.ts';
import { SCHEMA_VERSION } from './schema-version.ts';

// Before any schema is built. jitless: without it zod probes `new Function`, which a CSP without 'unsafe-eval'
// reports. zod/mini (16 KB gzip smaller than classic zod) ships no messages of its own: a parse whose problems are
// put into words passes zod's English (english.ts), which loads only then.
z.config({ jitless: true });

// In a module of its own: the loader reads it without loading the schema (and zod).
export { SCHEMA_VERSION };

export const LIST_IDS = ['2022', '2025'] as const;

/** An edition's id, e.g. "MCS2026". Editions are rows of data (data/editions.json), not a type. */
export const EditionSchema = z.string().check(z.regex(/^MCS\d{4}$/, 'an edition id looks like "MCS2026"'));
/** The year an edition's figures describe (MCS 2026 → 2025). */
export const DataYearSchema = z.int().check(z.gte(1900), z.lte(2999));
export const ListIdSchema = z.enum(LIST_IDS);

/** Where a value was read: the file as published, its edition and the 1-based line the record starts on. */
export const SourceRefSchema = z.object({
  file: z.string().check(z.minLength(1)),
  edition: EditionSchema,
  line: z.int().check(z.positive()),
});

/**
 * Net import reliance as USGS prints it. `printed` is the cell exactly as published (trimmed);
 * the other fields are what it means. A bound stays a bound; E, W and NA are states, not numbers.
 */
export const NirSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), printed: z.string().check(z.minLength(1)), value: z.number().check(z.gte(0), z.lte(100)) }),
  z.object({
    kind: z.literal('bound'),
    printed: z.string().check(z.minLength(2)),
    bound: z.enum(['>', '<']),
    value: z.number().check(z.gte(0), z.lte(100)),
  }),
  z.object({ kind: z.literal('exporter'), printed: z.literal('E') }),
  z.object({ kind: z.literal('withheld'), printed: z.literal('W') }),
  z.object({ kind: z.literal('not-available'), printed: z.literal('NA') }),
]);

/** One mineral's figure in one edition: NIR and the major import sources, in USGS order. */
export const EditionFigureSchema = z.object({
  edition: EditionSchema,
  dataYear: DataYearSchema,
  /** The commodity line as printed in the source file, e.g. "GALLIUM, metal". */
  usgsName: z.string().check(z.minLength(1)),
  nir: NirSchema,
  nirSource: SourceRefSchema,
  /** Country names cleaned of footnote marks and stray spaces, in descending order of import share. */
  importSources: z.array(z.string().check(z.minLength(1))),
  /** e.g. "2020–23"; empty when the edition prints no sources for the line. */
  importSourcesPeriod: z.string(),
  importSourcesSource: z.nullable(SourceRefSchema),
});

export const ImportShareSchema = z.object({
  country: z.string().check(z.minLength(1)),
  /** As printed, e.g. "71", "<1". */
  percentPrinted: z.string().check(z.minLength(1)),
  /** The number when the printed form is a plain number, else null. */
  percent: z.nullable(z.number().check(z.gte(0), z.lte(100))),
  source: SourceRefSchema,
});

/** Import sources with percent shares (MCS 2026, 2021–24). */
export const ImportSharesSchema = z.object({
  period: z.string().check(z.minLength(1)),
  shares: z.array(ImportShareSchema).check(z.minLength(1)),
  /** The first row of the shares; each share also carries its own line. */
  source: SourceRefSchema,
  note: z.optional(z.string()),
});

/** NIR per year as revised in MCS 2026. */
export const NirSeriesPointSchema = z.object({
  year: z.int(),
  nir: NirSchema,
  source: SourceRefSchema,
});

/** Leading world producer and its share of world production (MCS 2025 T5, MCS 2026 T7). */
export const WorldProductionSchema = z.object({
  edition: EditionSchema,
  dataYear: DataYearSchema,
  leadingCountry: z.string().check(z.minLength(1)),
  leadingCountryProductionPrinted: z.string(),
  leadingSharePrinted: z.string(),
  leadingShare: z.nullable(z.number().check(z.gte(0), z.lte(100))),
  worldTotalPrinted: z.string(),
  note: z.string(),
  source: SourceRefSchema,
});

export const ChinaExportControlSchema = z.object({
  controlType: z.string().check(z.minLength(1)),
  /** The year USGS gives for the control, e.g. "2023". */
  year: z.string().check(z.minLength(1)),
  /** The wording in MCS2026_T4 that names this mineral. */
  printed: z.string().check(z.minLength(1)),
  source: SourceRefSchema,
});

/** What an edition's critical-minerals end-use table says the mineral is used for (MCS2023_T4, MCS2024_T4, MCS2026_T6). */
export const EndUseSchema = z.object({
  edition: EditionSchema,
  /** "Primary Applications", as printed. */
  uses: z.string().check(z.minLength(1)),
  /** The table's Category_Note, e.g. "Included in the Rare Earths chapter in this publication."; empty where none. */
  note: z.string(),
  source: SourceRefSchema,
});

/** Another country's export ban or licensing rule whose wording names this mineral (our reading of MCS2026_T4). */
export const OtherExportControlSchema = z.object({
  country: z.string().check(z.minLength(1)),
  controlType: z.string().check(z.minLength(1)),
  /** The whole cell as USGS prints it, items and years: "Bauxite (2023), copper concentrates (2023), and nickel ore (2020)." */
  printed: z.string().check(z.minLength(1)),
  /** The words in it that name the mineral, e.g. "bauxite", "chromite". */
  matched: z.string().check(z.minLength(1)),
  source: SourceRefSchema,
});

function describeNir(nir: Nir): string {
  if (nir.kind === 'exact') return `exact ${nir.value}`;
  if (nir.kind === 'bound') return `bound ${nir.bound}${nir.value}`;
  return nir.kind;
}

/** Re-reads `printed` as the pipeline does; a record whose kind, bound or value says otherwise contradicts itself. */
function nirContradiction(mineralId: string, nir: Nir): string | null {
  // A value outside 0–100 is already reported by NirSchema; re-reading it would say so twice.
  if ('value' in nir && (nir.value < 0 || nir.value > 100)) return null;
  let reread: Nir;
  try {
    reread = parseNir(nir.printed);
  } catch (error) {
    return `${mineralId}: ${error instanceof Error ? error.message : String(error)}.`;
  }
  const agrees =
    reread.printed === nir.printed &&
    reread.kind === nir.kind &&
    ('value' in reread ? 'value' in nir && reread.value === nir.value : true) &&
    ('bound' in reread ? 'bound' in nir && reread.bound === nir.bound : true);
  return agrees ? null : `${mineralId}: printed "${nir.printed}" reads as ${describeNir(reread)}, not ${describeNir(nir)}.`;
}

const MineralFieldsSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.minLength(1)),
  /**
   * single: a commodity line of its own; lanthanide: one of the 14, carrying the rare-earths line;
   * rare-earths: the rare-earths line itself, shown when lanthanides are grouped.
   */
  group: z.enum(['single', 'lanthanide', 'rare-earths']),
  /** The USGS line this mineral's values come from, e.g. "BAUXITE" for aluminum. */
  usgsLine: z.string(),
  /** Critical-mineral lists this mineral is on (the rare-earths line: the lists its lanthanides are on). */
  criticalLists: z.array(ListIdSchema),
  /** Why values are borrowed or missing, said on screen (lanthanides, PGMs without lines, aluminum = bauxite). */
  note: z.string(),
  figures: z.array(EditionFigureSchema),
  importShares: z.nullable(ImportSharesSchema),
  nirSeries: z.array(NirSeriesPointSchema),
  worldProduction: z.array(WorldProductionSchema),
  chinaExportControls: z.array(ChinaExportControlSchema),
  otherExportControls: z.array(OtherExportControlSchema),
  endUses: z.array(EndUseSchema),
});
type MineralFields = z.infer<typeof MineralFieldsSchema>;

/** Each NIR record agrees with its printed form; a series has one point a year. */
export const MINERAL_REFINEMENT = z.superRefine((mineral: MineralFields, context) => {
  mineral.figures.forEach((figure, index) => {
    const issue = nirContradiction(mineral.id, figure.nir);
    if (issue) context.addIssue({ code: 'custom', path: ['figures', index, 'nir'], message: issue });
  });
  const seriesYears = new Set<number>();
  mineral.nirSeries.forEach((point, index) => {
    const issue = nirContradiction(mineral.id, point.nir);
    if (issue) context.addIssue({ code: 'custom', path: ['nirSeries', index, 'nir'], message: issue });
    if (seriesYears.has(point.year)) {
      context.addIssue({ code: 'custom', path: ['nirSeries', index, 'year'], message: `${mineral.id}: a second nirSeries point for ${point.year}.` });
    }
    seriesYears.add(point.year);
  });
});

export const MineralSchema = MineralFieldsSchema.check(MINERAL_REFINEMENT);

export const EditionInfoSchema = z.object({
  edition: EditionSchema,
  dataYear: DataYearSchema,
  title: z.string().check(z.minLength(1)),
  published: z.string(),
  importSourcesPeriod: z.string(),
  doi: z.nullable(z.string()),
  reportUrl: z.string(),
  /** The files of data/usgs/ this edition's figures were read from. */
  files: z.array(z.string().check(z.minLength(1))),
});

export const CriticalListSchema = z.object({
  id: ListIdSchema,
  name: z.string().check(z.minLength(1)),
  count: z.int().check(z.positive()),
  source: z.string().check(z.minLength(1)),
});

export const ExportControlSchema = z.object({
  country: z.string().check(z.minLength(1)),
  controlType: z.string().check(z.minLength(1)),
  commodityYear: z.string().check(z.minLength(1)),
  dataSource: z.string(),
  notes: z.string(),
  source: SourceRefSchema,
});

export const TimelineEventSchema = z.object({
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  actor: z.string().check(z.minLength(1)),
  event: z.string().check(z.minLength(1)),
  minerals: z.string(),
  sources: z.array(z.string().check(z.minLength(1))),
  /** True where the date is computed here, not printed in a source. */
  computed: z.boolean(),
  /** For a computed date: the dated event and the number of days it is counted from (2026-01-14 + 180 days). */
  computedFrom: z.nullable(z.object({ date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), days: z.int().check(z.positive()) })),
  /** The minerals of the dataset the event's "minerals" cell names; the words that name none stay in the text. */
  mineralIds: z.array(z.string()),
});

const MineralsFileFieldsSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generated: z.object({ by: z.string().check(z.minLength(1)), from: z.array(z.string().check(z.minLength(1))) }),
  editions: z.array(EditionInfoSchema).check(z.minLength(1)),
  lists: z.array(CriticalListSchema),
  minerals: z.array(MineralSchema).check(z.minLength(1)),
  exportControls: z.array(ExportControlSchema),
  timeline: z.array(TimelineEventSchema),
});
type MineralsFileFields = z.infer<typeof MineralsFileFieldsSchema>;

/** What no single record can show: editions, data years, ids and the timeline's minerals across the file. */
export const MINERALS_FILE_REFINEMENT = z.superRefine((file: MineralsFileFields, context) => {
  const dataYearOf = new Map<string, number>();
  file.editions.forEach((edition, index) => {
    if (dataYearOf.has(edition.edition) || [...dataYearOf.values()].includes(edition.dataYear)) {
      context.addIssue({ code: 'custom', path: ['editions', index], message: `Edition ${edition.edition} (data year ${edition.dataYear}) is listed twice.` });
    }
    dataYearOf.set(edition.edition, edition.dataYear);
  });
  file.minerals.forEach((mineral, index) => {
    const years = new Set<number>();
    mineral.figures.forEach((figure, figureIndex) => {
      const path = ['minerals', index, 'figures', figureIndex];
      if (dataYearOf.get(figure.edition) !== figure.dataYear) {
        context.addIssue({ code: 'custom', path, message: `${mineral.id}: ${figure.edition} with data year ${figure.dataYear} does not match the editions table.` });
      }
      if (years.has(figure.dataYear)) {
        context.addIssue({ code: 'custom', path, message: `${mineral.id}: a second figure for data year ${figure.dataYear}.` });
      }
      years.add(figure.dataYear);
    });
  });
  const ids = new Set<string>();
  file.minerals.forEach((mineral, index) => {
    if (ids.has(mineral.id)) {
      context.addIssue({ code: 'custom', path: ['minerals', index, 'id'], message: `Duplicate mineral id "${mineral.id}".` });
    }
    ids.add(mineral.id);
  });
  file.timeline.forEach((event, index) => {
    event.mineralIds.forEach((mineralId, idIndex) => {
      if (!ids.has(mineralId)) {
        context.addIssue({
          code: 'custom',
          path: ['timeline', index, 'mineralIds', idIndex],
          message: `The timeline event of ${event.date} (${event.actor}) names mineral "${mineralId}", which the dataset does not have.`,
        });
      }
    });
  });
});

export const MineralsFileSchema = MineralsFileFieldsSchema.check(MINERALS_FILE_REFINEMENT);

/** The schema's refinements by name: the build's compiled parser calls each by this name (compiled-parser.ts). */
export const REFINEMENTS = { mineral: MINERAL_REFINEMENT, mineralsFile: MINERALS_FILE_REFINEMENT } as const;

/** What a claim is measured by; derive.ts knows how to compute each. */
export const ClaimMeasureSchema = z.enum(['count-at-100', 'count-further-50', 'china-share-rare-earths']);

export const ClaimSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  measure: ClaimMeasureSchema,
  /** The article's figure as written, e.g. "12", "56%". */
  figure: z.string().check(z.minLength(1)),
  value: z.number(),
  quote: z.string().check(z.minLength(1)),
  saidBy: z.string().check(z.minLength(1)),
  rule: z.string().check(z.minLength(1)),
  /** A figure printed by USGS only in prose (not in the data release), quoted with its source. */
  usgsQuote: z.nullable(
    z.object({
      text: z.string().check(z.minLength(1)),
      value: z.number(),
      period: z.string().check(z.minLength(1)),
      source: z.string().check(z.minLength(1)),
    }),
  ),
});

export const ClaimsFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  article: z.object({
    title: z.string().check(z.minLength(1)),
    date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    file: z.string().check(z.minLength(1)),
  }),
  claims: z.array(ClaimSchema).check(z.minLength(1)),
});

/** The refinements live on MineralsFileSchema and MineralSchema, so `npm run data` checks them too. */
export const DatasetSchema = z.object({
  minerals: MineralsFileSchema,
  claims: ClaimsFileSchema,
});

export type Edition = z.infer<typeof EditionSchema>;
export type DataYear = z.infer<typeof DataYearSchema>;
export type ListId = z.infer<typeof ListIdSchema>;
export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Nir = z.infer<typeof NirSchema>;
export type EditionFigure = z.infer<typeof EditionFigureSchema>;
export type ImportShares = z.infer<typeof ImportSharesSchema>;
export type NirSeriesPoint = z.infer<typeof NirSeriesPointSchema>;
export type WorldProduction = z.infer<typeof WorldProductionSchema>;
export type ChinaExportControl = z.infer<typeof ChinaExportControlSchema>;
export type OtherExportControl = z.infer<typeof OtherExportControlSchema>;
export type EndUse = z.infer<typeof EndUseSchema>;
export type Mineral = z.infer<typeof MineralSchema>;
export type EditionInfo = z.infer<typeof EditionInfoSchema>;
export type CriticalList = z.infer<typeof CriticalListSchema>;
export type ExportControl = z.infer<typeof ExportControlSchema>;
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type MineralsFile = z.infer<typeof MineralsFileSchema>;
export type ClaimMeasure = z.infer<typeof ClaimMeasureSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimsFile = z.infer<typeof ClaimsFileSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
