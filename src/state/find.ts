import { compareNames } from '../data/text';
import type { Mineral } from '../data/schema';
import { mineralCount } from './format';

/** The finder lists at most this many options, so thousands of minerals never render thousands of options. */
export const MAX_FINDER_OPTIONS = 12;

/** How well a mineral matches, best first; ties are ordered by name. */
export const MATCH_TIERS = ['exact', 'name-prefix', 'word-prefix', 'substring', 'usgs-line'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

/**
 * Chemical symbols of the elements among the minerals, by mineral id. Ours, not USGS's: both aluminum lines
 * (bauxite, the critical mineral, and the metal) are aluminum; compounds and concentrates get no symbol.
 */
export const ELEMENT_SYMBOLS: Readonly<Record<string, string>> = {
  aluminum: 'Al',
  'aluminum-metal': 'Al',
  antimony: 'Sb',
  arsenic: 'As',
  beryllium: 'Be',
  bismuth: 'Bi',
  boron: 'B',
  bromine: 'Br',
  cadmium: 'Cd',
  cerium: 'Ce',
  cesium: 'Cs',
  chromium: 'Cr',
  cobalt: 'Co',
  copper: 'Cu',
  dysprosium: 'Dy',
  erbium: 'Er',
  europium: 'Eu',
  gadolinium: 'Gd',
  gallium: 'Ga',
  germanium: 'Ge',
  hafnium: 'Hf',
  holmium: 'Ho',
  indium: 'In',
  iodine: 'I',
  iridium: 'Ir',
  krypton: 'Kr',
  lanthanum: 'La',
  lead: 'Pb',
  lithium: 'Li',
  lutetium: 'Lu',
  magnesium: 'Mg',
  manganese: 'Mn',
  neodymium: 'Nd',
  neon: 'Ne',
  nickel: 'Ni',
  niobium: 'Nb',
  palladium: 'Pd',
  platinum: 'Pt',
  praseodymium: 'Pr',
  rhenium: 'Re',
  rhodium: 'Rh',
  rubidium: 'Rb',
  ruthenium: 'Ru',
  samarium: 'Sm',
  scandium: 'Sc',
  selenium: 'Se',
  silicon: 'Si',
  silver: 'Ag',
  strontium: 'Sr',
  tantalum: 'Ta',
  tellurium: 'Te',
  terbium: 'Tb',
  thulium: 'Tm',
  tin: 'Sn',
  titanium: 'Ti',
  tungsten: 'W',
  uranium: 'U',
  vanadium: 'V',
  xenon: 'Xe',
  ytterbium: 'Yb',
  yttrium: 'Y',
  zinc: 'Zn',
  zirconium: 'Zr',
};

/** Whom an alias names: a mineral by id, or the mineral of a group (the rare-earths line, whatever its id). */
type AliasTarget = { id: string } | { group: Mineral['group'] };

const RARE_EARTHS: AliasTarget[] = [{ group: 'rare-earths' }];

/**
 * Other words people use for a mineral. Ours, not USGS's: old names, abbreviations and the ores a line is named by.
 * An alias whose mineral the dataset lacks matches nothing.
 */
export const FINDER_ALIASES: Readonly<Record<string, readonly AliasTarget[]>> = {
  columbium: [{ id: 'niobium' }],
  wolfram: [{ id: 'tungsten' }],
  REE: RARE_EARTHS,
  'rare earths': RARE_EARTHS,
  'rare-earth elements': RARE_EARTHS,
  'rare earth elements': RARE_EARTHS,
  lanthanides: RARE_EARTHS,
  bauxite: [{ id: 'aluminum' }],
  fluorite: [{ id: 'fluorspar' }],
  potash: [{ id: 'potash' }],
  'phosphate rock': [{ id: 'phosphate' }],
};

/** Aliases match by prefix only from this many characters, so "re" does not offer rare earths by "REE". */
const ALIAS_PREFIX_MIN = 3;

/**
 * The form text is compared in: accents dropped, lower case, every run of punctuation or spaces one space,
 * so "GALLIUM, metal" and "gallium metal", "Phosphate (rock)" and "phosphate rock" compare equal.
 */
export function searchForm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Term {
  /** As shown in the option's hint. */
  text: string;
  form: string;
}

interface IndexedMineral {
  id: string;
  name: string;
  nameForm: string;
  idForm: string;
  symbol: string | null;
  aliases: Term[];
  /** mineral.usgsLine, then every figure's usgsName, once each. */
  lines: Term[];
}

export interface FinderIndex {
  minerals: IndexedMineral[];
}

function aliasNames(target: AliasTarget, mineral: Mineral): boolean {
  return 'id' in target ? target.id === mineral.id : target.group === mineral.group;
}

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) => compareNames(a.name, b.name) || compareNames(a.id, b.id);

/** Everything the finder compares, in search form, built once per dataset. */
export function buildFinderIndex(minerals: readonly Mineral[]): FinderIndex {
  const indexed = minerals.map((mineral): IndexedMineral => {
    const lineTexts = [mineral.usgsLine, ...mineral.figures.map((figure) => figure.usgsName)].filter((line) => line.trim() !== '');
    return {
      id: mineral.id,
      name: mineral.name,
      nameForm: searchForm(mineral.name),
      idForm: searchForm(mineral.id),
      symbol: ELEMENT_SYMBOLS[mineral.id] ?? null,
      aliases: Object.entries(FINDER_ALIASES)
        .filter(([, targets]) => targets.some((target) => aliasNames(target, mineral)))
        .map(([text]) => ({ text, form: searchForm(text) })),
      lines: [...new Set(lineTexts.map((line) => line.trim()))].map((text) => ({ text, form: searchForm(text) })),
    };
  });
  return { minerals: indexed.sort(byName) };
}

export interface MineralMatch {
  id: string;
  name: string;
  /** null: no query, every mineral listed. */
  tier: MatchTier | null;
  /** Why it matched when the name does not show it ("Nb · columbium", "USGS line: GALLIUM, metal"); else empty. */
  hint: string;
}

export interface FindResult {
  /** The query as typed. */
  query: string;
  /** The best matches, at most the limit. */
  matches: MineralMatch[];
  /** How many minerals match in all. */
  total: number;
}

interface Candidate {
  tier: MatchTier;
  hint: string;
}

function nameTier(nameForm: string, query: string): MatchTier | null {
  if (nameForm === query) return 'exact';
  if (nameForm.startsWith(query)) return 'name-prefix';
  if (` ${nameForm}`.includes(` ${query}`)) return 'word-prefix';
  if (nameForm.includes(query)) return 'substring';
  return null;
}

function aliasHint(mineral: IndexedMineral, alias: Term): string {
  return mineral.symbol ? `${mineral.symbol} · ${alias.text}` : alias.text;
}

/** The best way the mineral matches the query (in search form), or null. Earlier candidates win ties of tier. */
function bestMatch(mineral: IndexedMineral, query: string): Candidate | null {
  const candidates: Candidate[] = [];
  const nameMatch = nameTier(mineral.nameForm, query);
  if (nameMatch) candidates.push({ tier: nameMatch, hint: '' });
  // The id is the name in link form: say so only when the name does not show what was typed.
  if (mineral.idForm === query) candidates.push({ tier: 'exact', hint: mineral.nameForm.includes(query) ? '' : `id: ${mineral.id}` });
  if (mineral.symbol && mineral.symbol.toLowerCase() === query) candidates.push({ tier: 'exact', hint: mineral.symbol });
  const exactAlias = mineral.aliases.find((alias) => alias.form === query);
  if (exactAlias) candidates.push({ tier: 'exact', hint: aliasHint(mineral, exactAlias) });
  if (query.length >= ALIAS_PREFIX_MIN) {
    const prefixAlias = mineral.aliases.find((alias) => ` ${alias.form}`.includes(` ${query}`));
    if (prefixAlias) candidates.push({ tier: 'word-prefix', hint: aliasHint(mineral, prefixAlias) });
  }
  const line = mineral.lines.find((term) => term.form === query) ?? mineral.lines.find((term) => term.form.includes(query));
  if (line) candidates.push({ tier: 'usgs-line', hint: `USGS line: ${line.text}` });
  let best: Candidate | null = null;
  for (const candidate of candidates) {
    if (!best || MATCH_TIERS.indexOf(candidate.tier) < MATCH_TIERS.indexOf(best.tier)) best = candidate;
  }
  return best;
}

/**
 * The minerals matching what was typed, best first: exact name, id, symbol or alias; name prefix; word prefix;
 * substring of the name; USGS line. Ties by name. An empty query lists every mineral by name.
 */
export function findMinerals(index: FinderIndex, query: string, limit = MAX_FINDER_OPTIONS): FindResult {
  if (query.trim() === '') {
    const all = index.minerals.map((mineral): MineralMatch => ({ id: mineral.id, name: mineral.name, tier: null, hint: '' }));
    return { query, matches: all.slice(0, limit), total: all.length };
  }
  const wanted = searchForm(query);
  if (wanted === '') return { query, matches: [], total: 0 };
  const found: MineralMatch[] = [];
  for (const mineral of index.minerals) {
    const match = bestMatch(mineral, wanted);
    if (match) found.push({ id: mineral.id, name: mineral.name, tier: match.tier, hint: match.hint });
  }
  // index.minerals is in name order and Array.prototype.sort is stable, so ties stay by name.
  const rank = (match: MineralMatch) => (match.tier === null ? 0 : MATCH_TIERS.indexOf(match.tier));
  found.sort((a, b) => rank(a) - rank(b));
  return { query, matches: found.slice(0, limit), total: found.length };
}

/** What the finder's live status says: how many minerals match. */
export function findStatus(result: FindResult): string {
  if (result.query.trim() === '') return `${mineralCount(result.total)} to choose from: type a name, a symbol such as Ga, or a USGS line name.`;
  if (result.total === 0) return `No mineral matches “${result.query.trim()}”: try a name, a symbol such as Ga, or a USGS line name.`;
  const count = `${mineralCount(result.total)} ${result.total === 1 ? 'matches' : 'match'}`;
  return result.total > result.matches.length ? `${count}; the best ${result.matches.length} are listed: keep typing.` : count;
}

/** "and 988 more: keep typing" under a capped list; null when every match is listed. */
export function moreText(result: FindResult): string | null {
  const more = result.total - result.matches.length;
  return more > 0 ? `and ${more} more: keep typing` : null;
}
