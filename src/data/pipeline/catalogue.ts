import type { ListId, Mineral } from '../schema';

/** What we know about a mineral before reading any USGS file. */
export type CatalogueEntry = Pick<Mineral, 'id' | 'name' | 'group' | 'usgsLine' | 'criticalLists' | 'note'>;

export const RARE_EARTHS_ID = 'rare-earths';
export const RARE_EARTHS_LINE = 'RARE EARTHS, compounds and metals';

/** The 14 lanthanides of the critical-minerals lists; USGS reports them together under the rare-earths line. */
export const LANTHANIDES = [
  'cerium',
  'dysprosium',
  'erbium',
  'europium',
  'gadolinium',
  'holmium',
  'lanthanum',
  'lutetium',
  'neodymium',
  'praseodymium',
  'samarium',
  'terbium',
  'thulium',
  'ytterbium',
] as const;

const BOTH: ListId[] = ['2022', '2025'];
const ONLY_2025: ListId[] = ['2025'];
const NONE: ListId[] = [];

const SALIENT_ONLY = 'No line in the net import reliance figure (Fig. 2); values come from the critical-minerals salient tables.';
const PGM_WITHOUT_LINE =
  'USGS publishes net import reliance for platinum and palladium only among the platinum-group metals: no USGS figure.';
const NOT_IN_MCS =
  'Outside the nonfuel Mineral Commodity Summaries: no MCS 2026 chapter, and the USGS does not collect data on metallurgical coal or uranium (MCS 2026 Table 6).';

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const LANTHANIDE_ENTRIES: CatalogueEntry[] = LANTHANIDES.map((id) => ({
  id,
  name: capitalise(id),
  group: 'lanthanide',
  usgsLine: RARE_EARTHS_LINE,
  criticalLists: BOTH,
  note: `USGS reports the lanthanides together as "${RARE_EARTHS_LINE}"; the values shown for ${id} are that line's.`,
}));

function entry(
  id: string,
  name: string,
  usgsLine: string,
  criticalLists: ListId[],
  note = '',
): CatalogueEntry {
  return { id, name, group: 'single', usgsLine, criticalLists, note };
}

/** Every mineral of the dataset. usgsLine is the line as printed in the latest edition that has one. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  // Critical minerals, 2022 and 2025 lists (the lanthanides are below).
  entry('aluminum', 'Aluminum (bauxite)', 'BAUXITE', BOTH,
    'Aluminum is counted by the BAUXITE line (MCS 2025 Table 5); aluminum metal is its own line.'),
  entry('antimony', 'Antimony', 'ANTIMONY, metal and oxide', BOTH),
  entry('arsenic', 'Arsenic', 'ARSENIC, all forms', BOTH),
  entry('barite', 'Barite', 'BARITE', BOTH),
  entry('beryllium', 'Beryllium', 'Beryllium', BOTH, SALIENT_ONLY),
  entry('bismuth', 'Bismuth', 'BISMUTH', BOTH),
  entry('cesium', 'Cesium', 'CESIUM', BOTH),
  entry('chromium', 'Chromium', 'CHROMIUM, all forms', BOTH),
  entry('cobalt', 'Cobalt', 'COBALT', BOTH),
  entry('fluorspar', 'Fluorspar', 'FLUORSPAR', BOTH),
  entry('gallium', 'Gallium', 'GALLIUM', BOTH),
  entry('germanium', 'Germanium', 'GERMANIUM', BOTH),
  entry('graphite', 'Graphite (natural)', 'GRAPHITE (NATURAL)', BOTH),
  entry('hafnium', 'Hafnium', '', BOTH,
    'No net import reliance line for hafnium in the MCS 2024–2026 figures or tables, and the MCS 2026 series prints NA: no USGS figure.'),
  entry('indium', 'Indium', 'INDIUM', BOTH),
  entry('iridium', 'Iridium', '', BOTH, PGM_WITHOUT_LINE),
  entry('lithium', 'Lithium', 'LITHIUM', BOTH),
  entry('magnesium', 'Magnesium (metal)', 'MAGNESIUM METAL', BOTH,
    'Magnesium is counted by the MAGNESIUM METAL line (MCS 2025 Table 5); magnesium compounds are their own line.'),
  entry('manganese', 'Manganese', 'MANGANESE', BOTH),
  entry('nickel', 'Nickel', 'NICKEL', BOTH),
  entry('niobium', 'Niobium', 'NIOBIUM (COLUMBIUM)', BOTH),
  entry('palladium', 'Palladium', 'PALLADIUM', BOTH),
  entry('platinum', 'Platinum', 'PLATINUM', BOTH),
  entry('rhodium', 'Rhodium', '', BOTH, PGM_WITHOUT_LINE),
  entry('rubidium', 'Rubidium', 'RUBIDIUM', BOTH),
  entry('ruthenium', 'Ruthenium', '', BOTH, PGM_WITHOUT_LINE),
  entry('scandium', 'Scandium', 'SCANDIUM', BOTH),
  entry('tantalum', 'Tantalum', 'TANTALUM', BOTH),
  entry('tellurium', 'Tellurium', 'TELLURIUM', BOTH),
  entry('tin', 'Tin', 'TIN, refined', BOTH),
  entry('titanium', 'Titanium (sponge metal)', 'TITANIUM, sponge metal', BOTH,
    'Titanium is counted by the TITANIUM, sponge metal line (MCS 2025 Table 5); titanium mineral concentrates are their own line.'),
  entry('tungsten', 'Tungsten', 'TUNGSTEN', BOTH),
  entry('vanadium', 'Vanadium', 'VANADIUM', BOTH),
  entry('yttrium', 'Yttrium', 'YTTRIUM', BOTH),
  entry('zinc', 'Zinc', 'ZINC, refined', BOTH),
  entry('zirconium', 'Zirconium', 'ZIRCONIUM, ores and concentrates', BOTH),
  ...LANTHANIDE_ENTRIES,
  {
    id: RARE_EARTHS_ID,
    name: 'Rare earths',
    group: 'rare-earths',
    usgsLine: RARE_EARTHS_LINE,
    criticalLists: BOTH,
    note: `The USGS line for the 14 lanthanides (${LANTHANIDES.join(', ')}), shown instead of them when they are grouped.`,
  },

  // Added by the 2025 list.
  entry('boron', 'Boron', 'Boron', ONLY_2025, SALIENT_ONLY),
  entry('copper', 'Copper', 'COPPER, refined', ONLY_2025),
  entry('lead', 'Lead', 'LEAD, refined', ONLY_2025),
  entry('metallurgical-coal', 'Metallurgical coal', '', ONLY_2025, NOT_IN_MCS),
  entry('phosphate', 'Phosphate (rock)', 'Phosphate rock', ONLY_2025,
    `Phosphate is counted by phosphate rock. ${SALIENT_ONLY}`),
  entry('potash', 'Potash', 'POTASH', ONLY_2025),
  entry('rhenium', 'Rhenium', 'RHENIUM', ONLY_2025),
  entry('silicon', 'Silicon', 'SILICON, metal and ferrosilicon', ONLY_2025),
  entry('silver', 'Silver', 'SILVER', ONLY_2025),
  entry('uranium', 'Uranium', '', ONLY_2025, NOT_IN_MCS),

  // Lines of the figure that are on neither list.
  entry('abrasives-fused-aluminum-oxide', 'Abrasives, fused aluminum oxide', 'ABRASIVES, fused aluminum oxide', NONE),
  entry('abrasives-silicon-carbide', 'Abrasives, silicon carbide', 'ABRASIVES, silicon carbide', NONE),
  entry('alumina', 'Alumina', 'ALUMINA', NONE),
  entry('aluminum-metal', 'Aluminum (metal)', 'ALUMINUM', NONE,
    'The ALUMINUM line (metal). The critical mineral aluminum is counted by the BAUXITE line.'),
  entry('asbestos', 'Asbestos', 'ASBESTOS', NONE),
  entry('bromine', 'Bromine', 'BROMINE', NONE),
  entry('cadmium', 'Cadmium', 'CADMIUM', NONE),
  entry('cement', 'Cement', 'CEMENT', NONE),
  entry('diamond-industrial-bort-grit-dust-powder', 'Diamond (industrial), bort, grit, and dust and powder',
    'DIAMOND (INDUSTRIAL), bort, grit, and dust and powder', NONE),
  entry('diamond-industrial-stones', 'Diamond (industrial), stones', 'DIAMOND (INDUSTRIAL), stones', NONE),
  entry('feldspar', 'Feldspar', 'FELDSPAR', NONE),
  entry('garnet-industrial', 'Garnet (industrial)', 'GARNET (INDUSTRIAL)', NONE),
  entry('gemstones', 'Gemstones', 'GEMSTONES', NONE),
  entry('iodine', 'Iodine', 'IODINE', NONE),
  entry('iron-oxide-pigments', 'Iron oxide pigments, natural and synthetic',
    'IRON OXIDE PIGMENTS, natural and synthetic', NONE),
  entry('krypton', 'Krypton', 'KRYPTON', NONE),
  entry('magnesium-compounds', 'Magnesium compounds', 'MAGNESIUM COMPOUNDS', NONE),
  entry('mica-natural-scrap-and-flake', 'Mica (natural), scrap and flake', 'MICA (NATURAL), scrap and flake', NONE,
    'MCS 2026 prints the two mica series under one label, so no revised series is shown.'),
  entry('mica-natural-sheet', 'Mica (natural), sheet', 'MICA (NATURAL), sheet', NONE,
    'MCS 2026 prints the two mica series under one label, so no revised series is shown.'),
  entry('neon', 'Neon', 'NEON', NONE),
  entry('nepheline-syenite', 'Nepheline syenite', 'NEPHELINE SYENITE', NONE),
  entry('peat', 'Peat', 'PEAT', NONE),
  entry('perlite', 'Perlite', 'PERLITE', NONE),
  entry('salt', 'Salt', 'SALT', NONE),
  entry('selenium', 'Selenium', 'SELENIUM', NONE),
  entry('stone-dimension', 'Stone (dimension)', 'STONE (DIMENSION)', NONE,
    `The figure matches the chapter's "granite only" net import reliance (2023: 87, 2025: 85); the MCS 2026 series shown is all dimension stone (2023: 82, 2025: 81).`),
  entry('strontium', 'Strontium', 'STRONTIUM', NONE),
  entry('talc', 'Talc', 'TALC', NONE),
  entry('titanium-mineral-concentrates', 'Titanium mineral concentrates', 'TITANIUM MINERAL CONCENTRATES', NONE),
  entry('vermiculite', 'Vermiculite', 'VERMICULITE', NONE),
  entry('xenon', 'Xenon', 'XENON', NONE),
];

/** Where a commodity name was printed; the same words can mean different lines in different files. */
export type AliasKind = 'fig2' | 'salient' | 'fig3' | 'end-use' | 'china-export-control';

/**
 * Every commodity name as printed in each kind of file → mineral id. Names are compared after trimming,
 * dropping footnote digits and ignoring case, so "CHROMIUM, all forms " and "Rare earths (compounds and metals)9" match.
 * null: the name is known and deliberately mapped to no mineral.
 */
export const ALIASES: Record<AliasKind, Record<string, string | null>> = {
  fig2: {
    'ABRASIVES, fused aluminum oxide': 'abrasives-fused-aluminum-oxide',
    'ABRASIVES, crude fused aluminum oxide': 'abrasives-fused-aluminum-oxide',
    'ABRASIVES, silicon carbide': 'abrasives-silicon-carbide',
    'ABRASIVES, crude silicon carbide': 'abrasives-silicon-carbide',
    ALUMINA: 'alumina',
    ALUMINUM: 'aluminum-metal',
    'ANTIMONY, metal and oxide': 'antimony',
    'ARSENIC, all forms': 'arsenic',
    ASBESTOS: 'asbestos',
    BARITE: 'barite',
    BAUXITE: 'aluminum',
    BISMUTH: 'bismuth',
    'BISMUTH, metal, alloys, and scrap': 'bismuth',
    BROMINE: 'bromine',
    CADMIUM: 'cadmium',
    'CADMIUM, unwrought': 'cadmium',
    CEMENT: 'cement',
    CESIUM: 'cesium',
    'CHROMIUM, all forms': 'chromium',
    COBALT: 'cobalt',
    'COBALT, metal, oxides, and salts': 'cobalt',
    'COPPER, refined': 'copper',
    'DIAMOND (INDUSTRIAL), bort, grit, and dust and powder': 'diamond-industrial-bort-grit-dust-powder',
    'DIAMOND (INDUSTRIAL), bort, grit, dust, and powder': 'diamond-industrial-bort-grit-dust-powder',
    'DIAMOND (INDUSTRIAL), stones': 'diamond-industrial-stones',
    FELDSPAR: 'feldspar',
    FLUORSPAR: 'fluorspar',
    GALLIUM: 'gallium',
    'GALLIUM, metal': 'gallium',
    'GARNET (INDUSTRIAL)': 'garnet-industrial',
    GEMSTONES: 'gemstones',
    GERMANIUM: 'germanium',
    'GRAPHITE (NATURAL)': 'graphite',
    INDIUM: 'indium',
    IODINE: 'iodine',
    'IRON OXIDE PIGMENTS, natural and synthetic': 'iron-oxide-pigments',
    KRYPTON: 'krypton',
    'LEAD, refined': 'lead',
    LITHIUM: 'lithium',
    'MAGNESIUM COMPOUNDS': 'magnesium-compounds',
    'MAGNESIUM METAL': 'magnesium',
    MANGANESE: 'manganese',
    'MICA (NATURAL), scrap and flake': 'mica-natural-scrap-and-flake',
    'MICA (NATURAL), sheet': 'mica-natural-sheet',
    NEON: 'neon',
    'NEPHELINE SYENITE': 'nepheline-syenite',
    NICKEL: 'nickel',
    'NIOBIUM (COLUMBIUM)': 'niobium',
    PALLADIUM: 'palladium',
    PEAT: 'peat',
    PERLITE: 'perlite',
    PLATINUM: 'platinum',
    POTASH: 'potash',
    'RARE EARTHS, compounds and metals': RARE_EARTHS_ID,
    'RARE EARTHS, compounds and metals, including lanthanides': RARE_EARTHS_ID,
    RHENIUM: 'rhenium',
    RUBIDIUM: 'rubidium',
    SALT: 'salt',
    SCANDIUM: 'scandium',
    SELENIUM: 'selenium',
    'SELENIUM, metal': 'selenium',
    'SILICON, metal and ferrosilicon': 'silicon',
    SILVER: 'silver',
    'STONE (DIMENSION)': 'stone-dimension',
    STRONTIUM: 'strontium',
    TALC: 'talc',
    TANTALUM: 'tantalum',
    TELLURIUM: 'tellurium',
    'TIN, refined': 'tin',
    'TITANIUM, sponge metal': 'titanium',
    'TITANIUM, sponge': 'titanium',
    'TITANIUM MINERAL CONCENTRATES': 'titanium-mineral-concentrates',
    TUNGSTEN: 'tungsten',
    VANADIUM: 'vanadium',
    VERMICULITE: 'vermiculite',
    XENON: 'xenon',
    YTTRIUM: 'yttrium',
    'YTTRIUM, compounds': 'yttrium',
    'ZINC, refined': 'zinc',
    'ZIRCONIUM, ores and concentrates': 'zirconium',
  },
  // MCS2024_T5, MCS2025_T5, MCS2026_T7 name critical minerals, so "Aluminum" here is bauxite.
  salient: {
    Aluminum: 'aluminum',
    'Aluminum (bauxite)': 'aluminum',
    Antimony: 'antimony',
    Arsenic: 'arsenic',
    Barite: 'barite',
    Beryllium: 'beryllium',
    Bismuth: 'bismuth',
    Boron: 'boron',
    Chromium: 'chromium',
    Cobalt: 'cobalt',
    Copper: 'copper',
    Fluorspar: 'fluorspar',
    Gallium: 'gallium',
    Germanium: 'germanium',
    Graphite: 'graphite',
    'Graphite (natural)': 'graphite',
    Indium: 'indium',
    Lead: 'lead',
    Lithium: 'lithium',
    Magnesium: 'magnesium',
    Manganese: 'manganese',
    Nickel: 'nickel',
    Niobium: 'niobium',
    Palladium: 'palladium',
    'Phosphate rock': 'phosphate',
    Platinum: 'platinum',
    Potash: 'potash',
    'Rare earths (compounds and metals)': RARE_EARTHS_ID,
    Rhenium: 'rhenium',
    Scandium: 'scandium',
    Silicon: 'silicon',
    Silver: 'silver',
    Tantalum: 'tantalum',
    Tellurium: 'tellurium',
    Tin: 'tin',
    Titanium: 'titanium',
    'Titanium (metal)': 'titanium',
    Tungsten: 'tungsten',
    Vanadium: 'vanadium',
    Yttrium: 'yttrium',
    Zinc: 'zinc',
    Zirconium: 'zirconium',
    'Zirconium (ores and concentrates)': 'zirconium',
  },
  // MCS2026_Fig3: "Aluminum" there is the ALUMINUM line (its NIR column prints 60, the metal's value).
  fig3: {
    Aluminum: 'aluminum-metal',
    Antimony: 'antimony',
    Arsenic: 'arsenic',
    Barite: 'barite',
    Beryllium: 'beryllium',
    Bismuth: 'bismuth',
    Boron: 'boron',
    Cesium: 'cesium',
    Chromium: 'chromium',
    Cobalt: 'cobalt',
    'Copper, refined': 'copper',
    Fluorspar: 'fluorspar',
    Gallium: 'gallium',
    Germanium: 'germanium',
    'Graphite, natural': 'graphite',
    Hafnium: 'hafnium',
    Indium: 'indium',
    Iridium: 'iridium',
    'Lead, refined': 'lead',
    Lithium: 'lithium',
    'Magnesium, compounds': 'magnesium-compounds',
    'Magnesium, metal': 'magnesium',
    Manganese: 'manganese',
    'Metallurgical coal': 'metallurgical-coal',
    Nickel: 'nickel',
    Niobium: 'niobium',
    Palladium: 'palladium',
    'Phosphate, rock': 'phosphate',
    Platinum: 'platinum',
    Potash: 'potash',
    'Rare Earths, compounds and metals': RARE_EARTHS_ID,
    Rhenium: 'rhenium',
    Rhodium: 'rhodium',
    Rubidium: 'rubidium',
    Scandium: 'scandium',
    Silicon: 'silicon',
    Silver: 'silver',
    Tantalum: 'tantalum',
    Tellurium: 'tellurium',
    'Tin, refined': 'tin',
    'Titanium, mineral concentrates': 'titanium-mineral-concentrates',
    Tungsten: 'tungsten',
    Uranium: 'uranium',
    Vanadium: 'vanadium',
    Yttrium: 'yttrium',
    'Zinc, refined': 'zinc',
    'Zirconium, ores and concentrates': 'zirconium',
  },
  // MCS2024_T4 and MCS2026_T6 list the critical minerals by name; every other name is the id itself.
  'end-use': {
    'Phosphate Rock': 'phosphate',
  },
  // Items of China's row in MCS2026_T4.
  'china-export-control': {
    Antimony: 'antimony',
    Bismuth: 'bismuth',
    Gallium: 'gallium',
    Germanium: 'germanium',
    Graphite: 'graphite',
    Indium: 'indium',
    'Magnesium materials': 'magnesium',
    'Rare earths': RARE_EARTHS_ID,
    Silver: 'silver',
    Tellurium: 'tellurium',
    Tungsten: 'tungsten',
    // Synthetic diamond is in both diamond lines, molybdenum has no line, battery items are no mineral.
    'Synthesized diamond': null,
    Molybdenum: null,
    'Items related to lithium batteries and artificial graphite anode materials': null,
  },
};

/** Rows of MCS2026_Commodities_Data chosen by (Commodity, Statistics_detail) → mineral id. */
export interface CommodityRowKey {
  commodity: string;
  detail: string;
  mineralId: string;
}

function rowKey(mineralId: string, commodity: string, detail: string): CommodityRowKey {
  return { commodity, detail, mineralId };
}

const NIR_DETAIL = 'Net import reliance as a percentage of apparent consumption';

/**
 * "Net import reliance" rows → the mineral whose line they revise. Left out: Mica (Natural), whose sheet and
 * scrap-and-flake rows share one label; Rare Earths (Heavy) and mineral concentrates, which are no line of ours.
 */
export const NIR_SERIES_ROWS: readonly CommodityRowKey[] = [
  rowKey('abrasives-fused-aluminum-oxide', 'Abrasives (Manufactured)', `${NIR_DETAIL}: Fused aluminum oxide`),
  rowKey('abrasives-silicon-carbide', 'Abrasives (Manufactured)', `${NIR_DETAIL}: Silicon carbide`),
  rowKey('aluminum-metal', 'Aluminum', NIR_DETAIL),
  rowKey('antimony', 'Antimony', NIR_DETAIL),
  rowKey('arsenic', 'Arsenic', 'Net import reliance as a percentage of estimated consumption, all forms of arsenic'),
  rowKey('asbestos', 'Asbestos', 'Net import reliance as a percentage of estimated consumption'),
  rowKey('barite', 'Barite', 'Net import relianceas a percentage of apparent consumption'),
  rowKey('aluminum', 'Bauxite', NIR_DETAIL),
  rowKey('alumina', 'Alumina', NIR_DETAIL),
  rowKey('beryllium', 'Beryllium', NIR_DETAIL),
  rowKey('bismuth', 'Bismuth', NIR_DETAIL),
  rowKey('boron', 'Boron', NIR_DETAIL),
  rowKey('bromine', 'Bromine', NIR_DETAIL),
  rowKey('cadmium', 'Cadmium', NIR_DETAIL),
  rowKey('cement', 'Cement', NIR_DETAIL),
  rowKey('cesium', 'Cesium', 'The United States was 100% net import reliant for its cesium needs'),
  rowKey('chromium', 'Chromium', NIR_DETAIL),
  rowKey('cobalt', 'Cobalt', NIR_DETAIL),
  rowKey('copper', 'Copper', NIR_DETAIL),
  rowKey('diamond-industrial-bort-grit-dust-powder', 'Diamond (Bort, grit, and dust and powder; natural and synthetic)', NIR_DETAIL),
  rowKey('diamond-industrial-stones', 'Diamond (Stones, natural and synthetic)', NIR_DETAIL),
  rowKey('feldspar', 'Feldspar', `${NIR_DETAIL}: Feldspar`),
  rowKey('nepheline-syenite', 'Nepheline Syenite', `${NIR_DETAIL}: Nepheline syenite`),
  rowKey('fluorspar', 'Fluorspar', NIR_DETAIL),
  rowKey('gallium', 'Gallium', 'Net import reliance as a percentage of reported consumption'),
  rowKey('garnet-industrial', 'Garnet (Industrial)', NIR_DETAIL),
  rowKey('gemstones', 'Gemstones', NIR_DETAIL),
  rowKey('germanium', 'Germanium', 'Net import reliance as a percentage of estimated consumption'),
  rowKey('graphite', 'Graphite (Natural)', NIR_DETAIL),
  rowKey('hafnium', 'Hafnium', `${NIR_DETAIL}: Hafnium`),
  rowKey('neon', 'Neon', `${NIR_DETAIL}: Neon`),
  rowKey('krypton', 'Krypton', `${NIR_DETAIL}: Krypton`),
  rowKey('xenon', 'Xenon', `${NIR_DETAIL}: Xenon`),
  rowKey('indium', 'Indium', 'Net import reliance as a percentage of estimated consumption'),
  rowKey('iodine', 'Iodine', NIR_DETAIL),
  rowKey('iron-oxide-pigments', 'Iron Oxide Pigments', NIR_DETAIL),
  rowKey('lead', 'Lead', `${NIR_DETAIL}, refined metal`),
  rowKey('lithium', 'Lithium', NIR_DETAIL),
  rowKey('magnesium-compounds', 'Magnesium Compounds', NIR_DETAIL),
  rowKey('magnesium', 'Magnesium Metal', NIR_DETAIL),
  rowKey('manganese', 'Manganese', `${NIR_DETAIL}, manganese content`),
  rowKey('nickel', 'Nickel', 'Net import reliance as a percentage of total apparent consumption'),
  rowKey('niobium', 'Niobium (Columbium)', NIR_DETAIL),
  rowKey('peat', 'Peat', NIR_DETAIL),
  rowKey('perlite', 'Perlite', NIR_DETAIL),
  rowKey('phosphate', 'Phosphate Rock', NIR_DETAIL),
  rowKey('palladium', 'Palladium', `${NIR_DETAIL}: Palladium`),
  rowKey('platinum', 'Platinum', `${NIR_DETAIL}: Platinum`),
  rowKey('potash', 'Potash', NIR_DETAIL),
  rowKey(RARE_EARTHS_ID, 'Rare Earths', `${NIR_DETAIL}: Compounds and metals`),
  rowKey('rhenium', 'Rhenium', NIR_DETAIL),
  rowKey('salt', 'Salt', NIR_DETAIL),
  rowKey('scandium', 'Scandium', NIR_DETAIL),
  rowKey('selenium', 'Selenium', NIR_DETAIL),
  rowKey('silicon', 'Silicon', `${NIR_DETAIL}: Total`),
  rowKey('silver', 'Silver', NIR_DETAIL),
  rowKey('stone-dimension', 'Stone (Dimension)', `${NIR_DETAIL} (based on value)`),
  rowKey('strontium', 'Strontium', NIR_DETAIL),
  rowKey('talc', 'Talc And Pyrophyllite', NIR_DETAIL),
  rowKey('tantalum', 'Tantalum', NIR_DETAIL),
  rowKey('tellurium', 'Tellurium', NIR_DETAIL),
  rowKey('tin', 'Tin', `${NIR_DETAIL}, refined tin`),
  rowKey('titanium', 'Titanium sponge metal', NIR_DETAIL),
  rowKey('titanium-mineral-concentrates', 'Titanium Mineral Concentrates', NIR_DETAIL),
  rowKey('tungsten', 'Tungsten', NIR_DETAIL),
  rowKey('vanadium', 'Vanadium', NIR_DETAIL),
  rowKey('vermiculite', 'Vermiculite', NIR_DETAIL),
  rowKey('yttrium', 'Yttrium', 'Net import relianceas a percentage of apparent consumption'),
  rowKey('zinc', 'Zinc', `${NIR_DETAIL}: Refined zinc`),
  rowKey('zirconium', 'Zirconium', `${NIR_DETAIL}: Zirconium ores and concentrates`),
];

/** "Import sources 2021-2024" rows → mineral, for minerals MCS2026_Fig3 does not list; the row group matching the line. */
export const IMPORT_SOURCE_ROWS: readonly CommodityRowKey[] = [
  rowKey('abrasives-fused-aluminum-oxide', 'Abrasives (Manufactured)', 'Total fused aluminum oxide'),
  rowKey('abrasives-silicon-carbide', 'Abrasives (Manufactured)', 'Total silicon carbide'),
  rowKey('aluminum-metal', 'Aluminum', 'All'),
  rowKey('antimony', 'Antimony', 'Total metal and oxide'),
  rowKey('arsenic', 'Arsenic', 'All forms of arsenic'),
  rowKey('asbestos', 'Asbestos', 'All'),
  rowKey('barite', 'Barite', 'All'),
  rowKey('aluminum', 'Bauxite', 'Bauxite'),
  rowKey('alumina', 'Alumina', 'Alumina'),
  rowKey('beryllium', 'Beryllium', 'All'),
  rowKey('bismuth', 'Bismuth', 'All'),
  rowKey('boron', 'Boron', 'All forms'),
  rowKey('bromine', 'Bromine', 'All'),
  rowKey('cadmium', 'Cadmium', 'All'),
  rowKey('cement', 'Cement', 'All'),
  rowKey('chromium', 'Chromium', 'Total imports'),
  rowKey('cobalt', 'Cobalt', 'Metal, oxide, and salts'),
  rowKey('copper', 'Copper', 'Refined copper'),
  rowKey('diamond-industrial-bort-grit-dust-powder', 'Diamond (Industrial)', 'Bort, grit, and dust and powder; natural and synthetic'),
  rowKey('diamond-industrial-stones', 'Diamond (Industrial)', 'Stones, primarily natural'),
  rowKey('feldspar', 'Feldspar', 'Feldspar'),
  rowKey('nepheline-syenite', 'Nepheline Syenite', 'Nepheline syenite'),
  rowKey('fluorspar', 'Fluorspar', 'All'),
  rowKey('gallium', 'Gallium', 'Metal'),
  rowKey('garnet-industrial', 'Garnet (Industrial)', 'All'),
  rowKey('gemstones', 'Gemstones', 'Diamond'),
  rowKey('germanium', 'Germanium', 'Combined total'),
  rowKey('graphite', 'Graphite (Natural)', 'All'),
  rowKey('indium', 'Indium', 'All'),
  rowKey('iodine', 'Iodine', 'All'),
  rowKey('iron-oxide-pigments', 'Iron Oxide Pigments', 'Total'),
  rowKey('lead', 'Lead', 'Refined metal'),
  rowKey('lithium', 'Lithium', 'All'),
  rowKey('magnesium-compounds', 'Magnesium Compounds', 'Total imports'),
  rowKey('magnesium', 'Magnesium Metal',
    'Combined total (includes magnesium content of alloys, metal, powder, scrap, sheet, and other)'),
  rowKey('manganese', 'Manganese', 'Manganese contained in principal manganese imports'),
  rowKey('mica-natural-scrap-and-flake', 'Mica (Natural)', 'Scrap and flake'),
  rowKey('mica-natural-sheet', 'Mica (Natural)', 'Sheet'),
  rowKey('nickel', 'Nickel', 'Primary nickel'),
  rowKey('niobium', 'Niobium (Columbium)', 'Total imports'),
  rowKey('peat', 'Peat', 'All'),
  rowKey('perlite', 'Perlite', 'All'),
  rowKey('phosphate', 'Phosphate Rock', 'All'),
  rowKey('palladium', 'Palladium', 'Palladium'),
  rowKey('platinum', 'Platinum', 'Platinum'),
  rowKey('potash', 'Potash', 'All'),
  rowKey(RARE_EARTHS_ID, 'Rare Earths', 'Rare-earth compounds and metals'),
  rowKey('rhenium', 'Rhenium', 'Total imports'),
  rowKey('salt', 'Salt', 'All'),
  rowKey('scandium', 'Scandium', 'All'),
  rowKey('selenium', 'Selenium', 'Selenium'),
  rowKey('silicon', 'Silicon', 'Total'),
  rowKey('silver', 'Silver', 'All'),
  rowKey('stone-dimension', 'Stone (Dimension)', 'All dimension stone'),
  rowKey('strontium', 'Strontium', 'Total imports'),
  rowKey('talc', 'Talc And Pyrophyllite', 'All'),
  rowKey('tantalum', 'Tantalum', 'Total'),
  rowKey('tellurium', 'Tellurium', 'All'),
  rowKey('tin', 'Tin', 'Refined tin'),
  rowKey('titanium', 'Titanium Sponge Metal', 'Titanium Sponge Metal'),
  rowKey('titanium-mineral-concentrates', 'Titanium Mineral Concentrates', 'All'),
  rowKey('tungsten', 'Tungsten', 'Ores, concentrates, and other forms'),
  rowKey('vanadium', 'Vanadium', 'Total'),
  rowKey('vermiculite', 'Vermiculite', 'All'),
  rowKey('yttrium', 'Yttrium', 'All'),
  rowKey('zinc', 'Zinc', 'Refined metal'),
  rowKey('zirconium', 'Zirconium', 'Zirconium ores and concentrates'),
];

/** How names are compared: trimmed, footnote digits dropped, spaces collapsed, case ignored. */
export function normaliseName(printed: string): string {
  return printed.replace(/\d+\s*$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

const NORMALISED_ALIASES = new Map(
  Object.entries(ALIASES).map(([kind, table]) => [
    kind as AliasKind,
    new Map(Object.entries(table).map(([printed, id]) => [normaliseName(printed), id])),
  ]),
);

/** The mineral id for a printed name: a string, null when deliberately unmapped, undefined when unknown. */
export function lookupAlias(kind: AliasKind, printed: string): string | null | undefined {
  return NORMALISED_ALIASES.get(kind)?.get(normaliseName(printed));
}

export function catalogueEntry(id: string): CatalogueEntry {
  const found = CATALOGUE.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No mineral "${id}" in the catalogue (src/data/pipeline/catalogue.ts)`);
  return found;
}

/**
 * Our reading of the other countries' rows of an export-control table (MCS2026_T4): the words in a cell that name a
 * mineral of the catalogue. USGS prints whole phrases ("Raw minerals, including copper, gold, …"); this table is ours,
 * and data/README.md lists it. A word not here names no mineral.
 */
export const EXPORT_CONTROL_WORDS: readonly { words: RegExp; mineralIds: readonly string[] }[] = [
  { words: /\bbauxite\b/i, mineralIds: ['aluminum'] },
  { words: /\baluminum ingots\b/i, mineralIds: ['aluminum-metal'] },
  { words: /\bcopper\b/i, mineralIds: ['copper'] },
  { words: /\bnickel\b/i, mineralIds: ['nickel'] },
  { words: /\bsilver\b/i, mineralIds: ['silver'] },
  { words: /\bzinc\b/i, mineralIds: ['zinc'] },
  { words: /\blead\b/i, mineralIds: ['lead'] },
  { words: /\bcobalt\b/i, mineralIds: ['cobalt'] },
  { words: /\bgraphite\b/i, mineralIds: ['graphite'] },
  { words: /\blithium\b/i, mineralIds: ['lithium'] },
  { words: /\bmanganese\b/i, mineralIds: ['manganese'] },
  { words: /\btungsten\b/i, mineralIds: ['tungsten'] },
  { words: /\buranium\b/i, mineralIds: ['uranium'] },
  { words: /\brhodium\b/i, mineralIds: ['rhodium'] },
  { words: /\bchromite\b/i, mineralIds: ['chromium'] },
  { words: /\bcassiterite\b/i, mineralIds: ['tin'] },
  { words: /\bcolumbite-tantalite\b/i, mineralIds: ['niobium', 'tantalum'] },
  { words: /\btitanium\b/i, mineralIds: ['titanium'] },
  { words: /\bapatite\b/i, mineralIds: ['phosphate'] },
  { words: /\bpotassium\b/i, mineralIds: ['potash'] },
  { words: /\brare earths\b/i, mineralIds: [RARE_EARTHS_ID, ...LANTHANIDES] },
];

/** A mineral named in free text ("gallium", "rare earths", "Magnesium"): by id, by name, or by name without its "(…)". */
export function mineralIdsNamed(text: string): string[] {
  const wanted = text.trim().toLowerCase();
  if (wanted === '') return [];
  const byId = CATALOGUE.find((entry) => entry.id === wanted.replace(/\s+/g, '-'));
  if (byId) return [byId.id];
  const byName = CATALOGUE.filter((entry) => entry.name.toLowerCase() === wanted);
  if (byName.length > 0) return byName.map((entry) => entry.id);
  const byShortName = CATALOGUE.filter((entry) => entry.name.replace(/\s*\(.*\)$/, '').toLowerCase() === wanted);
  return byShortName.length === 1 && byShortName[0] ? [byShortName[0].id] : [];
}
