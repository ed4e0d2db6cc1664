import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Before the schema module loads: a CSP without 'unsafe-eval' refuses `new Function`, so any call here is a violation.
const functionsConstructed = await vi.hoisted(async () => (await import('../function-calls')).recordFunctionsFromStrings());

import { z } from 'zod';
import { english } from '../../src/data/english';
import { parseNir } from '../../src/data/pipeline/nir';
import { MineralsFileSchema, type Mineral, type MineralsFile, type Nir, type TimelineEvent } from '../../src/data/schema';
import { makeDataset, makeMineral, makeRareEarths } from '../factories';

afterAll(() => vi.unstubAllGlobals());

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const mineralsFile = (...minerals: Mineral[]): MineralsFile => makeDataset(minerals).minerals;

/** Each issue as "path: message", the path within data/minerals.json. */
function problems(file: unknown): string[] {
  const result = MineralsFileSchema.safeParse(file, { error: english });
  return result.success ? [] : result.error.issues.map((issue) => `${z.core.toDotPath(issue.path)}: ${issue.message}`);
}

const seriesPoint = (year: number, printed: string) => ({
  year,
  nir: parseNir(printed),
  source: { file: 'MCS2026_Commodities_Data.csv', edition: 'MCS2026', line: 10 },
});

const event = (overrides: Partial<TimelineEvent> = {}): TimelineEvent => ({
  date: '2026-01-14',
  actor: 'The White House',
  event: 'Section 232 proclamation on processed critical minerals',
  minerals: 'gallium',
  sources: ['https://www.whitehouse.gov/'],
  computed: false,
  computedFrom: null,
  mineralIds: ['gallium'],
  ...overrides,
});

describe('zod without its eval probe', () => {
  it('is configured jitless', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('builds and parses the schemas without constructing a Function', () => {
    expect(problems(mineralsFile(makeMineral({ id: 'gallium', nir: { 2024: '100' } })))).toEqual([]);
    expect(functionsConstructed).toEqual([]);
  });
});

describe('MineralsFileSchema', () => {
  it('accepts the committed data/minerals.json', () => {
    const committed: unknown = JSON.parse(readFileSync(join(process.cwd(), 'data', 'minerals.json'), 'utf8'));
    expect(problems(committed)).toEqual([]);
  });

  it.each<{ contradiction: string; nir: Nir; message: string }>([
    { contradiction: 'an exact value other than the printed number', nir: { kind: 'exact', printed: '85', value: 80 }, message: 'gallium: printed "85" reads as exact 85, not exact 80.' },
    { contradiction: 'a bound turned the other way', nir: { kind: 'bound', printed: '<25', bound: '>', value: 25 }, message: 'gallium: printed "<25" reads as bound <25, not bound >25.' },
    { contradiction: 'a bound with another value', nir: { kind: 'bound', printed: '<25', bound: '<', value: 20 }, message: 'gallium: printed "<25" reads as bound <25, not bound <20.' },
    { contradiction: 'a bound kept as an exact value', nir: { kind: 'exact', printed: '>75', value: 75 }, message: 'gallium: printed ">75" reads as bound >75, not exact 75.' },
    { contradiction: 'a withheld value kept as a number', nir: { kind: 'exact', printed: 'W', value: 0 }, message: 'gallium: printed "W" reads as withheld, not exact 0.' },
    {
      contradiction: 'a printed form USGS does not use',
      nir: { kind: 'exact', printed: '85 percent', value: 85 },
      message: 'gallium: Unrecognised net import reliance "85 percent": expected a percent (85), a bound (>75, <25), E, W or NA.',
    },
  ])('rejects a figure whose nir.printed disagrees with its kind, bound or value: $contradiction', ({ nir, message }) => {
    const file = mineralsFile(makeMineral({ id: 'gallium', nir: { 2024: '85' } }));
    file.minerals[0]!.figures[0]!.nir = nir;
    expect(problems(file)).toEqual([`minerals[0].figures[0].nir: ${message}`]);
  });

  it('holds the revised series to the same reading of nir.printed', () => {
    const file = mineralsFile(makeMineral({ id: 'cobalt', nirSeries: [seriesPoint(2024, '74')] }));
    file.minerals[0]!.nirSeries[0]!.nir = { kind: 'exact', printed: '74', value: 76 };
    expect(problems(file)).toEqual(['minerals[0].nirSeries[0].nir: cobalt: printed "74" reads as exact 74, not exact 76.']);
  });

  it('rejects a second series point for one year', () => {
    const file = mineralsFile(makeMineral({ id: 'cobalt', nirSeries: [seriesPoint(2023, '76'), seriesPoint(2024, '74'), seriesPoint(2024, '76')] }));
    expect(problems(file)).toEqual(['minerals[0].nirSeries[2].year: cobalt: a second nirSeries point for 2024.']);
  });

  it('rejects percentages outside 0–100: import shares, leading world shares and NIR values', () => {
    const rareEarths = makeRareEarths();
    rareEarths.importShares!.shares[0]!.percent = 171;
    rareEarths.worldProduction = [
      {
        edition: 'MCS2026',
        dataYear: 2025,
        leadingCountry: 'China',
        leadingCountryProductionPrinted: '270,000',
        leadingSharePrinted: '-69',
        leadingShare: -69,
        worldTotalPrinted: '390,000',
        note: '',
        source: { file: 'MCS2026_T7_Critical_Minerals_Salient.csv', edition: 'MCS2026', line: 40 },
      },
    ];
    rareEarths.figures[0]!.nir = { kind: 'exact', printed: '180', value: 180 };
    expect(problems(mineralsFile(rareEarths))).toEqual([
      'minerals[0].figures[0].nir.value: Too big: expected number to be <=100',
      'minerals[0].importShares.shares[0].percent: Too big: expected number to be <=100',
      'minerals[0].worldProduction[0].leadingShare: Too small: expected number to be >=0',
    ]);
  });

  it('rejects two figures for one data year, a figure the editions table disagrees with, and a repeated mineral id', () => {
    const gallium = makeMineral({ id: 'gallium', nir: { 2023: '100', 2024: '100' } });
    gallium.figures.push(clone(gallium.figures[0]!));
    gallium.figures[1]!.dataYear = 2022;
    expect(problems(mineralsFile(gallium, clone(gallium)))).toEqual([
      'minerals[0].figures[1]: gallium: MCS2025 with data year 2022 does not match the editions table.',
      'minerals[0].figures[2]: gallium: a second figure for data year 2023.',
      'minerals[1].figures[1]: gallium: MCS2025 with data year 2022 does not match the editions table.',
      'minerals[1].figures[2]: gallium: a second figure for data year 2023.',
      'minerals[1].id: Duplicate mineral id "gallium".',
    ]);
  });

  it('rejects an edition listed twice', () => {
    const file = mineralsFile(makeMineral());
    file.editions.push(clone(file.editions[0]!));
    expect(problems(file)).toEqual(['editions[4]: Edition MCS2023 (data year 2022) is listed twice.']);
  });

  it('rejects a timeline event naming a mineral the dataset does not have', () => {
    const file = mineralsFile(makeMineral({ id: 'gallium' }));
    file.timeline = [event(), event({ date: '2025-12-01', actor: 'China', minerals: 'gallium; germanium', mineralIds: ['gallium', 'germanium'] })];
    expect(problems(file)).toEqual([
      'timeline[1].mineralIds[1]: The timeline event of 2025-12-01 (China) names mineral "germanium", which the dataset does not have.',
    ]);
  });
});
