import type { TimelineEvent } from '../schema';
import { parseCsvTable } from './csv';

/** data/timeline.csv: one dated event a row; sources separated by " | ". */
export function parseTimeline(text: string, file: string): TimelineEvent[] {
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
