import type { RelianceRow } from '../state/derive';
import { BAND_COLOURS, BAR_OUTLINE, INK, MUTED_INK, PAPER } from './theme';

/** What one bar is drawn with, in plain shapes: the screen chart renders them as React, the export as SVG text. */
export type MarkShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; fillOpacity: number; stroke: string; strokeWidth: number; dashed: boolean }
  | { kind: 'polygon'; points: [number, number][]; fill: string; stroke: string; strokeWidth: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string; strokeWidth: number };

export interface Mark {
  shapes: MarkShape[];
  label: { x: number; y: number; text: string; fill: string };
}

export interface MarkBox {
  /** Left edge of the 0–100% axis and its length in pixels. */
  x: number;
  width: number;
  top: number;
  height: number;
  selected: boolean;
}

/**
 * An exact value is a bar; a ">" bound a bar to the bound with an arrow past it ("at least");
 * a "<" bound a pale dashed box up to the bound ("under"); E, W, NA and no figure a ring and words.
 */
export function relianceMark(row: RelianceRow, box: MarkBox, labelText: string): Mark {
  const { nir } = row;
  const { x, width, top, height, selected } = box;
  const middle = top + height / 2;
  const fill = BAND_COLOURS[row.band];
  const stroke = selected ? INK : BAR_OUTLINE;
  const strokeWidth = selected ? 2.5 : 0.75;
  if (nir === null || nir.kind === 'exporter' || nir.kind === 'withheld' || nir.kind === 'not-available') {
    return {
      shapes: [{ kind: 'circle', cx: x + 6, cy: middle, r: 4, fill: PAPER, stroke: row.band === 'na' ? MUTED_INK : fill, strokeWidth: 2 }],
      label: { x: x + 14, y: middle, text: labelText, fill: MUTED_INK },
    };
  }
  const length = (width * nir.value) / 100;
  const bar = (overrides: Partial<Extract<MarkShape, { kind: 'rect' }>> = {}): MarkShape => ({
    kind: 'rect', x, y: top, width: length, height, fill, fillOpacity: 1, stroke, strokeWidth, dashed: false, ...overrides,
  });
  if (nir.kind === 'exact') {
    return { shapes: [bar()], label: { x: x + length + 4, y: middle, text: labelText, fill: INK } };
  }
  if (nir.bound === '>') {
    const tip = x + length + 9;
    const arrow: MarkShape = {
      kind: 'polygon',
      points: [[x + length, top], [tip, middle], [x + length, top + height]],
      fill,
      stroke,
      strokeWidth,
    };
    return { shapes: [bar(), arrow], label: { x: tip + 4, y: middle, text: labelText, fill: INK } };
  }
  return {
    shapes: [bar({ fillOpacity: 0.3, dashed: true, strokeWidth: selected ? 2.5 : 1 })],
    label: { x: x + length + 4, y: middle, text: labelText, fill: INK },
  };
}
