/**
 * Everything that makes a file, loaded by the toolbar after the first view is drawn (and on the first export, if
 * that comes sooner): none of it is in the JavaScript the first chart waits for.
 */
export { toCsv } from './csv';
export { exportFileName } from './file-name';
export { EXPORT_SCHEMA_PATH, toExportJson } from './export-json';
export { exportMeta } from './export-meta';
export { decodeAhead, fitsCanvas, planPng, reducedScaleNote, svgToPng } from './rasterise';
export { shareLink } from './share-link';
export { VIEW_FILES } from './view-files';
