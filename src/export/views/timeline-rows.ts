import { z } from 'zod/mini';
import { computedFromText, type TimelineViewData } from '../../state/views/timeline';

/** One row of the timeline's CSV or JSON: one dated event of data/timeline.csv, in date order. */
export const TimelineExportRowSchema = z.object({
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  actor: z.string().check(z.minLength(1)),
  event: z.string().check(z.minLength(1)).check(z.describe('The event in full, as data/timeline.csv writes it')),
  minerals: z.string().check(z.describe('The minerals the event names, as written')),
  mineral_ids: z.string().check(z.describe('The dashboard minerals those words name, "; "-joined; empty when they name none')),
  computed: z.enum(['yes', 'no']).check(z.describe('"yes" where the date is computed here, not printed in a source')),
  computed_from: z.string().check(z.describe('How a computed date was computed, e.g. "2026-01-14 + 180 days"; empty otherwise')),
  sources: z.string().check(z.minLength(1)).check(z.describe('The event\'s sources, " | "-joined, as data/timeline.csv gives them')),
  is_future: z.enum(['yes', 'no', '']).check(z.describe('"yes" when the date is after the export\'s today; empty only when no today was known')),
});

export type TimelineExportRow = z.infer<typeof TimelineExportRowSchema>;

export const TIMELINE_COLUMNS = Object.keys(TimelineExportRowSchema.shape) as (keyof TimelineExportRow)[];

export function toTimelineExportRows(data: Pick<TimelineViewData, 'entries'>): TimelineExportRow[] {
  return data.entries.map(({ event, future }) => ({
    date: event.date,
    actor: event.actor,
    event: event.event,
    minerals: event.minerals,
    mineral_ids: event.mineralIds.join('; '),
    computed: event.computed ? 'yes' : 'no',
    computed_from: computedFromText(event),
    sources: event.sources.join(' | '),
    is_future: future === null ? '' : future ? 'yes' : 'no',
  }));
}
