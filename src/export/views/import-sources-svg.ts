import { CHINA_LABEL_ROOM, SEGMENT_FONT_SIZE, SLIVER_LABEL_ROOM, barBoxes } from '../../charts/import-sources-chart';
import { BAR_OUTLINE, GRID, INK, MUTED_INK, PAPER, RELIANCE_CHART } from '../../charts/theme';
import { axisLabel, barSentence, chinaText, type ImportSourcesViewData } from '../../state/views/import-sources';
import type { ExportMeta } from '../export-meta';
import { EXPORT_WIDTH, PAD, escapeXml, framedSvg, n, textElement, textWidth, truncate, type BuiltSvg } from '../svg-frame';
import { IMPORT_SOURCES_COLUMNS, toImportSourcesExportRows } from './import-sources-rows';
import type { ViewFiles } from '../view-files';

const NAME_WIDTH_MIN = 120;
const NAME_WIDTH_MAX = 320;
const TICKS = [0, 25, 50, 75, 100];

/** The import-sources chart as a standalone SVG, inside the frame every export shares; same geometry as the screen. */
export function importSourcesSvg(data: ImportSourcesViewData, meta: ExportMeta, axisLabel: string, width = EXPORT_WIDTH): BuiltSvg {
  const { bars, scaleMax } = data;
  const longestName = Math.max(0, ...bars.map((bar) => textWidth(bar.name, 12)));
  const nameWidth = Math.min(NAME_WIDTH_MAX, Math.max(NAME_WIDTH_MIN, Math.ceil(longestName) + 14));
  const plotLeft = PAD + nameWidth;
  const plotWidth = width - PAD - SLIVER_LABEL_ROOM - CHINA_LABEL_ROOM - plotLeft;
  const pxPerPercent = plotWidth / scaleMax;
  const rowHeight = RELIANCE_CHART.rowHeight;
  const barHeight = RELIANCE_CHART.barThickness;
  const plotHeight = Math.max(bars.length, 1) * rowHeight;

  const draw = (chartTop: number): string[] => {
    const parts: string[] = [];
    const chartBottom = chartTop + plotHeight;
    for (const tick of TICKS) {
      const x = plotLeft + tick * pxPerPercent;
      parts.push(`<line x1="${n(x)}" y1="${n(chartTop)}" x2="${n(x)}" y2="${n(chartBottom)}" stroke="${tick === 0 ? MUTED_INK : GRID}"/>`);
      parts.push(textElement(x, chartBottom + 16, `${tick}%`, { 'font-size': 12, fill: INK, 'text-anchor': 'middle' }));
    }
    parts.push(textElement(plotLeft + (100 * pxPerPercent) / 2, chartBottom + 36, axisLabel, { 'font-size': 12, fill: MUTED_INK, 'text-anchor': 'middle' }));
    if (bars.length === 0) {
      parts.push(textElement(plotLeft + 8, chartTop + 16, 'No mineral in view has import shares printed.', { 'font-size': 12, fill: MUTED_INK }));
    }
    bars.forEach((bar, index) => {
      const rowTop = chartTop + index * rowHeight;
      const top = rowTop + (rowHeight - barHeight) / 2;
      const middle = rowTop + rowHeight / 2;
      const boxes = barBoxes(bar, plotLeft, pxPerPercent);
      parts.push(
        `<g data-mineral="${escapeXml(bar.id)}">`,
        `<title>${escapeXml(barSentence(bar))}</title>`,
        textElement(plotLeft - 6, middle, truncate(bar.name, nameWidth - 10, 12), { 'font-size': 12, fill: INK, 'text-anchor': 'end', 'dominant-baseline': 'central' }),
        `<rect x="${n(plotLeft)}" y="${n(top)}" width="${n(boxes.trackWidth)}" height="${n(barHeight)}" fill="${PAPER}" stroke="${GRID}" stroke-width="1"/>`,
      );
      for (const box of boxes.segments) {
        parts.push(
          `<rect x="${n(box.x)}" y="${n(top)}" width="${n(box.width)}" height="${n(barHeight)}" fill="${box.fill}" ` +
            `stroke="${box.sliver ? INK : BAR_OUTLINE}" stroke-width="${box.sliver ? 1 : 0.5}" data-country="${escapeXml(box.segment.country)}" data-share="${escapeXml(box.segment.percentPrinted)}"/>`,
        );
      }
      for (const box of boxes.segments) {
        if (box.label) parts.push(textElement(box.x + 3, middle, box.label, { 'font-size': SEGMENT_FONT_SIZE, fill: box.labelFill, 'dominant-baseline': 'central' }));
      }
      if (boxes.sliverLabel) {
        parts.push(textElement(boxes.end + 3, middle, boxes.sliverLabel, { 'font-size': SEGMENT_FONT_SIZE, fill: INK, 'dominant-baseline': 'central' }));
      }
      parts.push(
        textElement(plotLeft + plotWidth + SLIVER_LABEL_ROOM, middle, chinaText(bar), {
          'font-size': 12,
          'font-weight': bar.china ? 700 : 400,
          fill: bar.china ? INK : MUTED_INK,
          'dominant-baseline': 'central',
        }),
        '</g>',
      );
    });
    return parts;
  };
  return framedSvg(meta, { height: plotHeight + 44, draw }, width);
}

/** The import-sources view's image, CSV and JSON. */
export const importSourcesFiles: ViewFiles<ImportSourcesViewData> = {
  svg: (derived, meta) => importSourcesSvg(derived, meta, axisLabel(derived, false)),
  columns: IMPORT_SOURCES_COLUMNS,
  exportRows: toImportSourcesExportRows,
};
