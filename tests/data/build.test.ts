// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildMineralsFile } from '../../src/data/pipeline/build';
import { LANTHANIDES } from '../../src/data/pipeline/catalogue';
import { EDITIONS_FILE, parseEditionsTable } from '../../src/data/pipeline/editions';
import { parseFig2 } from '../../src/data/pipeline/fig2';
import { type Edition, type Mineral, MineralsFileSchema } from '../../src/data/schema';
import { builtMineralsFile, figureOf, inputFiles, inputText, mineral, physicalLine } from './usgs-files';

/** The counting rule of CLAIMS.md, written here on its own so the app's derive.ts is checked, not reused. */
function countOnList2022(minerals: Mineral[], edition: Edition) {
  const atHundred: string[] = [];
  const further: string[] = [];
  for (const candidate of minerals) {
    if (candidate.group === 'rare-earths' || !candidate.criticalLists.includes('2022')) continue;
    const nir = candidate.figures.find((figure) => figure.edition === edition)?.nir;
    if (!nir) continue;
    if (nir.kind === 'exact' && nir.value === 100) atHundred.push(candidate.id);
    else if ((nir.kind === 'exact' && nir.value >= 50) || (nir.kind === 'bound' && nir.bound === '>' && nir.value >= 50)) {
      further.push(candidate.id);
    }
  }
  return { atHundred: atHundred.sort(), further: further.sort() };
}

const TWELVE_AT_100 = [
  'arsenic',
  'cesium',
  'fluorspar',
  'gallium',
  'graphite',
  'indium',
  'manganese',
  'niobium',
  'rubidium',
  'scandium',
  'tantalum',
  'yttrium',
];

const seriesValue = (id: string, year: number) => mineral(id).nirSeries.find((point) => point.year === year)?.nir.printed;

describe('the built dataset', () => {
  const built = builtMineralsFile();

  it('fits the schema', () => {
    expect(() => MineralsFileSchema.parse(built)).not.toThrow();
  });

  it('lists the 2022 critical minerals (50) and the 2025 ones (60), lanthanides one by one', () => {
    const onList = (list: '2022' | '2025') =>
      built.minerals.filter((entry) => entry.group !== 'rare-earths' && entry.criticalLists.includes(list));
    expect(onList('2022')).toHaveLength(50);
    expect(onList('2025')).toHaveLength(60);
    expect(built.lists.map((list) => [list.id, list.count])).toEqual([
      ['2022', 50],
      ['2025', 60],
    ]);
    const added = onList('2025')
      .filter((entry) => !entry.criticalLists.includes('2022'))
      .map((entry) => entry.id)
      .sort();
    expect(added).toEqual([
      'boron',
      'copper',
      'lead',
      'metallurgical-coal',
      'phosphate',
      'potash',
      'rhenium',
      'silicon',
      'silver',
      'uranium',
    ]);
    expect(mineral('alumina').criticalLists).toEqual([]);
  });

  it.each([
    // MCS2023_Fig2 read by hand: the same twelve at 100; 16 others at 50 or more (nickel 56 and vanadium 54 among them) plus the 14 lanthanides.
    ['MCS2023', 12, 30],
    ['MCS2024', 12, 29],
    ['MCS2025', 12, 28],
    ['MCS2026', 13, 28],
  ] as const)('%s: %i critical minerals at 100 percent and %i further at 50 percent or more', (edition, atHundred, further) => {
    const counts = countOnList2022(built.minerals, edition);
    expect(counts.atHundred).toHaveLength(atHundred);
    expect(counts.further).toHaveLength(further);
    expect(counts.further).toEqual(expect.arrayContaining([...LANTHANIDES]));
  });

  it('names the 12 at 100% for data years 2022, 2023 and 2024; titanium sponge joins them in 2025', () => {
    expect(countOnList2022(built.minerals, 'MCS2023').atHundred).toEqual(TWELVE_AT_100);
    expect(countOnList2022(built.minerals, 'MCS2024').atHundred).toEqual(TWELVE_AT_100);
    expect(countOnList2022(built.minerals, 'MCS2025').atHundred).toEqual(TWELVE_AT_100);
    expect(countOnList2022(built.minerals, 'MCS2026').atHundred).toEqual([...TWELVE_AT_100, 'titanium'].sort());
  });

  it('counts aluminum by BAUXITE, titanium by sponge metal and magnesium by MAGNESIUM METAL', () => {
    expect(mineral('aluminum')).toMatchObject({ name: 'Aluminum (bauxite)', usgsLine: 'BAUXITE' });
    expect(mineral('titanium')).toMatchObject({ name: 'Titanium (sponge metal)', usgsLine: 'TITANIUM, sponge metal' });
    expect(mineral('magnesium')).toMatchObject({ name: 'Magnesium (metal)', usgsLine: 'MAGNESIUM METAL' });
    expect(figureOf('aluminum', 'MCS2025')?.usgsName).toBe('BAUXITE');
    expect(figureOf('titanium', 'MCS2025')?.usgsName).toBe('TITANIUM, sponge metal');
    expect(figureOf('magnesium', 'MCS2025')?.usgsName).toBe('MAGNESIUM METAL');
    expect(figureOf('aluminum-metal', 'MCS2025')).toMatchObject({ usgsName: 'ALUMINUM', nir: { printed: '47' } });
    expect(figureOf('magnesium-compounds', 'MCS2025')?.usgsName).toBe('MAGNESIUM COMPOUNDS');
    expect(figureOf('titanium-mineral-concentrates', 'MCS2025')?.usgsName).toBe('TITANIUM MINERAL CONCENTRATES');
  });

  it('gives each lanthanide the rare-earths line\'s values, and says so', () => {
    const rareEarths = mineral('rare-earths');
    expect(rareEarths).toMatchObject({ group: 'rare-earths', criticalLists: ['2022', '2025'] });
    expect(rareEarths.note).toContain('14 lanthanides');
    expect(LANTHANIDES).toHaveLength(14);
    for (const id of LANTHANIDES) {
      const lanthanide = mineral(id);
      expect(lanthanide.group).toBe('lanthanide');
      expect(lanthanide.usgsLine).toBe('RARE EARTHS, compounds and metals');
      expect(lanthanide.note).toContain('RARE EARTHS, compounds and metals');
      expect(lanthanide.figures).toEqual(rareEarths.figures);
      expect(lanthanide.importShares).toEqual(rareEarths.importShares);
      expect(lanthanide.nirSeries).toEqual(rareEarths.nirSeries);
      expect(lanthanide.worldProduction).toEqual(rareEarths.worldProduction);
      expect(lanthanide.chinaExportControls).toEqual(rareEarths.chinaExportControls);
    }
    expect(rareEarths.figures.map((figure) => figure.nir.printed)).toEqual(['>95', '>95', '80', '67']);
  });

  it('keeps first-published values (figures) and MCS 2026 revisions (series) side by side', () => {
    const revisions = [
      ['rare-earths', '80', '53'],
      ['aluminum-metal', '47', '62'],
      ['magnesium', '>75', '>50'],
      ['cobalt', '76', '74'],
      ['nickel', '48', '43'],
      ['vanadium', '40', '46'],
    ] as const;
    for (const [id, firstPublished, revised] of revisions) {
      expect(figureOf(id, 'MCS2025')?.nir.printed, id).toBe(firstPublished);
      expect(seriesValue(id, 2024), id).toBe(revised);
    }
    expect(mineral('magnesium').nirSeries.find((point) => point.year === 2024)?.nir).toEqual({
      kind: 'bound',
      printed: '>50',
      bound: '>',
      value: 50,
    });
  });

  it('reads the series for 2021–2025 only, with each year once', () => {
    for (const entry of built.minerals) {
      const years = entry.nirSeries.map((point) => point.year);
      expect(new Set(years).size, entry.id).toBe(years.length);
      expect(years.every((year) => year >= 2021 && year <= 2025), entry.id).toBe(true);
    }
    expect(mineral('rare-earths').nirSeries.map((point) => point.nir.printed)).toEqual(['>95', '>95', '>90', '53', '67']);
  });

  it('maps each series row to its line: within MCS 2026 the 2025 series equals Fig. 2, except talc and dimension stone', () => {
    const differing: string[] = [];
    for (const entry of built.minerals) {
      const figure = entry.figures.find((candidate) => candidate.edition === 'MCS2026');
      const point = entry.nirSeries.find((candidate) => candidate.year === 2025);
      if (entry.group === 'single' && figure && point && figure.nir.printed !== point.nir.printed) differing.push(entry.id);
    }
    expect(differing).toEqual(['stone-dimension', 'talc']);
    expect(mineral('abrasives-fused-aluminum-oxide').nirSeries.map((point) => point.nir.printed)).toEqual([
      '>95',
      '>95',
      '>95',
      '>95',
      '>95',
    ]);
    expect(seriesValue('abrasives-silicon-carbide', 2025)).toBe('74');
  });

  it('gives rare earths the MCS2026_Fig3 import shares for 2021–24', () => {
    const shares = mineral('rare-earths').importShares;
    expect(shares?.period).toBe('2021–24');
    expect(shares?.shares.map(({ country, percentPrinted, percent }) => ({ country, percentPrinted, percent }))).toEqual([
      { country: 'China', percentPrinted: '71', percent: 71 },
      { country: 'Malaysia', percentPrinted: '13', percent: 13 },
      { country: 'Japan', percentPrinted: '5', percent: 5 },
      { country: 'Estonia', percentPrinted: '5', percent: 5 },
      { country: 'Other', percentPrinted: '6', percent: 6 },
    ]);
    // Each share keeps its own line: China's row comes first, Other's five lines later.
    const lines = shares?.shares.map((share) => share.source.line) ?? [];
    expect(lines).toEqual([lines[0], lines[0]! + 1, lines[0]! + 2, lines[0]! + 3, lines[0]! + 4]);
    expect(physicalLine('MCS2026_Fig3_Major_Import_Sources.csv', lines[0]!)).toContain('China,71');
    expect(shares?.source.file).toBe('MCS2026_Fig3_Major_Import_Sources.csv');
    expect(shares?.note).toBe('Imports from Hong Kong are included with China.');
  });

  it('falls back to Commodities_Data import shares, keeping "<1" and ">99" as printed with no number', () => {
    const phosphateFromFig3 = mineral('phosphate').importShares;
    expect(phosphateFromFig3?.source.file).toBe('MCS2026_Fig3_Major_Import_Sources.csv');
    const titanium = mineral('titanium').importShares;
    expect(titanium?.source.file).toBe('MCS2026_Commodities_Data.csv');
    expect(titanium?.shares[0]).toMatchObject({ country: 'Japan', percentPrinted: '77', percent: 77 });
    const vermiculite = mineral('vermiculite').importShares?.shares.at(-1);
    expect(vermiculite).toMatchObject({ country: 'Other countries', percentPrinted: '<1', percent: null });
    expect(mineral('strontium').importShares?.shares).toHaveLength(3);
    expect(mineral('xenon').importShares).toBeNull();
  });

  it('gives iridium, rhodium, ruthenium and hafnium no figure at all (not zero), with a note saying why', () => {
    for (const id of ['iridium', 'rhodium', 'ruthenium']) {
      expect(mineral(id).figures, id).toEqual([]);
      expect(mineral(id).note, id).toMatch(/platinum and palladium only/);
      expect(mineral(id).importShares, id).toBeNull();
    }
    const hafnium = mineral('hafnium');
    expect(hafnium.figures).toEqual([]);
    expect(hafnium.note).toMatch(/prints NA/);
    expect(hafnium.nirSeries.map((point) => point.nir.kind)).toEqual(Array(5).fill('not-available'));
    for (const id of ['metallurgical-coal', 'uranium']) {
      expect(mineral(id).figures, id).toEqual([]);
      expect(mineral(id).note, id).toMatch(/does not collect data on metallurgical coal or uranium/);
    }
  });

  it('takes figures from the salient tables where Fig. 2 has no line: beryllium NA (2023), E (2024, 2025)', () => {
    const beryllium = mineral('beryllium').figures;
    expect(beryllium.map((figure) => [figure.edition, figure.nir.printed, figure.nirSource.file])).toEqual([
      ['MCS2024', 'NA', 'MCS2024_T5_Critical_Minerals_Salient.csv'],
      ['MCS2025', 'E', 'MCS2025_T5_Critical_Minerals_Salient.csv'],
      ['MCS2026', 'E', 'MCS2026_T7_Critical_Minerals_Salient.csv'],
    ]);
    expect(beryllium.map((figure) => [figure.importSources, figure.importSourcesPeriod])).toEqual([
      [['Kazakhstan'], '2019–22'],
      [['Kazakhstan'], '2020–23'],
      [['Kazakhstan'], '2021–24'],
    ]);
    expect(figureOf('boron', 'MCS2026')?.nir).toEqual({ kind: 'exporter', printed: 'E' });
    expect(figureOf('phosphate', 'MCS2026')?.nir).toEqual({ kind: 'exact', printed: '16', value: 16 });
  });

  it('never uses MCS2024_T5 where Fig. 2 has a line: it prints ">75" as "75"', () => {
    expect(figureOf('aluminum', 'MCS2024')?.nir).toEqual({ kind: 'bound', printed: '>75', bound: '>', value: 75 });
    expect(figureOf('titanium', 'MCS2024')?.nir.printed).toBe('>95');
    expect(figureOf('germanium', 'MCS2024')?.nir.printed).toBe('>50');
    const fromT5 = built.minerals.flatMap((entry) =>
      entry.figures.filter((figure) => figure.nirSource.file.startsWith('MCS2024_T5')).map(() => entry.id),
    );
    expect(fromT5).toEqual(['beryllium']);
  });

  it('takes world production from MCS2025_T5 and MCS2026_T7', () => {
    expect(mineral('gallium').worldProduction.map((entry) => [entry.dataYear, entry.leadingCountry, entry.leadingShare])).toEqual([
      [2024, 'China', 99],
      [2025, 'China', 100],
    ]);
    const germanium = mineral('germanium').worldProduction[0];
    expect(germanium).toMatchObject({ leadingSharePrinted: 'NA', leadingShare: null, worldTotalPrinted: 'NA' });
    const aluminum = mineral('aluminum').worldProduction[0];
    expect(aluminum).toMatchObject({ leadingCountry: 'Guinea', note: 'Excludes U.S. production.' });
  });

  it('splits China\'s export-control row of MCS2026_T4 into minerals, rare earths reaching every lanthanide', () => {
    const controlled = built.minerals
      .filter((entry) => entry.group === 'single' && entry.chinaExportControls.length > 0)
      .map((entry) => entry.id);
    expect(controlled).toEqual([
      'antimony',
      'bismuth',
      'gallium',
      'germanium',
      'graphite',
      'indium',
      'magnesium',
      'silver',
      'tellurium',
      'tungsten',
    ]);
    expect(mineral('magnesium').chinaExportControls).toEqual([
      {
        controlType: 'Export licensing requirement for materials and technologies',
        year: '2024',
        printed: 'magnesium materials (2024)',
        source: { file: 'MCS2026_T4_Country_Export_Control.csv', edition: 'MCS2026', line: 15 },
      },
    ]);
    expect(mineral('dysprosium').chinaExportControls[0]).toMatchObject({ year: '2025', printed: 'rare earths (2025)' });
    expect(built.exportControls).toHaveLength(19);
    expect(built.exportControls.find((row) => row.country === 'Armenia')?.controlType).toBe('Temporary export ban');
  });

  it('keeps every timeline row, splits its sources and marks the computed date, checked against what it counts from', () => {
    expect(built.timeline).toHaveLength(23);
    expect(built.timeline.filter((event) => event.computed).map((event) => [event.date, event.computedFrom])).toEqual([
      ['2026-07-13', { date: '2026-01-14', days: 180 }],
    ]);
    const gallium = built.timeline.find((event) => event.date === '2023-08-01');
    expect(gallium?.sources).toHaveLength(3);
    expect(gallium?.sources.every((url) => url.startsWith('http'))).toBe(true);
  });

  it('describes the editions of data/editions.json, each with the files it was read from', () => {
    expect(built.editions.map((edition) => [edition.edition, edition.dataYear, edition.published, edition.importSourcesPeriod, edition.doi])).toEqual([
      ['MCS2023', 2022, '2023-01-31', '2018–21', null],
      ['MCS2024', 2023, '2024-01', '2019–22', null],
      ['MCS2025', 2024, '2025-01-31', '2020–23', null],
      ['MCS2026', 2025, '2026-02-06', '2021–24', '10.5066/P1WKQ63T'],
    ]);
    expect(built.editions[2]?.reportUrl).toBe('https://pubs.usgs.gov/periodicals/mcs2025/mcs2025.pdf');
    expect(built.editions[0]?.files).toEqual([
      'MCS2023_Fig2_Net_Import_Reliance.csv',
      'MCS2023_Fig3_Major_Import_Sources.csv',
      'MCS2023_T4_Critical_Minerals_End_Use.csv',
    ]);
    expect(built.generated.from).toContain('data/usgs/MCS2023_Fig2_Net_Import_Reliance.csv');
    expect(built.generated.from).toContain('data/editions.json');
    expect(built.generated.by).toMatch(/npm run data/);
    expect(built.generated.from).toContain('data/usgs/MCS2026_Commodities_Data.csv');
    expect(built.generated.from).toContain('data/timeline.csv');
  });

  it('sorts minerals by id and figures by edition', () => {
    const ids = built.minerals.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort());
    for (const entry of built.minerals) {
      const editions = entry.figures.map((figure) => figure.dataYear);
      expect(editions).toEqual([...editions].sort());
    }
  });
});

describe('links for the mineral page and the timeline', () => {
  const built = builtMineralsFile();

  it('links each timeline event to the minerals its cell names, leaving words that name none in the text', () => {
    const on = (date: string) => built.timeline.filter((event) => event.date === date).map((event) => event.mineralIds);
    expect(on('2025-04-04')).toEqual([['samarium', 'gadolinium', 'terbium', 'dysprosium', 'lutetium', 'scandium', 'yttrium']]);
    expect(on('2024-12-03')).toEqual([['gallium', 'germanium', 'antimony', 'graphite']]);
    expect(on('2026-01-14')[0]).toEqual(['cobalt', 'nickel', 'rare-earths', 'gallium', 'germanium', 'indium', 'praseodymium', 'terbium', 'yttrium', 'uranium']);
    expect(on('2025-11-21')[0]).toContain('magnesium');
    expect(on('2025-11-21')[0]).not.toContain('molybdenum');
    expect(on('2025-04-22')).toEqual([[]]);
  });

  it('stops the build when a computed date is not the sum it claims', () => {
    const text = inputText('timeline.csv').replace('2026-07-13,', '2026-07-14,');
    expect(() => buildMineralsFile({ ...inputFiles(), 'timeline.csv': new TextEncoder().encode(text) })).toThrow(
      'timeline.csv: the computed date 2026-07-14 is not 180 days after a proclamation in the file',
    );
  });

  it('keeps each edition\'s end uses with their line, lanthanides their own', () => {
    expect(mineral('gallium').endUses.map((use) => [use.edition, use.uses])).toEqual([
      ['MCS2023', 'Integrated circuits and optical device applications.'],
      ['MCS2024', 'Integrated circuits and optical devices.'],
      ['MCS2026', 'Integrated circuits and optical devices.'],
    ]);
    expect(mineral('gallium').endUses[2]?.source.file).toBe('MCS2026_T6_Critical_Minerals_End_Use.csv');
    expect(physicalLine('MCS2026_T6_Critical_Minerals_End_Use.csv', mineral('gallium').endUses[2]!.source.line)).toContain('Gallium');
    expect(mineral('cerium').endUses[0]?.note).toBe('Included in the Rare Earths chapter in this publication.');
    expect(mineral('copper').endUses.map((use) => use.edition)).toEqual(['MCS2026']);
  });

  it('reads which other countries\' export controls name a mineral, with the cell as printed', () => {
    expect(mineral('nickel').otherExportControls.map((control) => [control.country, control.matched])).toEqual([
      ['Indonesia', 'nickel'],
      ['Laos', 'nickel'],
      ['Tanzania', 'nickel'],
    ]);
    expect(mineral('nickel').otherExportControls[0]?.printed).toBe('Bauxite (2023), copper concentrates (2023), and nickel ore (2020).');
    expect(mineral('chromium').otherExportControls.map((control) => control.country)).toEqual(['Vietnam', 'South Africa']);
    expect(mineral('gallium').otherExportControls).toEqual([]);
    expect(mineral('dysprosium').otherExportControls.map((control) => control.country)).toEqual(['Malaysia', 'Namibia', 'Vietnam']);
  });
});

describe('a new edition', () => {
  it('is one more row of data/editions.json and its files: no code names an edition or a data year', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    // A stand-in for next year's Fig. 2: this year's lines under next year's column names.
    const fig2 = inputText('MCS2026_Fig2_Net_Import_Reliance.csv')
      .replace('Net_Import_Reliance_pct_2025', 'Net_Import_Reliance_pct_2026')
      .replace('Major_Import_Sources_2021_24', 'Major_Import_Sources_2022_25');
    const table = JSON.parse(inputText(EDITIONS_FILE)) as { editions: unknown[] };
    table.editions.push({
      edition: 'MCS2027',
      dataYear: 2026,
      title: 'Mineral Commodity Summaries 2027',
      published: '2027-02',
      importSourcesPeriod: '2022–25',
      doi: null,
      reportUrl: 'https://pubs.usgs.gov/periodicals/mcs2027/mcs2027.pdf',
      files: { netImportReliance: 'MCS2027_Fig2_Net_Import_Reliance.csv' },
    });
    const next = buildMineralsFile({
      ...inputFiles(),
      [EDITIONS_FILE]: encode(JSON.stringify(table)),
      'MCS2027_Fig2_Net_Import_Reliance.csv': encode(fig2),
    });
    expect(next.editions.map((edition) => edition.dataYear)).toEqual([2022, 2023, 2024, 2025, 2026]);
    const gallium = next.minerals.find((entry) => entry.id === 'gallium');
    expect(gallium?.figures.at(-1)).toMatchObject({ edition: 'MCS2027', dataYear: 2026, importSourcesPeriod: '2022–25' });
    expect(gallium?.figures.at(-1)?.nir.printed).toBe(gallium?.figures.at(-2)?.nir.printed);
    // The revised series and the shares still come from the newest edition that has those files.
    expect(next.minerals.find((entry) => entry.id === 'rare-earths')?.importShares?.source.file).toBe('MCS2026_Fig3_Major_Import_Sources.csv');
    expect(() => MineralsFileSchema.parse(next)).not.toThrow();
  });

  it('must agree with its Fig. 2 on the import-source period', () => {
    const table = JSON.parse(inputText(EDITIONS_FILE)) as { editions: { importSourcesPeriod: string }[] };
    const last = table.editions.at(-1);
    if (last) last.importSourcesPeriod = '2020–23';
    expect(() => buildMineralsFile({ ...inputFiles(), [EDITIONS_FILE]: new TextEncoder().encode(JSON.stringify(table)) })).toThrow(
      'MCS2026_Fig2_Net_Import_Reliance.csv: import sources are for 2021–24, but data/editions.json says 2020–23 for MCS2026',
    );
  });
});

describe('every Fig. 2 line', () => {
  const built = builtMineralsFile();
  const lineOwners = built.minerals.filter((entry) => entry.group !== 'lanthanide');

  it.each(parseEditionsTable(inputText(EDITIONS_FILE)).map((row) => [row.edition, row.files.netImportReliance] as const))('of %s maps to exactly one mineral', (edition, file) => {
    const lines = parseFig2(inputText(file), file, edition);
    expect(lines.length).toBeGreaterThan(60);
    for (const line of lines) {
      const owners = lineOwners.filter((entry) =>
        entry.figures.some((figure) => figure.nirSource.file === file && figure.nirSource.line === line.source.line),
      );
      expect(owners.map((entry) => entry.id), `${file} line ${line.source.line} ${line.usgsName}`).toHaveLength(1);
    }
  });

  it('stops the build with the file, line and name of a commodity the alias table does not know', () => {
    const synthetic = [
      'Source,Import_Share_Order,Commodity,Net_Import_Reliance_pct_2025,Major_Import_Sources_2021_24,Notes',
      'MCS2026,1,"ARSENIC, all forms",100,China,',
      'MCS2026,2,UNOBTAINIUM,>50,"China, Canada",',
      '',
    ].join('\n');
    const files = { ...inputFiles(), 'MCS2026_Fig2_Net_Import_Reliance.csv': new TextEncoder().encode(synthetic) };
    expect(() => buildMineralsFile(files)).toThrow(
      'MCS2026_Fig2_Net_Import_Reliance.csv line 3: unknown commodity "UNOBTAINIUM"',
    );
  });

  it('stops the build with the file and line of a value that is no NIR form', () => {
    const synthetic = [
      'Source,Import_Share_Order,Commodity,Net_Import_Reliance_pct_2024,Major_Import_Sources_2020_2023,Notes',
      'MCS2025,1,"ARSENIC, all forms",100%,China,',
    ].join('\n');
    const files = { ...inputFiles(), 'MCS2025_Fig2_Net_Import_Reliance.csv': new TextEncoder().encode(synthetic) };
    expect(() => buildMineralsFile(files)).toThrow(
      'MCS2025_Fig2_Net_Import_Reliance.csv line 2: Unrecognised net import reliance "100%"',
    );
  });

  it('stops the build when an input file is missing', () => {
    const files = { ...inputFiles() };
    delete files['MCS2026_Fig3_Major_Import_Sources.csv'];
    expect(() => buildMineralsFile(files)).toThrow('Missing input file MCS2026_Fig3_Major_Import_Sources.csv');
  });
});

describe('source references', () => {
  const built = builtMineralsFile();

  it('point at the physical line of the row they were read from (spot checks)', () => {
    const gallium2025 = figureOf('gallium', 'MCS2025');
    expect(gallium2025?.nirSource).toEqual({ file: 'MCS2025_Fig2_Net_Import_Reliance.csv', edition: 'MCS2025', line: 6 });
    expect(physicalLine('MCS2025_Fig2_Net_Import_Reliance.csv', 6)).toMatch(/^MCS2025,5,"GALLIUM, metal",100,/);

    const beryllium2023 = figureOf('beryllium', 'MCS2024')?.nirSource;
    expect(physicalLine(beryllium2023!.file, beryllium2023!.line)).toMatch(/^Beryllium,190,NA,150,NA,Kazakhstan/);

    const rareEarths2024 = mineral('rare-earths').nirSeries.find((point) => point.year === 2024)!.source;
    expect(rareEarths2024.file).toBe('MCS2026_Commodities_Data.csv');
    expect(physicalLine(rareEarths2024.file, rareEarths2024.line)).toContain(
      'Net import reliance as a percentage of apparent consumption: Compounds and metals,percent,2024,53,',
    );

    const shares = mineral('rare-earths').importShares!.source;
    expect(physicalLine(shares.file, shares.line)).toBe('MCS2026,"Rare Earths, compounds and metals",China,71,67,Y');

    const china = built.exportControls.find((row) => row.country === 'China')!.source;
    expect(physicalLine(china.file, china.line)).toMatch(/^China,Export licensing requirement/);
  });

  it('of every figure name a line that holds the printed name and value', () => {
    for (const entry of built.minerals) {
      for (const figure of entry.figures) {
        const text = physicalLine(figure.nirSource.file, figure.nirSource.line);
        expect(text, `${entry.id} ${figure.edition}`).toContain(figure.usgsName);
        expect(text, `${entry.id} ${figure.edition}`).toContain(`,${figure.nir.printed},`);
        expect(figure.nirSource.edition).toBe(figure.edition);
      }
    }
  });

  it('of every series point name the row of that year and value', () => {
    for (const entry of built.minerals) {
      for (const point of entry.nirSeries) {
        expect(physicalLine(point.source.file, point.source.line), `${entry.id} ${point.year}`).toContain(
          `,${point.year},${point.nir.printed},`,
        );
      }
    }
  });
});
