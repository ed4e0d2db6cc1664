import type { TimelineEvent } from '../schema';
import { parseCsvTable } from './csv';

/** A timeline row as read, before its minerals are linked and its computed date checked. */
export type TimelineRow = Omit<TimelineEvent, 'mineralIds' | 'computedFrom'>;

/** data/timeline.csv: one dated event a row; sources separated by " | ". */
export function parseTimeline(text: string, file: string): TimelineRow[] {
  return parseCsvTable(text, file).rows.map((row) => {
    const event = row.get('event').trim();
    return {
      date: row.get('date').trim(),
      actor: row.get('actor').trim(),
      event,
      minerals: row.get('minerals').trim(),
      sources: row
        .get('source_url')
        .split(' | ')
        .map((url) => url.trim())
        .filter((url) => url !== ''),
      // The file marks a date it computed itself in the event text ("Date computed here").
      computed: /\bdate computed here\b/i.test(event),
    };
  });
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A computed date says how it was computed ("the 180-day negotiation window counted from the Jan 14, 2026
 * proclamation"): find the dated event it counts from and check the sum, so the label on screen cannot drift.
 */
export function computedFrom(row: TimelineRow, rows: readonly TimelineRow[]): TimelineEvent['computedFrom'] {
  if (!row.computed) return null;
  const days = Number(/(\d+)-day\b/.exec(row.event)?.[1]);
  const origin = rows.find((other) => other !== row && /\bproclamation\b/i.test(other.event) && addDays(other.date, days) === row.date);
  if (!Number.isInteger(days) || !origin) {
    throw new Error(`timeline.csv: the computed date ${row.date} is not ${Number.isInteger(days) ? days : 'N'} days after a proclamation in the file`);
  }
  return { date: origin.date, days };
}

/**
 * The minerals a "minerals" cell names: its "; "-separated parts (and the names after "named:"), each matched whole
 * to a mineral's id or name, case ignored. Parts that name no mineral ("superhard materials") stay in the text only.
 */
export function linkMinerals(cell: string, lookup: (name: string) => string[]): string[] {
  const named = /\(named: ([^)]*)\)/.exec(cell)?.[1];
  const parts = [...cell.replace(/\([^)]*\)/g, '').split(';'), ...(named ? named.split(',') : [])];
  return [...new Set(parts.flatMap((part) => lookup(part.trim())))];
}
