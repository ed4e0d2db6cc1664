import { BANDS, isBand, type Band } from './bands';
import {
  CHINA_FILTERS,
  DEFAULT_VIEW,
  MAX_COMPARED,
  SCOPES,
  SOURCE_SORTS,
  TABLE_COLUMNS,
  MAX_TABLE_QUERY,
  VIEW_IDS,
  normaliseChinaFilters,
  normaliseLevels,
  type ChinaFilter,
  type Scope,
  type View,
} from './view';
import type { DataYear } from '../data/schema';
import { truncateChars, visibleText } from '../data/text';

/**
 * The view in the URL: only what differs from the defaults, in readable names,
 * e.g. `?view=changes&year=2023&levels=100,75-99&mineral=gallium&from=2023&to=2024`.
 */
const SCOPE_PARAM: Record<Scope, string> = { 'critical-2022': '2022', 'critical-2025': '2025', all: 'all' };
const LANTHANIDES_PARAM = { individual: 'individual', grouped: 'grouped' } as const;
const NO_LEVELS = 'none';

/** What a link is checked against: the dataset's minerals and data years. */
export interface UrlContext {
  mineralIds: ReadonlySet<string>;
  dataYears: readonly DataYear[];
}

const SORT_PARAM = { reliance: 'reliance', 'china-share': 'china' } as const;

export function serializeView(view: View): string {
  const params = new URLSearchParams();
  if (view.activeView !== DEFAULT_VIEW.activeView) params.set('view', view.activeView);
  if (view.dataYear !== DEFAULT_VIEW.dataYear) params.set('year', String(view.dataYear));
  if (view.scope !== DEFAULT_VIEW.scope) params.set('scope', SCOPE_PARAM[view.scope]);
  const levels = normaliseLevels(view.levels);
  if (levels.join(',') !== DEFAULT_VIEW.levels.join(',')) params.set('levels', levels.length === 0 ? NO_LEVELS : levels.join(','));
  if (view.showLanthanides !== DEFAULT_VIEW.showLanthanides) {
    params.set('lanthanides', view.showLanthanides ? LANTHANIDES_PARAM.individual : LANTHANIDES_PARAM.grouped);
  }
  const china = normaliseChinaFilters(view.chinaFilters);
  if (china.length > 0) params.set('china', china.join(','));
  if (view.mineralId !== null) params.set('mineral', view.mineralId);
  if (view.fromYear !== null) params.set('from', String(view.fromYear));
  if (view.toYear !== null) params.set('to', String(view.toYear));
  if (view.compareIds.length > 0) params.set('compare', view.compareIds.join(','));
  if (view.sourceSort !== DEFAULT_VIEW.sourceSort) params.set('sort', SORT_PARAM[view.sourceSort]);
  if (view.tableSort !== null) params.set('order', `${view.tableSort.column}${view.tableSort.descending ? '-desc' : ''}`);
  if (view.tableQuery !== '') params.set('q', view.tableQuery);
  // Commas read better than %2C in a shared link, and are safe in a query string.
  return params.toString().replaceAll('%2C', ',');
}

/** "?year=2023…", or "" for the default view: what follows a page's path in a link to the view. */
export function viewSearch(view: View): string {
  const query = serializeView(view);
  return query === '' ? '' : `?${query}`;
}

export interface ParsedView {
  /** The settings the URL gave that could be read; the rest stay at their defaults. */
  view: Partial<View>;
  /** One sentence for each parameter dropped, said on screen. */
  notices: string[];
}

type ParamResult<K extends keyof View> = { value: View[K] } | { notice: string };

/** A value from the link, shown in a notice: controls removed, cut by whole characters at 40. */
function quote(text: string): string {
  return `“${truncateChars(visibleText(text), 40)}”`;
}

function parseYear(name: string, raw: string, dataYears: readonly DataYear[]): { value: DataYear } | { notice: string } {
  const year = dataYears.find((candidate) => String(candidate) === raw.trim());
  if (year !== undefined) return { value: year };
  return { notice: `Ignored ${name}=${quote(raw)}: the data years are ${dataYears.join(', ')}.` };
}

function parseActiveView(raw: string): ParamResult<'activeView'> {
  const id = VIEW_IDS.find((candidate) => candidate === raw.trim().toLowerCase());
  if (id !== undefined) return { value: id };
  return { notice: `Ignored view=${quote(raw)}: the views are ${VIEW_IDS.join(', ')}.` };
}

function parseSort(raw: string): ParamResult<'sourceSort'> {
  const sort = SOURCE_SORTS.find((candidate) => SORT_PARAM[candidate] === raw.trim().toLowerCase());
  if (sort !== undefined) return { value: sort };
  return { notice: `Ignored sort=${quote(raw)}: use reliance or china.` };
}

function parseOrder(raw: string): ParamResult<'tableSort'> {
  const text = raw.trim().toLowerCase();
  const descending = text.endsWith('-desc');
  const column = TABLE_COLUMNS.find((candidate) => candidate === (descending ? text.slice(0, -'-desc'.length) : text));
  if (column !== undefined) return { value: { column, descending } };
  return { notice: `Ignored order=${quote(raw)}: use a column (${TABLE_COLUMNS.join(', ')}), with -desc for the reverse order.` };
}

function isChinaFilter(text: string): text is ChinaFilter {
  return (CHINA_FILTERS as readonly string[]).includes(text);
}

/** Each part read on its own, like levels. */
function parseChina(raw: string): { value?: ChinaFilter[]; notices: string[] } {
  const parts = raw.trim().toLowerCase().split(/[\s,]+/).filter((part) => part !== '');
  const good = parts.filter(isChinaFilter);
  const bad = parts.filter((part) => !isChinaFilter(part));
  const notices = bad.length > 0 ? [`Ignored china=${bad.map(quote).join(', ')}: use ${CHINA_FILTERS.join(' or ')}.`] : [];
  return good.length > 0 ? { value: normaliseChinaFilters(good), notices } : { notices: notices.length > 0 ? notices : [`Ignored china=${quote(raw)}: no filter given.`] };
}

/** Known minerals kept in order, unknown ones named; at most MAX_COMPARED. */
function parseCompare(raw: string, mineralIds: ReadonlySet<string>): { value?: string[]; notices: string[] } {
  const parts = raw.trim().toLowerCase().split(/[\s,]+/).filter((part) => part !== '');
  const good = [...new Set(parts.filter((part) => mineralIds.has(part)))];
  const bad = parts.filter((part) => !mineralIds.has(part));
  const notices = bad.length > 0 ? [`Ignored compare=${bad.map(quote).join(', ')}: no mineral has that id in this dataset.`] : [];
  if (good.length > MAX_COMPARED) notices.push(`Compared the first ${MAX_COMPARED} minerals of compare=: the chart draws at most ${MAX_COMPARED}.`);
  return good.length > 0 ? { value: good.slice(0, MAX_COMPARED), notices } : { notices };
}

function parseScope(raw: string): ParamResult<'scope'> {
  const text = raw.trim().toLowerCase();
  // The file-name form ("critical-2025") is accepted too.
  const scope = SCOPES.find((candidate) => SCOPE_PARAM[candidate] === text || candidate === text);
  if (scope !== undefined) return { value: scope };
  return { notice: `Ignored scope=${quote(raw)}: use 2022, 2025 or all.` };
}

function parseLanthanides(raw: string): ParamResult<'showLanthanides'> {
  const text = raw.trim().toLowerCase();
  if (text === LANTHANIDES_PARAM.individual) return { value: true };
  if (text === LANTHANIDES_PARAM.grouped) return { value: false };
  return { notice: `Ignored lanthanides=${quote(raw)}: use individual or grouped.` };
}

/** Levels are read one by one: a typo drops that level only. */
function parseLevels(raw: string): { value?: Band[]; notices: string[] } {
  // Accept the en dash the page shows ("75–99") and spaces or "+" between levels.
  const text = raw.trim().toLowerCase().replaceAll('–', '-');
  if (text === NO_LEVELS) return { value: [], notices: [] };
  const parts = text.split(/[\s,]+/).filter((part) => part !== '');
  const good = parts.filter(isBand);
  const bad = parts.filter((part) => !isBand(part));
  const notices = bad.length > 0 ? [`Ignored the unknown reliance level ${bad.map(quote).join(', ')}: levels are ${BANDS.join(', ')}.`] : [];
  if (good.length === 0) return { notices: notices.length > 0 ? notices : [`Ignored levels=${quote(raw)}: no level given.`] };
  return { value: normaliseLevels(good), notices };
}

function parseMineral(raw: string, mineralIds: ReadonlySet<string>): ParamResult<'mineralId'> {
  const id = raw.trim().toLowerCase();
  if (mineralIds.has(id)) return { value: id };
  return { notice: `Ignored mineral=${quote(raw)}: no mineral has that id in this dataset.` };
}

/** Reads each parameter on its own: a bad or unknown one is dropped with a notice, the rest still apply. */
export function parseViewQuery(search: string, { mineralIds, dataYears }: UrlContext): ParsedView {
  const params = new URLSearchParams(search);
  const view: Partial<View> = {};
  const notices: string[] = [];
  const seen = new Set<string>();
  const take = <K extends keyof View>(key: K, result: ParamResult<K>) => {
    if ('value' in result) view[key] = result.value;
    else notices.push(result.notice);
  };
  for (const [rawName, raw] of params) {
    const name = rawName.trim().toLowerCase();
    if (name === '') {
      notices.push(raw === '' ? 'Ignored an empty parameter (a stray “&” or “=”).' : `Ignored a parameter with no name, =${quote(raw)}.`);
      continue;
    }
    if (seen.has(name)) {
      notices.push(`Ignored a repeated ${quote(name)} parameter: the first one applies.`);
      continue;
    }
    seen.add(name);
    switch (name) {
      case 'view':
        take('activeView', parseActiveView(raw));
        break;
      case 'year':
        take('dataYear', parseYear(name, raw, dataYears));
        break;
      case 'from':
        take('fromYear', parseYear(name, raw, dataYears));
        break;
      case 'to':
        take('toYear', parseYear(name, raw, dataYears));
        break;
      case 'sort':
        take('sourceSort', parseSort(raw));
        break;
      case 'order':
        take('tableSort', parseOrder(raw));
        break;
      case 'q':
        // A search is any text; only its length is bounded.
        view.tableQuery = [...raw].slice(0, MAX_TABLE_QUERY).join('');
        break;
      case 'china': {
        const china = parseChina(raw);
        if (china.value) view.chinaFilters = china.value;
        notices.push(...china.notices);
        break;
      }
      case 'compare': {
        const compare = parseCompare(raw, mineralIds);
        if (compare.value) view.compareIds = compare.value;
        notices.push(...compare.notices);
        break;
      }
      case 'scope':
        take('scope', parseScope(raw));
        break;
      case 'lanthanides':
        take('showLanthanides', parseLanthanides(raw));
        break;
      case 'levels': {
        const levels = parseLevels(raw);
        if (levels.value) view.levels = levels.value;
        notices.push(...levels.notices);
        break;
      }
      case 'mineral':
        take('mineralId', parseMineral(raw, mineralIds));
        break;
      default:
        notices.push(`Ignored the unknown parameter ${quote(rawName)}.`);
    }
  }
  return { view, notices };
}
