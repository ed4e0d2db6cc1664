import { BANDS, BAND_LABELS } from '../state/bands';
import type { Nir } from '../data/schema';
import { truncateChars } from '../data/text';
import { nirShortLabel } from '../state/format';
import { yearLabel, type ChangeRow, type ChangesViewData } from '../state/views/changes';
import type { LegendItem } from './legend-items';
import { BAND_COLOURS, BAR_OUTLINE, INK, MUTED_INK, PAPER, charsIn } from './theme';

/** One dumbbell in plain shapes: the screen chart renders them as React, the export as SVG text. */
export type DumbbellShape =
  | { kind: 'line'; x1: number; x2: number; y: number; stroke: string; strokeWidth: number; dashed: boolean }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string; strokeWidth: number }
  | { kind: 'polygon'; points: [number, number][]; fill: string; stroke: string; strokeWidth: number }
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill: string;
      fillOpacity: number;
      stroke: string;
      strokeWidth: number;
      dashed: boolean;
    }
  | { kind: 'text'; x: number; y: number; text: string; fill: string };

export interface DumbbellBox {
  /** Left edge of the 0–100% axis and its length in pixels. */
  x: number;
  width: number;
  /** The dumbbell's centre line. */
  middle: number;
  selected: boolean;
}

/** Room past 100% for the tip of an "at least" arrow. */
export const ARROW_ROOM = 12;
const RADIUS = 5;
const ARROW_HALF = 6;
const UNDER_HALF = 4;

type End = 'from' | 'to';

/** Where an end sits on the axis: an exact value at its value, a bound at its bound; a letter or no figure nowhere. */
function anchorOf(nir: Nir | null): number | null {
  return nir && (nir.kind === 'exact' || nir.kind === 'bound') ? nir.value : null;
}

/**
 * One end: an exact value a circle (the "from" year open, the "to" year filled); a ">" bound an arrow from the bound
 * ("at least"); a "<" bound a dashed span up to the bound ("under"). Colour is the end's level.
 */
function endShapes(row: ChangeRow, end: End, box: DumbbellBox): DumbbellShape[] {
  const { nir, band } = row[end];
  const at = anchorOf(nir);
  if (nir === null || at === null || (nir.kind !== 'exact' && nir.kind !== 'bound')) return [];
  const colour = BAND_COLOURS[band];
  const x = box.x + (box.width * at) / 100;
  const open = end === 'from';
  const fill = open ? PAPER : colour;
  const stroke = box.selected ? INK : open ? colour : BAR_OUTLINE;
  const strokeWidth = box.selected ? 2.5 : open ? 2 : 0.75;
  const y = box.middle;
  if (nir.kind === 'exact') return [{ kind: 'circle', cx: x, cy: y, r: RADIUS, fill, stroke, strokeWidth }];
  if (nir.bound === '>') {
    return [{ kind: 'polygon', points: [[x, y - ARROW_HALF], [x + ARROW_ROOM - 2, y], [x, y + ARROW_HALF]], fill, stroke, strokeWidth }];
  }
  return [
    {
      kind: 'rect',
      x: box.x,
      y: y - UNDER_HALF,
      width: x - box.x,
      height: UNDER_HALF * 2,
      fill: colour,
      fillOpacity: open ? 0 : 0.3,
      stroke: box.selected ? INK : open ? colour : BAR_OUTLINE,
      strokeWidth: box.selected ? 2 : 1,
      dashed: true,
    },
  ];
}

/** "58% → 40%", "no figure → E: exporter": both ends as printed. */
export function valuesText(row: ChangeRow): string {
  return `${nirShortLabel(row.from.nir)} → ${nirShortLabel(row.to.nir)}`;
}

/** The text beside a dumbbell: both values as printed, and the change when it is a number. */
export function dumbbellLabel(row: ChangeRow): string {
  return row.points === null ? valuesText(row) : `${valuesText(row)}: ${row.words}`;
}

/**
 * The dumbbell: a line joining the two ends (dashed when a bound is at an end, as the exact value is not known),
 * then the ends. A row with no end on the axis says its two states in words, never as zero.
 */
export function dumbbellShapes(row: ChangeRow, box: DumbbellBox): DumbbellShape[] {
  const fromAt = anchorOf(row.from.nir);
  const toAt = anchorOf(row.to.nir);
  const shapes: DumbbellShape[] = [];
  if (fromAt !== null && toAt !== null && fromAt !== toAt) {
    shapes.push({
      kind: 'line',
      x1: box.x + (box.width * fromAt) / 100,
      x2: box.x + (box.width * toAt) / 100,
      y: box.middle,
      stroke: box.selected ? INK : MUTED_INK,
      strokeWidth: box.selected ? 3.5 : 2,
      dashed: row.from.nir?.kind === 'bound' || row.to.nir?.kind === 'bound',
    });
  }
  // The "to" end is drawn last, so a filled mark sits on top of an open one at the same place.
  shapes.push(...endShapes(row, 'from', box), ...endShapes(row, 'to', box));
  if (fromAt === null && toAt === null) {
    // Cut to the plot's width, so a narrow chart does not run it into the label beside the plot, which says the same
    // values in full.
    const text = truncateChars(`no mark: ${valuesText(row)}`, Math.max(8, charsIn(box.width - 4)));
    shapes.push({ kind: 'text', x: box.x + 4, y: box.middle, text, fill: MUTED_INK });
  }
  return shapes;
}

/** The legend of what is drawn: the two ends, the joins, the levels of the ends, and the bound marks where one is drawn. */
export function changesLegend(data: Pick<ChangesViewData, 'rows' | 'from' | 'to'>): LegendItem[] {
  const { rows } = data;
  const ends = rows.flatMap((row) => [row.from, row.to]);
  const nirs = ends.map((end) => end.nir);
  const items: LegendItem[] = [
    { key: 'from', label: `From ${yearLabel(data.from)}: open mark`, swatch: { kind: 'ring', stroke: INK } },
    { key: 'to', label: `To ${yearLabel(data.to)}: filled mark`, swatch: { kind: 'dot', fill: INK } },
    { key: 'join', label: 'change between two exact values', swatch: { kind: 'line', stroke: MUTED_INK, dashed: false } },
  ];
  if (rows.some((row) => (row.from.nir?.kind === 'bound' || row.to.nir?.kind === 'bound') && anchorOf(row.from.nir) !== anchorOf(row.to.nir))) {
    items.push({ key: 'join-bound', label: 'a bound at an end: the exact change is not known', swatch: { kind: 'line', stroke: MUTED_INK, dashed: true } });
  }
  const bands = new Set(ends.filter((end) => anchorOf(end.nir) !== null).map((end) => end.band));
  for (const band of BANDS) {
    if (bands.has(band)) items.push({ key: band, label: BAND_LABELS[band], swatch: { kind: 'square', fill: BAND_COLOURS[band] } });
  }
  if (nirs.some((nir) => nir?.kind === 'bound' && nir.bound === '>')) {
    items.push({ key: 'at-least', label: '“>75”: at least the bound', swatch: { kind: 'arrow', fill: BAND_COLOURS['75-99'] } });
  }
  if (nirs.some((nir) => nir?.kind === 'bound' && nir.bound === '<')) {
    items.push({ key: 'under', label: '“<25”: under the bound', swatch: { kind: 'dashed', fill: BAND_COLOURS['under-25'] } });
  }
  return items;
}
