import { legendItems, type LegendItem, type LegendSwatch } from '../../charts/legend-items';
import { GRID, INK, MUTED_INK } from '../../charts/theme';
import { isBand, type Band } from '../../state/bands';
import type { TableColumn } from '../../state/view';
import type { TableRow, TableViewData } from '../../state/views/table';
import type { ExportMeta } from '../export-meta';
import { EXPORT_WIDTH, PAD, escapeXml, framedSvg, n, swatchElement, textElement, truncateChars, type BuiltSvg } from '../svg-frame';
import { TABLE_EXPORT_COLUMNS, toTableExportRows } from './table-rows';
import type { ViewFiles } from '../view-files';

const FONT_SIZE = 12;
const ROW_HEIGHT = 20;
const HEADER_HEIGHT = 26;
const SWATCH_ROOM = 18;
const CELL_GAP = 10;

/** The image's columns: a compact table; the CSV holds every column. The last takes the width left. */
const IMAGE_COLUMNS: readonly { column: TableColumn; label: string; width: number }[] = [
  { column: 'mineral', label: 'Mineral', width: 190 },
  { column: 'nir', label: 'Net import reliance', width: 150 },
  { column: 'level', label: 'Level', width: 120 },
  { column: 'china-share', label: 'China’s share of imports', width: 170 },
  { column: 'control', label: 'Chinese export control', width: 0 },
];

/** The levels shown, with the swatches the reliance chart uses: the one legend of the table, on screen and in the image. */
export function tableLegend(rows: readonly TableRow[]): LegendItem[] {
  return legendItems(rows.map((entry) => entry.row)).filter((item) => isBand(item.key));
}

/** Each level's swatch as the legend draws it, for the Level cells. */
export function levelSwatches(legend: readonly LegendItem[]): Map<Band, LegendSwatch> {
  return new Map(legend.flatMap((item) => (isBand(item.key) ? [[item.key, item.swatch] as const] : [])));
}

/** Whole characters that fit a column at the table's font size. */
function fitting(width: number): number {
  return Math.floor((width - CELL_GAP) / (FONT_SIZE * 0.56));
}

function columnLayout(width: number) {
  const contentWidth = width - 2 * PAD;
  const fixed = IMAGE_COLUMNS.reduce((total, column) => total + column.width, 0);
  let x = PAD;
  return IMAGE_COLUMNS.map((column) => {
    const columnWidth = column.width === 0 ? contentWidth - fixed : column.width;
    const placed = { ...column, x, width: columnWidth };
    x += columnWidth;
    return placed;
  });
}

/** One line per mineral shown, in the order shown: what the row says in full, for the title of its group. */
function rowSentence(entry: TableRow): string {
  const { cells } = entry;
  return `${entry.name}: net import reliance ${cells.nir}; level ${cells.level}; China’s share of imports ${cells['china-share']}; Chinese export control ${cells.control}`;
}

/** The table as shown (same rows, same order) as a compact image inside the frame every export shares. */
export function tableSvg(data: Pick<TableViewData, 'rows' | 'query'>, meta: ExportMeta, width = EXPORT_WIDTH): BuiltSvg {
  const columns = columnLayout(width);
  const swatches = levelSwatches(tableLegend(data.rows));
  const bodyHeight = HEADER_HEIGHT + Math.max(data.rows.length, 1) * ROW_HEIGHT + 12;

  const draw = (top: number): string[] => {
    const parts: string[] = [];
    for (const column of columns) {
      parts.push(textElement(column.x, top + 16, column.label, { 'font-size': FONT_SIZE, 'font-weight': 700, fill: INK }));
    }
    parts.push(`<line x1="${n(PAD)}" y1="${n(top + HEADER_HEIGHT - 2)}" x2="${n(width - PAD)}" y2="${n(top + HEADER_HEIGHT - 2)}" stroke="${MUTED_INK}"/>`);
    if (data.rows.length === 0) {
      const empty = data.query === '' ? 'No minerals match these filters.' : `No minerals match “${data.query}”.`;
      parts.push(textElement(PAD, top + HEADER_HEIGHT + 14, empty, { 'font-size': FONT_SIZE, fill: MUTED_INK }));
    }
    data.rows.forEach((entry, index) => {
      const rowTop = top + HEADER_HEIGHT + index * ROW_HEIGHT;
      const baseline = rowTop + 14;
      parts.push(`<g data-mineral="${escapeXml(entry.id)}">`, `<title>${escapeXml(rowSentence(entry))}</title>`);
      for (const column of columns) {
        const text = entry.cells[column.column];
        if (column.column === 'level') {
          const swatch = swatches.get(entry.row.band);
          if (swatch) parts.push(swatchElement(swatch, column.x, rowTop + 4));
          parts.push(textElement(column.x + SWATCH_ROOM, baseline, truncateChars(text, fitting(column.width - SWATCH_ROOM)), { 'font-size': FONT_SIZE, fill: INK }));
        } else {
          parts.push(textElement(column.x, baseline, truncateChars(text, fitting(column.width)), { 'font-size': FONT_SIZE, fill: INK }));
        }
      }
      parts.push(`<line x1="${n(PAD)}" y1="${n(rowTop + ROW_HEIGHT)}" x2="${n(width - PAD)}" y2="${n(rowTop + ROW_HEIGHT)}" stroke="${GRID}"/>`, '</g>');
    });
    return parts;
  };
  return framedSvg(meta, { height: bodyHeight, draw }, width);
}

/** The table view's image, CSV and JSON. */
export const tableFiles: ViewFiles<TableViewData> = {
  svg: (derived, meta) => tableSvg(derived, meta),
  columns: TABLE_EXPORT_COLUMNS,
  exportRows: toTableExportRows,
};
