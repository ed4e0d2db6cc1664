/**
 * What each button of the export toolbar does, loaded with the rest of the export code: the toolbar on the first
 * view holds only its buttons, its state and the clipboard request that must be made within the click.
 */
import type { View, ViewId } from '../state/view';
import { toCsv } from './csv';
import { copyText, downloadBlob } from './save-file';
import { EXPORT_SCHEMA_PATH, toExportJson } from './export-json';
import { exportMeta, type ExportMeta, type ViewText } from './export-meta';
import { exportFileName } from './file-name';
import type { PngScale } from './png-scale';
import { decodeAhead, fitsCanvas, planPng, reducedScaleNote, svgToPng } from './rasterise';
import { shareLink } from './share-link';
import type { AnyViewFiles } from './view-files';

/** The view on screen, as the toolbar sees it when a button is pressed. */
export interface Shown {
  viewId: ViewId;
  /** The view's part of every file name ("us-net-import-reliance-2024"). */
  fileSlug: string;
  view: View;
  files: AnyViewFiles;
  derived: unknown;
  text: ViewText;
}

function appUrl(path: string): string {
  return new URL(path, new URL(import.meta.env.BASE_URL, window.location.origin)).href;
}

function metaOf(shown: Shown): ExportMeta {
  return exportMeta(shown.text, { link: shareLink(shown.view), date: new Date() });
}

/** Decodes the view's image ahead of a click, unless it is too large for the browser to draw at any scale. */
export function prepareImage(shown: Shown): void {
  const built = shown.files.svg(shown.derived, metaOf(shown));
  if (fitsCanvas(built)) decodeAhead(built);
}

/**
 * Checks the size first (throws before drawing an image the browser cannot hold), then starts drawing. `note` ends
 * the message when the image is drawn at a smaller scale than asked. The 'export:png' measure, from the mark set
 * before (by downloadFile, or by the toolbar at a Copy image click), is what `npm run bench` times.
 */
export function startPng(shown: Shown, scale: PngScale): { note: string; png: Promise<Blob> } {
  const built = shown.files.svg(shown.derived, metaOf(shown));
  const plan = planPng(built, scale);
  const png = svgToPng(built, plan).then((blob) => {
    performance.measure('export:png', 'export:png:start');
    return blob;
  });
  return { note: reducedScaleNote(plan), png };
}

function download(shown: Shown, extension: 'png' | 'svg' | 'csv' | 'json', blob: Blob, note = ''): string {
  const name = exportFileName(shown.fileSlug, shown.view, extension);
  downloadBlob(blob, name);
  return `Downloaded ${name}${note}.`;
}

/** Makes and downloads one file of the view; resolves to what the toolbar says when it is done. */
export async function downloadFile(shown: Shown, extension: 'png' | 'svg' | 'csv' | 'json', scale: PngScale): Promise<string> {
  const { files, derived } = shown;
  switch (extension) {
    case 'png': {
      // Timed from here, once the export code is in: what drawing the PNG takes (a Copy image also counts the load).
      performance.mark('export:png:start');
      const { png, note } = startPng(shown, scale);
      return download(shown, 'png', await png, note);
    }
    case 'svg':
      return download(shown, 'svg', new Blob([files.svg(derived, metaOf(shown)).svg], { type: 'image/svg+xml' }));
    case 'csv':
      return download(shown, 'csv', new Blob([toCsv(files.columns, files.exportRows(derived))], { type: 'text/csv;charset=utf-8' }));
    case 'json':
      return download(
        shown,
        'json',
        new Blob([toExportJson(metaOf(shown), shown.viewId, files.exportRows(derived), appUrl(EXPORT_SCHEMA_PATH))], { type: 'application/json' }),
      );
  }
}

/** Copies the view's link; where the browser refuses, hands the link to `showLink` to be copied by hand, and throws. */
export async function copyLink(view: View, showLink: (link: string | null) => void): Promise<string> {
  const link = shareLink(view);
  try {
    await copyText(link);
  } catch (error) {
    showLink(link);
    throw error;
  }
  showLink(null);
  return 'Copied a link to this view.';
}
